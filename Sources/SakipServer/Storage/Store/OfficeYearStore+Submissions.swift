import FluentKit
import Foundation
import SakipCore
import SQLKit

extension OfficeYearStore {
    /// A note the evaluator pins to a place when returning a document.
    public struct PinnedNote: Sendable {
        public var place: NotePlace
        public var text: String

        public init(place: NotePlace, text: String) {
            self.place = place
            self.text = text
        }
    }

    /// The PK's and the LKj's submission of an office-year, read in five queries whatever the history's length.
    public func submissions(officeYearID: UUID, year: Int, currentVersion: Int, today: CalendarDate? = nil) async throws -> [SubmissionRecord] {
        let today = today ?? .today
        let rows = try await SubmissionModel.query(on: database).filter(\.$officeYear.$id == officeYearID).all()
        let ids = rows.compactMap(\.id)
        let versions = ids.isEmpty ? [] : try await SubmissionVersionModel.query(on: database).filter(\.$submission.$id ~~ ids)
            .sort(\.$number).all()
        let events = ids.isEmpty ? [] : try await SubmissionEventModel.query(on: database).filter(\.$submission.$id ~~ ids)
            .sort(\.$at).all()
        let notes = ids.isEmpty ? [] : try await SubmissionNoteModel.query(on: database).filter(\.$submission.$id ~~ ids)
            .sort(\.$at).all()
        let deadlines = try await deadlines(year: year)
        return SubmissionDocument.allCases.map { document in
            let row = rows.first { $0.document == document.rawValue }
            let own = { (id: UUID?) in id != nil && id == row?.id }
            let versions = versions.filter { own($0.$submission.id) }
            let changed = versions.last.map { $0.officeYearVersion < currentVersion } ?? false
            let stored = row.flatMap { SubmissionState(rawValue: $0.state) } ?? .draft
            let deadline = deadlines[document] ?? SubmissionDeadline.defaultDate(document, year: year)
            let daysLate = row?.daysLate ?? (today > deadline ? SubmissionDeadline.daysLate(submittedOn: today, deadline: deadline) : nil)
            return SubmissionRecord(document: document, model: row, state: stored.effective(changedAfterFrozenVersion: changed),
                                    deadline: deadline, deadlineSet: deadlines[document] != nil, daysLate: daysLate, versions: versions,
                                    events: events.filter { own($0.$submission.id) }, notes: notes.filter { own($0.$submission.id) },
                                    changedSinceFrozen: changed)
        }
    }

    /// The deadlines KPU RI set for a year's documents (a document without one keeps the default).
    public func deadlines(year: Int) async throws -> [SubmissionDocument: CalendarDate] {
        Dictionary(try await Self.storedDeadlines(years: [year], on: database).map { ($0.key.document, $0.value) },
                   uniquingKeysWith: { first, _ in first })
    }

    /// A document of a year.
    struct DeadlineKey: Hashable {
        var year: Int
        var document: SubmissionDocument
    }

    /// The deadlines KPU RI set for the documents of the years, read as plain rows; a document without one keeps
    /// ``SubmissionDeadline/defaultDate(_:year:)``. The one reader of `submission_deadlines` for submissions and consolidation.
    static func storedDeadlines(years: [Int], on db: any Database) async throws -> [DeadlineKey: CalendarDate] {
        let sql = db as! any SQLDatabase
        var result: [DeadlineKey: CalendarDate] = [:]
        for row in try await sql.raw("SELECT year, document, due_on FROM submission_deadlines WHERE year IN (\(binds: years))").all() {
            guard let document = SubmissionDocument(rawValue: try row.decode(column: "document", as: String.self)),
                  let due = CalendarDate(iso: try row.decode(column: "due_on", as: String.self)) else { continue }
            result[DeadlineKey(year: try row.decode(column: "year", as: Int.self), document: document)] = due
        }
        return result
    }


    /// Sets the deadline of a document of a year, recorded in the audit trail.
    public func setDeadline(_ document: SubmissionDocument, year: Int, to date: CalendarDate, by actor: ChangeActor) async throws {
        try await WriteTransaction.run(on: database) { db in
            let existing = try await SubmissionDeadlineModel.query(on: db).filter(\.$year == year).filter(\.$document == document.rawValue).first()
            let before = existing?.dueOn ?? SubmissionDeadline.defaultDate(document, year: year).iso
            let row = existing ?? SubmissionDeadlineModel()
            row.year = year
            row.document = document.rawValue
            row.dueOn = date.iso
            row.setAt = Date()
            row.setByName = actor.name
            try await row.save(on: db)
            let change = FieldChange(path: "tenggat[\(document.shortLabel) \(year)].tanggal", table: "tenggat", row: "\(document.shortLabel) \(year)",
                                     field: "tanggal", before: before, after: date.iso)
            try await Self.record([change], officeID: nil, officeYearID: nil, version: nil, by: actor, at: row.setAt, on: db)
        }
    }

