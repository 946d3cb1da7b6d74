import FluentKit
import Foundation
import SakipCore
import SQLKit

extension OfficeYearStore {
    /// Writes the summary of a stored version once its transaction has committed, unless the summary of a newer version
    /// is there already (two writers may finish in either order). Computing it (the review and the measurement) inside
    /// the write lock made twenty parallel writers on one office-year wait past the connection pool's timeout on
    /// PostgreSQL. A summary that cannot be written stays behind its office-year's version, which `sakip summaries`
    /// finds and recomputes. The summary carries no catalogue codes: consolidation applies the confirmed mapping when
    /// it reads, so that a new decision by KPU RI needs no recomputation.
    func refreshSummary(_ stored: StoredOfficeYear) async {
        guard let sql = database as? any SQLDatabase, let json = try? OfficeYearSummary(stored.file).jsonData() else { return }
        _ = try? await sql.raw("""
            INSERT INTO office_year_summaries (id, office_year_id, office_id, year, office_year_version, engine_version, json, updated_at)
            SELECT \(bind: UUID()), oy.id, oy.office_id, oy.year, \(bind: stored.version), \(bind: OfficeYearSummary.currentEngineVersion),
                   \(bind: String(decoding: json, as: UTF8.self)), \(bind: Date())
            FROM office_years oy WHERE oy.id = \(bind: stored.id)
            ON CONFLICT (office_year_id) DO UPDATE SET office_year_version = excluded.office_year_version,
                engine_version = excluded.engine_version, json = excluded.json, updated_at = excluded.updated_at
            WHERE office_year_summaries.office_year_version <= excluded.office_year_version
            """).run()
    }

    /// One summary row to write.
    struct SummaryRow: Sendable {
        var officeYearID: UUID
        var officeID: UUID
        var year: Int
        var version: Int
        var json: String
    }

    /// Inserts summaries, replacing the row of an office-year that has one: one statement per 200 rows.
    static func upsertSummaries(_ rows: [SummaryRow], on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, !rows.isEmpty else { return }
        let now = Date()
        for start in stride(from: 0, to: rows.count, by: 200) {
            let batch = rows[start..<min(start + 200, rows.count)]
            var insert = sql.insert(into: OfficeYearSummaryModel.schema)
                .columns("id", "office_year_id", "office_id", "year", "office_year_version", "engine_version", "json", "updated_at")
            for row in batch {
                insert = insert.values(SQLBind(UUID()), SQLBind(row.officeYearID), SQLBind(row.officeID), SQLBind(row.year),
                                       SQLBind(row.version), SQLBind(OfficeYearSummary.currentEngineVersion), SQLBind(row.json), SQLBind(now))
            }
            try await insert.onConflict(with: ["office_year_id"]) { update in
                update.set(excludedValueOf: "office_year_version").set(excludedValueOf: "engine_version")
                    .set(excludedValueOf: "json").set(excludedValueOf: "updated_at")
            }.run()
        }
    }

    /// How many summaries ``recomputeSummaries(all:)`` rewrote and how many it found current.
    public struct SummaryRecount: Sendable, Equatable {
        public var recomputed: Int
        public var current: Int
        /// Office-years whose stored document could not be read, with the reason (their summary is left as it was).
        public var failed: [String]
    }

    /// Recomputes the summaries that are missing, were computed by older rules
    /// (``OfficeYearSummary/currentEngineVersion``) or from an older version of their office-year; every summary
    /// with `all`. Reads the heads in one query and the documents in batches; each batch is written in one transaction.
    public func recomputeSummaries(all: Bool = false, batchSize: Int = 50) async throws -> SummaryRecount {
        let sql = database as! any SQLDatabase
        let heads = try await sql.raw("""
            SELECT oy.id AS id, oy.office_id AS office_id, oy.year AS year, oy.version AS version,
                   s.office_year_version AS summary_version, s.engine_version AS engine_version
            FROM office_years oy LEFT JOIN office_year_summaries s ON s.office_year_id = oy.id
            """).all()
        var stale: [(id: UUID, officeID: UUID, year: Int, version: Int)] = []
        var current = 0
        for row in heads {
            let id = try row.decode(column: "id", as: UUID.self)
            let version = try row.decode(column: "version", as: Int.self)
            let summaryVersion = try row.decode(column: "summary_version", as: Int?.self)
            let engine = try row.decode(column: "engine_version", as: Int?.self)
            let isCurrent = summaryVersion.map { $0 >= version } == true && (engine ?? 0) >= OfficeYearSummary.currentEngineVersion
            if isCurrent && !all {
                current += 1
            } else {
                stale.append((id, try row.decode(column: "office_id", as: UUID.self), try row.decode(column: "year", as: Int.self), version))
            }
        }
        var recomputed = 0
        var failed: [String] = []
        for start in stride(from: 0, to: stale.count, by: max(batchSize, 1)) {
            let batch = Array(stale[start..<min(start + max(batchSize, 1), stale.count)])
            let documents = try await OfficeYearDocumentModel.query(on: database).filter(\.$officeYear.$id ~~ batch.map(\.id)).all()
            let byID = Dictionary(documents.map { ($0.$officeYear.id, $0.json) }, uniquingKeysWith: { first, _ in first })
            var rows: [SummaryRow] = []
            for head in batch {
                guard let json = byID[head.id] else {
                    failed.append("\(head.year) (\(head.id)): dokumen tidak ditemukan")
                    continue
                }
                do {
                    let file = try OfficeYearReader.read(json).officeYear
                    let summary = try OfficeYearSummary(file).jsonData()
                    rows.append(SummaryRow(officeYearID: head.id, officeID: head.officeID, year: head.year, version: head.version,
                                           json: String(decoding: summary, as: UTF8.self)))
                } catch {
                    failed.append("\(head.year) (\(head.id)): \(error)")
                }
            }
            try await WriteTransaction.run(on: database) { [rows] db in try await Self.upsertSummaries(rows, on: db) }
            recomputed += rows.count
        }
        return SummaryRecount(recomputed: recomputed, current: current, failed: failed)
    }
}
