import FluentKit
import Foundation
import SakipCore
import SQLKit

/// An evaluation as stored: the document, the LKE version it was made with, its version and last change.
public struct StoredEvaluation: Sendable {
    public let id: UUID
    public let evaluation: Evaluation
    public let lke: LKEVersion
    /// The version a form shows and sends back, so that a save over a newer change is refused.
    public let version: Int
    public let updatedAt: Date
    public let updatedByName: String
}

/// The outcome of a change to an evaluation: what the closure returned, the evaluation after it and what changed.
public struct ChangedEvaluation<Value: Sendable>: Sendable {
    public let value: Value
    public let stored: StoredEvaluation
    public let changes: [FieldChange]
}

extension OfficeYearStore {
    /// The audit trail's table of evaluation changes; the row is the performance year.
    static let evaluationTable = "evaluasi"

    /// The evaluation of an office for a performance year; nil when not started.
    public func evaluation(officeCode: String, year: Int) async throws -> StoredEvaluation? {
        guard let row = try await Self.evaluationRow(officeCode: officeCode, year: year, on: database) else { return nil }
        return try await Self.decode(row, library: try await lkeLibrary())
    }

    /// Stores a new evaluation (version 1); refused when the office's evaluation of that year exists.
    @discardableResult
    public func startEvaluation(_ evaluation: Evaluation, by actor: ChangeActor) async throws -> StoredEvaluation {
        let library = try await lkeLibrary()
        guard let lke = library.version(evaluation.lke) else {
            throw StorageError.invalid("LKE \(evaluation.lke.id) yang dipilih untuk evaluasi ini tidak dikenal")
        }
        return try await WriteTransaction.run(on: database) { db in
            guard let office = try await OfficeModel.query(on: db).filter(\.$code == evaluation.office.code).first() else {
                throw StorageError.notFound("kantor dengan kode \(evaluation.office.code) tidak ditemukan")
            }
            if try await Self.evaluationRow(officeCode: office.code, year: evaluation.year, on: db) != nil {
                throw StorageError.invalid("evaluasi \(office.name) tahun \(evaluation.year) sudah dimulai")
            }
            let model = EvaluationModel()
            model.$office.id = try office.requireID()
            model.year = evaluation.year
            model.version = 1
            try Self.fill(model, with: evaluation, lke: lke, library: library, by: actor)
            try await model.create(on: db)
            let started = FieldChange(path: "", table: "", row: "", field: "", before: nil,
                                      after: "evaluasi \(evaluation.year) dimulai dengan LKE \(lke.id)")
            try await Self.recordEvaluation([started], officeID: model.$office.id, year: evaluation.year, version: 1, by: actor,
                                            at: model.updatedAt, on: db)
            return StoredEvaluation(id: try model.requireID(), evaluation: evaluation, lke: lke, version: 1,
                                    updatedAt: model.updatedAt, updatedByName: actor.name)
        }
    }

    /// Changes an evaluation: the one write path of every evaluation page.
    ///
    /// In one transaction (the only one writing this evaluation at that moment): reads the newest document,
    /// applies `apply` to it with the LKE version it was made with, and when anything changed checks the result
    /// with the evaluation reader, refuses it with ``ChangeConflict`` if it overwrites a value someone else changed
    /// after version `base` (the version the user's form was shown with), stores it as the next version with its
    /// summary, and records every changed field in the audit trail. A change that changes nothing writes nothing.
    @discardableResult
    public func changeEvaluation<Value: Sendable>(officeCode: String, year: Int, by actor: ChangeActor, basedOn base: Int? = nil,
                                                  _ apply: @escaping @Sendable (inout Evaluation, LKEVersion) throws -> Value) async throws -> ChangedEvaluation<Value> {
        let library = try await lkeLibrary()
        return try await WriteTransaction.run(on: database) { db in
            guard let first = try await Self.evaluationRow(officeCode: officeCode, year: year, on: db) else {
                throw StorageError.notFound("evaluasi tahun \(year) kantor ini belum dimulai")
            }
            try await WriteTransaction.lock(evaluation: try first.requireID(), on: db)
            // Read again under the lock: another writer may have finished in between.
            guard let row = try await Self.evaluationRow(officeCode: officeCode, year: year, on: db) else {
                throw StorageError.notFound("evaluasi tahun \(year) kantor ini telah dihapus")
            }
            let current = try await Self.decode(row, library: library)
            var next = current.evaluation
            let value = try apply(&next, current.lke)
            let changes = EvaluationDiff.changes(from: current.evaluation, to: next)
            guard !changes.isEmpty else { return ChangedEvaluation(value: value, stored: current, changes: []) }
            if let base, base < row.version {
                try await Self.refuseEvaluationConflict(changes, officeID: row.$office.id, year: year, since: base, on: db)
            }
            row.version += 1
            try Self.fill(row, with: next, lke: current.lke, library: library, by: actor)
            try await row.update(on: db)
            try await Self.recordEvaluation(changes, officeID: row.$office.id, year: year, version: row.version, by: actor,
                                            at: row.updatedAt, on: db)
            let stored = StoredEvaluation(id: current.id, evaluation: next, lke: current.lke, version: row.version,
                                          updatedAt: row.updatedAt, updatedByName: actor.name)
            return ChangedEvaluation(value: value, stored: stored, changes: changes)
        }
    }