    /// Takes `action` on `document` of an office-year as `role`, in one transaction under the office-year's write lock.
    ///
    /// Submitting checks that the document is ready (a signed PK, a final LKj), freezes the stored office-year as
    /// the next version with its SHA-256 digest and the document `render` makes from it, and dates the first
    /// submission against the deadline. Returning needs a note (general or pinned) and reopens a final LKj so that
    /// the office can correct it. Accepting marks the newest version as the one consolidation reads. Every
    /// transition is recorded with who, when, the states and the note.
    @discardableResult
    public func transition(officeCode: String, year: Int, document: SubmissionDocument, action: SubmissionAction,
                           as role: SubmissionActor, by actor: ChangeActor, note: String?, pinned: [PinnedNote] = [],
                           today: CalendarDate? = nil,
                           render: @escaping @Sendable (OfficeYear, _ footer: String) throws -> Data?) async throws -> SubmissionState {
        let today = today ?? .today
        // The document is made before the transaction (it takes a while) and refused if the data moved meanwhile.
        guard let shown = try await stored(officeCode: officeCode, year: year) else {
            throw StorageError.notFound("data kantor \(officeCode) tahun \(year) belum ada")
        }
        let generalNote = note?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        let pinned = pinned.filter { !$0.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        let frozen = action == .submit ? try await freeze(shown, document: document, render: render) : nil
        let next = try await WriteTransaction.run(on: database) { db in
            guard let head = try await Self.head(officeCode: officeCode, year: year, on: db) else {
                throw StorageError.notFound("data kantor \(officeCode) tahun \(year) telah dihapus")
            }
            try await WriteTransaction.lock(officeYear: head.id, on: db)
            guard let model = try await OfficeYearModel.find(head.id, on: db) else {
                throw StorageError.notFound("data kantor \(officeCode) tahun \(year) telah dihapus")
            }
            if action == .submit, model.version != shown.version {
                throw SubmissionRefused(description: "Data \(document.shortLabel) berubah ketika sedang diajukan; muat ulang halaman lalu ajukan lagi.")
            }
            let submission = try await SubmissionModel.query(on: db).filter(\.$officeYear.$id == head.id)
                .filter(\.$document == document.rawValue).first() ?? Self.newSubmission(officeYear: model, document: document)
            let latest = try await submission.id.asyncMap { id in
                try await SubmissionVersionModel.query(on: db).filter(\.$submission.$id == id).sort(\.$number, .descending).first()
            } ?? nil
            let stored = SubmissionState(rawValue: submission.state) ?? .draft
            let from = stored.effective(changedAfterFrozenVersion: latest.map { $0.officeYearVersion < model.version } ?? false)
            let next: SubmissionState
            do {
                next = try SubmissionWorkflow.next(from: from, action, by: role, document: document, note: generalNote ?? pinned.first?.text)
            } catch let refusal as SubmissionWorkflow.Refusal {
                throw SubmissionRefused(description: refusal.description)
            }
            let now = Date()
            var number = submission.currentVersion
            switch action {
            case .submit:
                let nextNumber = (submission.currentVersion ?? 0) + 1
                guard let frozen, frozen.number == nextNumber else {
                    throw SubmissionRefused(description: "\(document.shortLabel) baru saja diajukan dari tempat lain; muat ulang halaman.")
                }
                number = nextNumber
                submission.currentVersion = nextNumber
                if submission.firstSubmittedOn == nil {
                    let deadline = try await Self.storedDeadlines(years: [year], on: db)[DeadlineKey(year: year, document: document)]
                        ?? SubmissionDeadline.defaultDate(document, year: year)
                    submission.firstSubmittedOn = today.iso
                    submission.daysLate = SubmissionDeadline.daysLate(submittedOn: today, deadline: deadline)
                }
            case .returnToOffice:
                break
            case .accept:
                submission.acceptedVersion = submission.currentVersion
            }
            submission.state = next.rawValue
            submission.updatedAt = now
            try await submission.save(on: db)
            if action == .submit, let frozen, let number {
                let version = SubmissionVersionModel()
                version.$submission.id = try submission.requireID()
                version.number = number
                version.officeYearVersion = model.version
                version.digest = frozen.digest
                version.json = frozen.json
                version.documentDOCX = frozen.docx
                version.summaryJSON = frozen.summary
                version.createdAt = now
                version.createdByName = actor.name
                try await version.create(on: db)
            }
            let event = SubmissionEventModel()
            event.$submission.id = try submission.requireID()
            event.at = now
            event.onDay = today.iso
            event.userID = actor.userID
            event.userName = actor.name
            event.action = action.rawValue
            event.fromState = from.rawValue
            event.toState = next.rawValue
            event.version = number
            event.note = generalNote
            try await event.create(on: db)
            if action == .returnToOffice {
                let notes = (generalNote.map { [PinnedNote(place: .general, text: $0)] } ?? []) + pinned
                for pinnedNote in notes {
                    let row = SubmissionNoteModel()
                    row.$submission.id = try submission.requireID()
                    row.$event.id = try event.requireID()
                    row.placeKind = pinnedNote.place.kind.rawValue
                    row.placeKey = pinnedNote.place.key
                    row.placeLabel = pinnedNote.place.label
                    row.text = pinnedNote.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    row.at = now
                    row.authorName = actor.name
                    try await row.create(on: db)
                }
                if document == .lkj {
                    let reason = "LKj dikembalikan oleh \(actor.name) untuk diperbaiki sesuai \(notes.count) catatan pada halaman Pengajuan"
                    try await Self.reopenIfFinal(officeCode: officeCode, year: year, by: actor, reason: reason, today: today, on: db)
                }
            }
            let change = FieldChange(path: "pengajuan[\(document.shortLabel)].status", table: "pengajuan", row: document.shortLabel,
                                     field: "status", before: from.label, after: next.label + (number.map { " (versi \($0))" } ?? ""))
            try await Self.record([change], officeID: model.$office.id, officeYearID: head.id, version: model.version, by: actor, at: now, on: db)
            return next
        }
        // A returned LKj was reopened: a new version of the office-year, whose summary follows.
        if action == .returnToOffice, document == .lkj, let reopened = try await stored(officeCode: officeCode, year: year) {
            await refreshSummary(reopened)
        }
        return next
    }

    /// What a submission freezes, made before its transaction: the stored document, its digest and summary, and the
    /// PK or LKj generated from it with the version's line in its footer.
    struct Frozen: Sendable {
        var number: Int
        var json: String
        var digest: String
        var summary: String
        var docx: Data?
    }

    private func freeze(_ shown: StoredOfficeYear, document: SubmissionDocument,
                        render: @Sendable (OfficeYear, String) throws -> Data?) async throws -> Frozen {
        let problems = SubmissionReadiness.problems(shown.file, document: document)
        guard problems.isEmpty else { throw SubmissionRefused(description: problems.joined(separator: " ")) }
        guard let json = try await OfficeYearDocumentModel.query(on: database).filter(\.$officeYear.$id == shown.id).first()?.json else {
            throw StorageError.corrupt("dokumen data kantor \(shown.file.office.code) tidak ditemukan di basis data")
        }
        let number = (try await SubmissionModel.query(on: database).filter(\.$officeYear.$id == shown.id)
            .filter(\.$document == document.rawValue).first()?.currentVersion ?? 0) + 1
        let digest = SHA256Digest.hex(json)
        return Frozen(number: number, json: json, digest: digest,
                      summary: String(decoding: try OfficeYearSummary(shown.file).jsonData(), as: UTF8.self),
                      docx: try render(shown.file, SubmissionFooter.text(document: document, number: number, digest: digest)))
    }

    /// A returned LKj is no longer final, so that the office can correct what the notes point at.
    private static func reopenIfFinal(officeCode: String, year: Int, by actor: ChangeActor, reason: String, today: CalendarDate,
                                      on db: any Database) async throws {
        let changed = try await change(officeCode: officeCode, year: year, by: actor, basedOn: nil, { file in
            guard file.isReportFinal else { return }
            try file.reopenReport(on: today, by: actor.name, reason: reason)
        }, on: db)
        OfficeYearCache.shared.keep(changed.stored.file, id: changed.stored.id, version: changed.stored.version)
    }

    private static func newSubmission(officeYear: OfficeYearModel, document: SubmissionDocument) throws -> SubmissionModel {
        let row = SubmissionModel()
        row.$officeYear.id = try officeYear.requireID()
        row.officeID = officeYear.$office.id
        row.year = officeYear.year
        row.document = document.rawValue
        row.state = SubmissionState.draft.rawValue
        row.updatedAt = Date()
        return row
    }

    /// The office answers a note of the parent office; recorded in the audit trail.
    public func answer(noteID: UUID, officeYearID: UUID, text: String, by actor: ChangeActor) async throws {
        let text = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw SubmissionRefused(description: "Kolom Jawaban: tulis apa yang telah diperbaiki.") }
        try await WriteTransaction.run(on: database) { db in
            guard let note = try await SubmissionNoteModel.find(noteID, on: db),
                  let submission = try await SubmissionModel.find(note.$submission.id, on: db),
                  submission.$officeYear.id == officeYearID else {
                throw StorageError.notFound("catatan ini tidak ditemukan pada data kantor ini")
            }
            let before = note.answer
            note.answer = text
            note.answeredAt = Date()
            note.answeredByName = actor.name
            try await note.update(on: db)
            let change = FieldChange(path: "catatan[\(note.placeLabel)].jawaban", table: "pengajuan", row: note.placeLabel,
                                     field: "jawaban", before: before, after: text)
            try await Self.record([change], officeID: submission.officeID, officeYearID: officeYearID, version: nil, by: actor,
                                  at: note.answeredAt ?? Date(), on: db)
        }
    }

