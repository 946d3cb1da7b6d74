import FluentKit
import Foundation
import SakipCore
import SQLKit

extension OfficeYearStore {
    /// Which offices a consolidation reads.
    public enum ConsolidationScope: Sendable, Equatable {
        /// The KPU Kabupaten/Kota under a KPU Provinsi (by its id), with the province itself.
        case province(UUID)
        /// Every office.
        case national
    }

    /// What province and national pages read, in a fixed number of queries whatever the number of offices: the
    /// offices of the scope, their stored summaries for `years`, the submission states with days late (from the
    /// deadline when a document is not submitted yet and the deadline has passed on `today`), the last change of each
    /// office-year, and the confirmed catalogue mapping.
    public func consolidationInput(_ scope: ConsolidationScope, years: [Int], today: CalendarDate) async throws -> ConsolidationInput {
        let sql = database as! any SQLDatabase
        let offices = try await consolidationOffices(scope, on: sql)
        let ids = offices.map(\.id)
        let yearList = years.isEmpty ? [0] : years
        let summaries = ids.isEmpty ? [] : try await consolidationSummaries(scope, years: yearList, on: sql)
        let codeByID = Dictionary(offices.map { ($0.id, $0.metadata.code) }, uniquingKeysWith: { first, _ in first })
        let statuses = try await consolidationStatuses(scope, years: yearList, codes: codeByID, today: today, on: sql)
        let decisions = try await catalogueDecisions(scope, codes: Array(codeByID.values), on: sql)
        return ConsolidationInput(offices: offices.map(\.metadata), summaries: summaries, statuses: statuses,
                                  mapping: MappingCache.shared.mapping(for: decisions, scope: "\(scope)"))
    }

    /// The confirmed catalogue decisions of the offices in scope (building the mapping normalises every wording it
    /// holds), read as plain rows: decoding 17.000 models by reflection took 40 % of a national page.
    private func catalogueDecisions(_ scope: ConsolidationScope, codes: [String], on sql: any SQLDatabase) async throws -> [IndicatorMapping.Decision] {
        let filter: SQLQueryString
        switch scope {
        case .province: filter = codes.isEmpty ? "WHERE 1 = 0" : "WHERE office_code IN (\(binds: codes))"
        case .national: filter = ""
        }
        let rows = try await sql.raw("""
            SELECT office_code, statement, catalogue_code, confirmed_by_name, confirmed_on FROM catalogue_decisions \(filter)
            ORDER BY office_code, statement_key
            """).all()
        return try rows.map { row in
            IndicatorMapping.Decision(officeCode: try row.decode(column: "office_code", as: String.self),
                                      statement: try row.decode(column: "statement", as: String.self),
                                      catalogueCode: try row.decode(column: "catalogue_code", as: String?.self),
                                      confirmedBy: try row.decode(column: "confirmed_by_name", as: String?.self),
                                      confirmedOn: try row.decode(column: "confirmed_on", as: String?.self).flatMap { CalendarDate(iso: $0) })
        }
    }

    /// The summaries consolidation reads: of each office-year whose LKj the parent office accepted, the accepted
    /// version's (frozen with it); of the others, the stored summary of the current data.
    private func consolidationSummaries(_ scope: ConsolidationScope, years: [Int], on sql: any SQLDatabase) async throws -> [OfficeYearSummary] {
        let accepted = try await acceptedSummaries(scope, years: years, on: sql)
        guard !accepted.isEmpty else { return try await liveSummaries(scope, years: years, on: sql) }
        var byOfficeYear: [String: OfficeYearSummary] = [:]
        for summary in accepted { byOfficeYear["\(summary.officeCode)|\(summary.year)"] = summary }
        return try await liveSummaries(scope, years: years, on: sql).map { byOfficeYear["\($0.officeCode)|\($0.year)"] ?? $0 }
    }

