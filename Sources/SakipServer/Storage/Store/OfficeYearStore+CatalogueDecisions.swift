import FluentKit
import Foundation
import SakipCore
import SQLKit

/// What a person decides about one office indicator (by its office and wording) of the national catalogue mapping.
public struct CatalogueDecisionChange: Sendable, Hashable {
    public enum Outcome: Sendable, Hashable {
        /// The indicator is this catalogue entry.
        case entry(String)
        /// No catalogue entry fits (stored as `catalogue_code` NULL).
        case notInCatalogue
        /// The decision is taken back: the indicator is undecided again (suggested or without a match).
        case withdrawn
    }

    public var officeCode: String
    public var statement: String
    public var outcome: Outcome
    /// Who confirmed it and when, for a decision taken elsewhere (a loaded data set); nil: the acting user, on the
    /// date of the write.
    public var confirmedBy: String?
    public var confirmedOn: CalendarDate?

    public init(officeCode: String, statement: String, outcome: Outcome, confirmedBy: String? = nil, confirmedOn: CalendarDate? = nil) {
        self.officeCode = officeCode
        self.statement = statement
        self.outcome = outcome
        self.confirmedBy = confirmedBy
        self.confirmedOn = confirmedOn
    }

    /// A core decision as a change, keeping who confirmed it and when (a bulk confirmation, a loaded mapping).
    public init(_ decision: IndicatorMapping.Decision) {
        self.init(officeCode: decision.officeCode, statement: decision.statement,
                  outcome: decision.catalogueCode.map(Outcome.entry) ?? .notInCatalogue,
                  confirmedBy: decision.confirmedBy, confirmedOn: decision.confirmedOn)
    }
}

extension OfficeYearStore {
    /// The audit trail's table for catalogue decisions: each one is recorded there, before and after, with who and when.
    public static let catalogueAuditTable = "catalogue_decisions"
    /// How the audit trail writes a declaration that an indicator has no catalogue entry.
    public static let notInCatalogueAuditValue = "(tidak ada di katalog)"