    /// A frozen version of an office-year's document; nil when there is none with that number.
    public func submissionVersion(officeYearID: UUID, document: SubmissionDocument, number: Int) async throws -> SubmissionVersionModel? {
        guard let submission = try await SubmissionModel.query(on: database).filter(\.$officeYear.$id == officeYearID)
            .filter(\.$document == document.rawValue).first() else { return nil }
        return try await SubmissionVersionModel.query(on: database).filter(\.$submission.$id == submission.requireID())
            .filter(\.$number == number).first()
    }

    /// The notes of an office-year's submissions that the office has not answered, for the pages they point at.
    public func openNotes(officeYearID: UUID) async throws -> [SubmissionNoteModel] {
        try await SubmissionNoteModel.query(on: database).join(SubmissionModel.self, on: \SubmissionNoteModel.$submission.$id == \SubmissionModel.$id)
            .filter(SubmissionModel.self, \.$officeYear.$id == officeYearID).filter(\.$answer == nil).sort(\.$at).all()
    }
}

private extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}

private extension Optional {
    func asyncMap<T>(_ transform: (Wrapped) async throws -> T) async rethrows -> T? {
        switch self {
        case .some(let value): try await transform(value)
        case .none: nil
        }
    }
}

extension OfficeYearStore {
    /// One office below a parent with its submissions of a year and the versions its parent accepted.
    public struct AcceptedDocuments: Sendable {
        public var office: OfficeModel
        public var submissions: [SubmissionModel]
        /// The accepted version of each document that has one.
        public var accepted: [SubmissionDocument: SubmissionVersionModel]
    }