    /// The summaries frozen with the accepted version of each LKj of the scope and years: the versions' ids in one
    /// query, their JSON in a second only for those this process has not decoded (a version never changes).
    private func acceptedSummaries(_ scope: ConsolidationScope, years: [Int], on sql: any SQLDatabase) async throws -> [OfficeYearSummary] {
        let from: SQLQueryString = """
            FROM submissions s JOIN submission_versions v ON v.submission_id = s.id AND v.number = s.accepted_version
                 JOIN offices o ON o.id = s.office_id
            WHERE \(scopeCondition(scope)) AND s.year IN (\(binds: years)) AND s.document = 'lkj' AND v.summary_json IS NOT NULL
            """
        var kept: [OfficeYearSummary] = []
        var missing = false
        for row in try await sql.raw("SELECT v.id AS id, v.created_at AS created_at " + from).all() {
            guard let summary = SummaryCache.shared.summary(try row.decode(column: "id", as: UUID.self),
                                                            writtenAt: try row.decode(column: "created_at", as: Date.self)) else {
                missing = true
                break
            }
            kept.append(summary)
        }
        guard missing else { return kept }
        return try await sql.raw("SELECT v.id AS id, v.created_at AS created_at, v.summary_json AS json " + from).all().map { row in
            let id = try row.decode(column: "id", as: UUID.self), createdAt = try row.decode(column: "created_at", as: Date.self)
            if let summary = SummaryCache.shared.summary(id, writtenAt: createdAt) { return summary }
            let summary = try OfficeYearSummary.decode(Data(try row.decode(column: "json", as: String.self).utf8))
            SummaryCache.shared.keep(summary, id: id, writtenAt: createdAt)
            return summary
        }
    }

    /// The stored summaries of the scope and years: the rows' ids and moments in one query, and, when this process does
    /// not hold every one of them decoded already, their JSON in a second.
    private func liveSummaries(_ scope: ConsolidationScope, years: [Int], on sql: any SQLDatabase) async throws -> [OfficeYearSummary] {
        let heads = try await sql.raw("""
            SELECT s.id AS id, s.updated_at AS updated_at FROM office_year_summaries s JOIN offices o ON o.id = s.office_id
            WHERE \(scopeCondition(scope)) AND s.year IN (\(binds: years))
            """).all()
        var summaries: [OfficeYearSummary] = []
        var complete = true
        for row in heads {
            guard let summary = SummaryCache.shared.summary(try row.decode(column: "id", as: UUID.self),
                                                            writtenAt: try row.decode(column: "updated_at", as: Date.self)) else {
                complete = false
                break
            }
            summaries.append(summary)
        }
        if complete { return summaries }
        let rows = try await sql.raw("""
            SELECT s.id AS id, s.updated_at AS updated_at, s.json AS json FROM office_year_summaries s JOIN offices o ON o.id = s.office_id
            WHERE \(scopeCondition(scope)) AND s.year IN (\(binds: years))
            """).all()
        return try rows.map { row in
            let id = try row.decode(column: "id", as: UUID.self)
            let writtenAt = try row.decode(column: "updated_at", as: Date.self)
            if let kept = SummaryCache.shared.summary(id, writtenAt: writtenAt) { return kept }
            let summary = try OfficeYearSummary.decode(Data(try row.decode(column: "json", as: String.self).utf8))
            SummaryCache.shared.keep(summary, id: id, writtenAt: writtenAt)
            return summary
        }
    }

    private func scopeCondition(_ scope: ConsolidationScope) -> SQLQueryString {
        switch scope {
        case .province(let id): "(o.parent_id = \(bind: id) OR o.id = \(bind: id))"
        case .national: "1 = 1"
        }
    }

    /// The offices of a scope with their province, RI first, then each province before its Kab/Kota, by name.
    private func consolidationOffices(_ scope: ConsolidationScope, on sql: any SQLDatabase) async throws -> [(id: UUID, metadata: OfficeMetadata)] {
        let rows = try await sql.raw("""
            SELECT o.id AS id, o.code AS code, o.name AS name, o.level AS level, p.code AS parent_code, p.name AS parent_name,
                   p.level AS parent_level
            FROM offices o LEFT JOIN offices p ON p.id = o.parent_id
            WHERE \(scopeCondition(scope))
            """).all()
        var offices: [(id: UUID, metadata: OfficeMetadata)] = []
        for row in rows {
            let level = Office.Level(rawValue: try row.decode(column: "level", as: String.self)) ?? .kabupatenKota
            let code = try row.decode(column: "code", as: String.self)
            let name = try row.decode(column: "name", as: String.self)
            let parentCode = try row.decode(column: "parent_code", as: String?.self)
            let parentName = try row.decode(column: "parent_name", as: String?.self)
            let provinceCode = level == .provinsi ? code : (level == .kabupatenKota ? parentCode : nil)
            let provinceName = (level == .provinsi ? name : parentName).map(Self.provinceName)
            offices.append((try row.decode(column: "id", as: UUID.self),
                            OfficeMetadata(code: code, name: name, level: level, provinceCode: provinceCode,
                                           provinceName: level == .ri ? nil : provinceName, parentCode: parentCode)))
        }
        let rank: [Office.Level: Int] = [.ri: 0, .provinsi: 1, .kabupatenKota: 2]
        // Each province, then its Kab/Kota: sorted by the province's name, the level, then the name.
        return offices.sorted { a, b in
            let left = (rank[a.metadata.level] == 0 ? "" : a.metadata.provinceName ?? "", rank[a.metadata.level] ?? 3, a.metadata.name)
            let right = (rank[b.metadata.level] == 0 ? "" : b.metadata.provinceName ?? "", rank[b.metadata.level] ?? 3, b.metadata.name)
            return left < right
        }
    }