    /// **The single write path of `catalogue_decisions`**: every confirmation, choice of another entry, declaration
    /// "tidak ada di katalog" and withdrawal, one or thousands at once, from the page or from `sakip demo --national`,
    /// goes through here; nothing else writes that table (a cache-version bump of the mapping belongs here too).
    ///
    /// In one write transaction: reads the stored decisions of the offices involved (a fixed number of queries per 400
    /// offices), inserts, updates or deletes each changed one with who (`confirmed_by_name`) and when (`confirmed_on`),
    /// and appends one audit entry per changed decision (the office, table `catalogue_decisions`, the wording as the row,
    /// `catalogue_code` before and after, the actor and route). A change that leaves a decision as it is writes nothing;
    /// with `keepingStored`, a decision already stored is left as it is (a data set loaded over earlier decisions).
    /// Returns how many decisions changed.
    @discardableResult
    public func saveCatalogueDecisions(_ changes: [CatalogueDecisionChange], by actor: ChangeActor, on date: CalendarDate,
                                       keepingStored: Bool = false) async throws -> Int {
        guard !changes.isEmpty else { return 0 }
        // One change per office and wording: the last one asked for.
        var ordered: [(key: String, change: CatalogueDecisionChange, statementKey: String)] = []
        var position: [String: Int] = [:]
        for change in changes {
            let statementKey = IndicatorText.key(change.statement)
            let key = change.officeCode + "\u{1F}" + statementKey
            if let index = position[key] { ordered[index] = (key, change, statementKey) } else {
                position[key] = ordered.count
                ordered.append((key, change, statementKey))
            }
        }
        let codes = Array(Set(ordered.map(\.change.officeCode))).sorted()
        let changes = ordered
        return try await WriteTransaction.run(on: database) { db in
            let sql = db as! any SQLDatabase
            var stored: [String: (id: UUID, code: String?)] = [:]
            var officeIDs: [String: UUID] = [:]
            for start in stride(from: 0, to: codes.count, by: 400) {
                let chunk = Array(codes[start..<min(start + 400, codes.count)])
                for row in try await sql.raw("""
                    SELECT id, office_code, statement_key, catalogue_code FROM catalogue_decisions WHERE office_code IN (\(binds: chunk))
                    """).all() {
                    let key = try row.decode(column: "office_code", as: String.self) + "\u{1F}" + row.decode(column: "statement_key", as: String.self)
                    stored[key] = (try row.decode(column: "id", as: UUID.self), try row.decode(column: "catalogue_code", as: String?.self))
                }
                for row in try await sql.raw("SELECT id, code FROM offices WHERE code IN (\(binds: chunk))").all() {
                    officeIDs[try row.decode(column: "code", as: String.self)] = try row.decode(column: "id", as: UUID.self)
                }
            }
            var inserts = BatchInsert(CatalogueDecisionModel.schema,
                                      ["id", "office_code", "statement", "statement_key", "catalogue_code", "confirmed_by_name", "confirmed_on"])
            var audit: [(office: UUID?, change: FieldChange)] = []
            for (key, change, statementKey) in changes {
                let existing = stored[key]
                if keepingStored, existing != nil { continue }
                let confirmedBy = change.confirmedBy ?? actor.name, confirmedOn = (change.confirmedOn ?? date).iso
                let before = existing.map { Self.auditValue($0.code) }
                let code: String?
                switch change.outcome {
                case .entry(let entry): code = entry
                case .notInCatalogue: code = nil
                case .withdrawn:
                    guard let existing else { continue }
                    try await sql.raw("DELETE FROM catalogue_decisions WHERE id = \(bind: existing.id)").run()
                    audit.append((officeIDs[change.officeCode], Self.auditChange(change, statementKey, before: before, after: nil)))
                    continue
                }
                if let existing {
                    guard existing.code != code else { continue }
                    try await sql.raw("""
                        UPDATE catalogue_decisions SET statement = \(bind: change.statement), catalogue_code = \(bind: code),
                               confirmed_by_name = \(bind: confirmedBy), confirmed_on = \(bind: confirmedOn)
                        WHERE id = \(bind: existing.id)
                        """).run()
                } else {
                    inserts.add([UUID(), change.officeCode, change.statement, statementKey, code, confirmedBy, confirmedOn])
                }
                audit.append((officeIDs[change.officeCode], Self.auditChange(change, statementKey, before: before, after: Self.auditValue(code))))
            }
            try await inserts.flush(on: db)
            // The audit entries as multi-row inserts: a bulk confirmation or a loaded data set holds thousands.
            var trail = BatchInsert(AuditEntryModel.schema, ["id", "at", "office_id", "office_year_id", "version", "user_id", "user_name",
                                                             "via", "table_name", "row_key", "field", "path", "before", "after"])
            let moment = Date()
            for (office, change) in audit {
                trail.add([UUID(), moment, office, UUID?.none, Int?.none, actor.userID, actor.name, actor.via, change.table, change.row,
                           change.field, change.path, change.before, change.after])
            }
            try await trail.flush(on: db)
            return audit.count
        }
    }

    private static func auditValue(_ code: String?) -> String { code ?? notInCatalogueAuditValue }

    private static func auditChange(_ change: CatalogueDecisionChange, _ statementKey: String, before: String?, after: String?) -> FieldChange {
        FieldChange(path: "\(catalogueAuditTable)[\(change.officeCode) \(statementKey)].catalogue_code", table: catalogueAuditTable,
                    row: "\(change.officeCode) · \(change.statement)", field: "catalogue_code", before: before, after: after)
    }

    /// The stored decision of an office's indicator wording, if any.
    public func catalogueDecision(officeCode: String, statement: String) async throws -> IndicatorMapping.Decision? {
        try await CatalogueDecisionModel.query(on: database).filter(\.$officeCode == officeCode)
            .filter(\.$statementKey == IndicatorText.key(statement)).first()?.decision
    }

    /// The years with office-year summaries, newest first.
    public func summaryYears() async throws -> [Int] {
        let sql = database as! any SQLDatabase
        return try await sql.raw("SELECT DISTINCT year FROM office_year_summaries ORDER BY year DESC").all()
            .map { try $0.decode(column: "year", as: Int.self) }
    }

    /// The latest catalogue decisions recorded in the audit trail, newest first: read along the index on the table and
    /// the moment (migration 018), without sorting the thousands of entries a bulk confirmation or a loaded data set
    /// wrote at one moment.
    public func catalogueDecisionHistory(limit: Int = 20) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: database).filter(\.$table == Self.catalogueAuditTable)
            .sort(\.$at, .descending).limit(limit).all()
    }
}