    /// Every office directly below `parentID` (a KPU Provinsi's Kab/Kota, KPU RI's provinces), in code order, with
    /// its submissions of `year` and their accepted versions; three queries whatever the number of offices.
    public func acceptedDocuments(below parentID: UUID, year: Int) async throws -> [AcceptedDocuments] {
        let offices = try await OfficeModel.query(on: database).filter(\.$parent.$id == parentID).sort(\.$code).all()
        let officeIDs = offices.compactMap(\.id)
        let submissions = officeIDs.isEmpty ? [] : try await SubmissionModel.query(on: database)
            .filter(\.$officeID ~~ officeIDs).filter(\.$year == year).all()
        let acceptedIDs = submissions.filter { $0.acceptedVersion != nil }.compactMap(\.id)
        let versions = acceptedIDs.isEmpty ? [] : try await SubmissionVersionModel.query(on: database)
            .filter(\.$submission.$id ~~ acceptedIDs).all()
        return offices.map { office in
            let own = submissions.filter { $0.officeID == office.id }
            var accepted: [SubmissionDocument: SubmissionVersionModel] = [:]
            for submission in own {
                guard let document = SubmissionDocument(rawValue: submission.document), let number = submission.acceptedVersion else { continue }
                accepted[document] = versions.first { $0.$submission.id == submission.id && $0.number == number }
            }
            return AcceptedDocuments(office: office, submissions: own, accepted: accepted)
        }
    }
}