    /// "Sumatera Utara" of "KPU Provinsi Sumatera Utara".
    static func provinceName(_ officeName: String) -> String {
        officeName.hasPrefix("KPU Provinsi ") ? String(officeName.dropFirst("KPU Provinsi ".count)) : officeName
    }

    /// The PK and LKj states of every office-year of the scope, with the last change of the office-year or its
    /// submissions.
    private func consolidationStatuses(_ scope: ConsolidationScope, years: [Int], codes: [UUID: String], today: CalendarDate,
                                       on sql: any SQLDatabase) async throws -> [OfficeYearStatus] {
        var statuses: [String: OfficeYearStatus] = [:]
        func key(_ office: UUID, _ year: Int) -> String { "\(office)|\(year)" }
        let officeYears = try await sql.raw("""
            SELECT oy.office_id AS office_id, oy.year AS year, oy.updated_at AS updated_at
            FROM office_years oy JOIN offices o ON o.id = oy.office_id
            WHERE \(scopeCondition(scope)) AND oy.year IN (\(binds: years))
            """).all()
        for row in officeYears {
            let office = try row.decode(column: "office_id", as: UUID.self)
            let year = try row.decode(column: "year", as: Int.self)
            guard let code = codes[office] else { continue }
            statuses[key(office, year)] = OfficeYearStatus(officeCode: code, year: year,
                                                           lastChange: try row.decode(column: "updated_at", as: Date.self))
        }
        let stored = try await Self.storedDeadlines(years: years, on: database)
        let deadlines = { (key: DeadlineKey) in stored[key] ?? SubmissionDeadline.default(key.document, year: key.year) }
        let submissions = try await sql.raw("""
            SELECT s.office_id AS office_id, s.year AS year, s.document AS document, s.state AS state, s.days_late AS days_late,
                   s.updated_at AS updated_at
            FROM submissions s JOIN offices o ON o.id = s.office_id
            WHERE \(scopeCondition(scope)) AND s.year IN (\(binds: years))
            """).all()
        var seen = Set<String>()
        for row in submissions {
            let office = try row.decode(column: "office_id", as: UUID.self)
            let year = try row.decode(column: "year", as: Int.self)
            guard let code = codes[office], let document = SubmissionDocument(rawValue: try row.decode(column: "document", as: String.self)) else { continue }
            let state = SubmissionState(rawValue: try row.decode(column: "state", as: String.self)) ?? .draft
            var daysLate = try row.decode(column: "days_late", as: Int?.self)
            if state == .draft, daysLate == nil { daysLate = Self.overdue(deadlines(DeadlineKey(year: year, document: document)), today: today) }
            let status = SubmissionStatus(state: state, daysLate: daysLate)
            var entry = statuses[key(office, year)] ?? OfficeYearStatus(officeCode: code, year: year)
            if document == .pk { entry.pk = status } else { entry.lkj = status }
            let updated = try row.decode(column: "updated_at", as: Date.self)
            if entry.lastChange.map({ $0 < updated }) ?? true { entry.lastChange = updated }
            statuses[key(office, year)] = entry
            seen.insert("\(key(office, year))|\(document.rawValue)")
        }
        // Office-years without a submission row: drafts, late once their deadline has passed.
        for (entryKey, var entry) in statuses {
            for document in SubmissionDocument.allCases where !seen.contains("\(entryKey)|\(document.rawValue)") {
                let status = SubmissionStatus(state: .draft,
                                              daysLate: Self.overdue(deadlines(DeadlineKey(year: entry.year, document: document)), today: today))
                if document == .pk { entry.pk = status } else { entry.lkj = status }
            }
            statuses[entryKey] = entry
        }
        return Array(statuses.values)
    }

    /// Days past a deadline on `today`; nil when not yet due.
    static func overdue(_ deadline: CalendarDate?, today: CalendarDate) -> Int? {
        guard let deadline else { return nil }
        let days = SubmissionDeadline.daysLate(submittedOn: today, deadline: deadline)
        return days > 0 ? days : nil
    }
}