    /// The evaluation rows (without their documents) of some offices and years, for lists and recaps.
    public func evaluationSummaries(officeIDs: [UUID], years: [Int]) async throws -> [EvaluationModel] {
        guard !officeIDs.isEmpty, !years.isEmpty else { return [] }
        var rows: [EvaluationModel] = []
        // Databases limit the values one statement may bind.
        for start in stride(from: 0, to: officeIDs.count, by: 500) {
            let chunk = Array(officeIDs[start..<min(start + 500, officeIDs.count)])
            rows += try await EvaluationModel.query(on: database).filter(\.$office.$id ~~ chunk).filter(\.$year ~~ years)
                .field(\.$id).field(\.$office.$id).field(\.$year).field(\.$version).field(\.$state).field(\.$lkeID).field(\.$lkeDigest)
                .field(\.$selfScore).field(\.$score).field(\.$predikat).field(\.$updatedAt).field(\.$updatedByName)
                .all()
        }
        return rows
    }

    /// The audit trail of an evaluation, newest first.
    public func evaluationTrail(officeID: UUID, year: Int, limit: Int = 200) async throws -> [AuditEntryModel] {
        try await AuditEntryModel.query(on: database).filter(\.$officeID == officeID).filter(\.$table == Self.evaluationTable)
            .filter(\.$row == "\(year)").sort(\.$at, .descending).sort(\.$path).limit(limit).all()
    }

    static func evaluationRow(officeCode: String, year: Int, on db: any Database) async throws -> EvaluationModel? {
        try await EvaluationModel.query(on: db)
            .join(OfficeModel.self, on: \EvaluationModel.$office.$id == \OfficeModel.$id)
            .filter(OfficeModel.self, \.$code == officeCode)
            .filter(\.$year == year)
            .first()
    }

    /// A stored document read back with the core reader, on the version it names.
    static func decode(_ row: EvaluationModel, library: LKELibrary) async throws -> StoredEvaluation {
        let result: EvaluationReader.Result
        do { result = try EvaluationReader.read(row.json, library: library) } catch {
            throw StorageError.corrupt("evaluasi tahun \(row.year) yang tersimpan tidak dapat dibaca: \(error.issues.prefix(3).map(\.description).joined(separator: "; "))")
        }
        guard let lke = result.version else { throw StorageError.corrupt("LKE evaluasi tahun \(row.year) tidak dikenal") }
        return StoredEvaluation(id: try row.requireID(), evaluation: result.evaluation, lke: lke, version: row.version,
                                updatedAt: row.updatedAt, updatedByName: row.updatedByName)
    }

    /// Writes the document and its summary into a row, refused when the reader would not read it back: what is
    /// stored can always be loaded.
    private static func fill(_ model: EvaluationModel, with evaluation: Evaluation, lke: LKEVersion, library: LKELibrary,
                             by actor: ChangeActor) throws {
        let json = EvaluationWriter.write(evaluation)
        do { _ = try EvaluationReader.read(json, library: library) } catch {
            throw StorageError.invalid("perubahan tidak disimpan karena evaluasi menjadi tidak sah: \(error.issues.prefix(5).map(\.description).joined(separator: "; "))")
        }
        let summary = EvaluationSummary(evaluation, version: lke)
        model.state = evaluation.state.rawValue
        model.lkeID = evaluation.lke.id
        model.lkeDigest = evaluation.lke.digest
        model.selfScore = summary.selfScore.map { "\($0)" }
        model.score = summary.score.map { "\($0)" }
        model.predikat = summary.predikat?.rawValue
        model.json = json
        model.updatedAt = Date()
        model.updatedByName = actor.name
    }

