import Fluent
import Foundation
import SakipCore

/// The rows of a group of generated office-years: the office-year, its document, its first audit entry and its
/// summary, and for each of its PK and LKj the submission, its transitions, the notes of each return and a frozen
/// version for each submission.
struct NationalRows: Sendable {
    private var officeYears = BatchInsert(OfficeYearModel.schema,
                                          ["id", "office_id", "year", "version", "digest", "updated_at", "updated_by_id", "updated_by_name"])
    private var documents = BatchInsert(OfficeYearDocumentModel.schema, ["id", "office_year_id", "json"])
    private var audit = BatchInsert(AuditEntryModel.schema, ["id", "at", "office_id", "office_year_id", "version", "user_id", "user_name",
                                                             "via", "table_name", "row_key", "field", "path", "before", "after"])
    private var summaries = BatchInsert(OfficeYearSummaryModel.schema, ["id", "office_year_id", "office_id", "year", "office_year_version",
                                                                        "engine_version", "json", "updated_at"])
    private var submissions = BatchInsert(SubmissionModel.schema, ["id", "office_year_id", "office_id", "year", "document", "state",
                                                                   "current_version", "accepted_version", "first_submitted_on", "days_late",
                                                                   "updated_at"])
    private var versions = BatchInsert(SubmissionVersionModel.schema, ["id", "submission_id", "number", "office_year_version", "digest",
                                                                       "json", "document_docx", "created_at", "created_by_name"])
    private var events = BatchInsert(SubmissionEventModel.schema, ["id", "submission_id", "at", "on_day", "user_id", "user_name", "action",
                                                                   "from_state", "to_state", "version", "note"])
    private var notes = BatchInsert(SubmissionNoteModel.schema, ["id", "submission_id", "event_id", "place_kind", "place_key", "place_label",
                                                                 "text", "at", "author_name", "answer", "answered_at", "answered_by_name"])

    var submissionCount: Int { submissions.count }
    var eventCount: Int { events.count }
    var noteCount: Int { notes.count }
    var versionCount: Int { versions.count }

    static let loader = "sakip demo --national"

    mutating func add(_ year: NationalDemoData.PreparedYear, officeID: UUID, parentName: String?, loadedAt: Date) {
        let officeYearID = UUID()
        officeYears.add([officeYearID, officeID, year.year, 1, year.digest, loadedAt, nil, Self.loader])
        documents.add([UUID(), officeYearID, year.json])
        audit.add([UUID(), loadedAt, officeID, officeYearID, 1, nil, Self.loader, Self.loader, "", "", "", "", nil,
                   "tahun \(year.year) dibuat (data demo nasional)"])
        if let summary = year.summary {
            summaries.add([UUID(), officeYearID, officeID, year.year, 1, OfficeYearSummary.currentEngineVersion, summary, loadedAt])
        }
        let evaluator = "Evaluator \(parentName ?? "kantor induk")"
        for document in [year.scenario.pk, year.scenario.lkj] {
            addSubmission(document, year: year, officeYearID: officeYearID, officeID: officeID, evaluator: evaluator, loadedAt: loadedAt)
        }
    }

    private mutating func addSubmission(_ scenario: DocumentScenario, year: NationalDemoData.PreparedYear, officeYearID: UUID,
                                        officeID: UUID, evaluator: String, loadedAt: Date) {
        let submissionID = UUID()
        var number = 0
        var accepted: Int?
        var lastAt: Date?
        var openNotes: [Int] = []
        for (index, transition) in scenario.transitions.enumerated() {
            // Transitions of one day keep their order: 09:00 WIB, then a minute apart.
            let at = (WIB.start(of: transition.on) ?? loadedAt).addingTimeInterval(9 * 3600 + Double(index) * 60)
            lastAt = at
            let actor = transition.actor == .ketua ? year.ketuaName : evaluator
            let action: SubmissionAction
            switch transition.to {
            case .draft: continue
            case .submitted, .resubmitted:
                action = .submit
                number += 1
                versions.add([UUID(), submissionID, number, 1, year.digest, year.json, nil, at, actor])
                // The office answered each note of the return before submitting again.
                for position in openNotes {
                    notes.set(row: position, column: "answer", to: "Sudah diperbaiki sesuai catatan.")
                    notes.set(row: position, column: "answered_at", to: at)
                    notes.set(row: position, column: "answered_by_name", to: actor)
                }
                openNotes = []
            case .returned: action = .returnToOffice
            case .accepted:
                action = .accept
                accepted = number
            }
            let eventID = UUID()
            events.add([eventID, submissionID, at, transition.on.iso, nil, actor, action.rawValue, transition.from.rawValue,
                        transition.to.rawValue, number == 0 ? nil : number, transition.note?.text])
            if let note = transition.note {
                let place = Self.place(note.place, in: year)
                openNotes.append(notes.count)
                notes.add([UUID(), submissionID, eventID, place.kind, place.key, place.label, note.text, at, evaluator, nil, nil, nil])
            }
        }
        submissions.add([submissionID, officeYearID, officeID, year.year, scenario.document.rawValue, scenario.state.rawValue,
                         number == 0 ? nil : number, accepted, scenario.submittedOn?.iso, scenario.daysLate, lastAt ?? loadedAt])
    }

    /// The place a return note points at, as `submission_notes` keeps it: kind, key and the place in words.
    static func place(_ place: ReturnNote.Place, in year: NationalDemoData.PreparedYear) -> (kind: String, key: String, label: String) {
        switch place {
        case .indicator(let id): ("indikator", id, year.indicatorNames[id].map { "Indikator \(id): \($0)" } ?? "Indikator \(id)")
        case .chapter(let chapter): ("bab", chapter, "Bab \(chapter)")
        case .finding(let code): ("temuan", code, "Temuan reviu \(code)")
        case .tableRow(let table, let row): ("baris", row, "Tabel \(table), baris \(row)")
        }
    }

    /// Writes every row, parents first.
    mutating func write(on db: any Database) async throws {
        try await officeYears.flush(on: db)
        try await documents.flush(on: db)
        try await audit.flush(on: db)
        try await summaries.flush(on: db)
        try await submissions.flush(on: db)
        try await versions.flush(on: db)
        try await events.flush(on: db)
        try await notes.flush(on: db)
    }
}