    /// Refuses a change that overwrites a value changed after `base`. The history is appended by every step and
    /// is never a clash by itself.
    private static func refuseEvaluationConflict(_ changes: [FieldChange], officeID: UUID, year: Int, since base: Int,
                                                 on db: any Database) async throws {
        let own = changes.filter { $0.table != "history" }
        guard !own.isEmpty else { return }
        let newer = try await AuditEntryModel.query(on: db).filter(\.$officeID == officeID).filter(\.$table == evaluationTable)
            .filter(\.$row == "\(year)").filter(\.$version > base).sort(\.$at, .descending).all()
        for entry in newer {
            if let clash = own.first(where: { $0.overlaps(entry.field) }) {
                throw ChangeConflict(userName: entry.userName, at: entry.at, path: clash.path)
            }
        }
    }

    /// Records evaluation changes: table `evaluasi`, row the year, field the path inside the document.
    private static func recordEvaluation(_ changes: [FieldChange], officeID: UUID, year: Int, version: Int, by actor: ChangeActor,
                                         at date: Date, on db: any Database) async throws {
        let located = changes.map { change in
            FieldChange(path: change.path.isEmpty ? "\(evaluationTable)[\(year)]" : "\(evaluationTable)[\(year)].\(change.path)",
                        table: evaluationTable, row: "\(year)", field: change.path, before: change.before, after: change.after)
        }
        try await record(located, officeID: officeID, officeYearID: nil, version: version, by: actor, at: date, on: db)
    }
}

extension WriteTransaction {
    /// Locks an evaluation's row until the transaction ends (PostgreSQL; SQLite's transaction holds the file).
    static func lock(evaluation id: UUID, on database: any Database) async throws {
        guard !isSQLite(database), let sql = database as? any SQLDatabase else { return }
        try await sql.raw("SELECT id FROM evaluations WHERE id = \(bind: id) FOR UPDATE").run()
    }
}

extension OfficeYearStore {
    /// The offices a recap of `office` covers: a Provinsi's Kab/Kota, or every office for KPU RI (itself included).
    public func recapOffices(of office: OfficeModel) async throws -> [OfficeModel] {
        if office.level == Office.Level.ri.rawValue { return try await offices() }
        return try await OfficeModel.query(on: database).filter(\.$parent.$id == office.id).sort(\.$name).all()
    }

    /// The recap of some offices for a year: each office's evaluation summary this year and last, on the
    /// summaries stored beside the documents (no document is read). Offices without this year's evaluation are
    /// returned apart.
    public func evaluationRecap(title: String, offices: [OfficeModel], year: Int) async throws -> (recap: EvaluationRecap, notStarted: [OfficeModel]) {
        let byID = Dictionary(offices.compactMap { office in office.id.map { ($0, office) } }, uniquingKeysWith: { first, _ in first })
        let rows = try await evaluationSummaries(officeIDs: Array(byID.keys), years: [year, year - 1])
        let summaries = rows.compactMap { row -> EvaluationSummary? in
            guard let office = byID[row.$office.id] else { return nil }
            let parent = office.$parent.id.flatMap { byID[$0] }
            return EvaluationSummary(
                office: EvaluatedOffice(code: office.code, name: office.name, level: Office.Level(rawValue: office.level) ?? .kabupatenKota,
                                        parentCode: parent?.code, parentName: parent?.name),
                year: row.year, state: EvaluationState(rawValue: row.state) ?? .officeDrafting,
                selfScore: row.selfScore.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
                score: row.score.flatMap { Decimal(string: $0, locale: Locale(identifier: "en_US_POSIX")) },
                predikat: row.predikat.flatMap(Predikat.init(rawValue:)))
        }
        let started = Set(rows.filter { $0.year == year }.map { $0.$office.id })
        let recap = EvaluationRecap(title: title, year: year, current: summaries.filter { $0.year == year },
                                    previous: summaries.filter { $0.year == year - 1 })
        return (recap, offices.filter { office in office.id.map { !started.contains($0) } ?? true })
    }
}
