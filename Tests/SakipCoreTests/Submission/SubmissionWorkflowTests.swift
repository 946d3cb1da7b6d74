import SakipCore
import Testing

struct SubmissionWorkflowTests {
    @Test func fullCycle_draftSubmittedReturnedResubmittedAccepted() throws {
        var state = SubmissionState.draft
        state = try SubmissionWorkflow.next(from: state, .submit, by: .leader, document: .lkj, note: nil)
        #expect(state == .submitted)
        state = try SubmissionWorkflow.next(from: state, .returnToOffice, by: .parentEvaluator, document: .lkj, note: "Target I3 keliru")
        #expect(state == .returned)
        state = try SubmissionWorkflow.next(from: state, .submit, by: .leader, document: .lkj, note: nil)
        #expect(state == .resubmitted)
        state = try SubmissionWorkflow.next(from: state, .accept, by: .parentEvaluator, document: .lkj, note: nil)
        #expect(state == .accepted)
    }

    @Test func operatorCannotSubmit_andIsToldWhoCan() {
        #expect(throws: SubmissionWorkflow.Refusal(description: "LKj hanya dapat diajukan oleh Ketua atau Sekretaris kantor, bukan oleh operator kantor.")) {
            try SubmissionWorkflow.next(from: .draft, .submit, by: .preparer, document: .lkj, note: nil)
        }
    }

    @Test func officeCannotAcceptItsOwnDocument() {
        #expect(throws: SubmissionWorkflow.Refusal.self) {
            try SubmissionWorkflow.next(from: .submitted, .accept, by: .leader, document: .pk, note: nil)
        }
    }

    @Test func returningNeedsANote() {
        for note in [nil, "", "  \n"] {
            #expect(throws: SubmissionWorkflow.Refusal(description: "Kolom Catatan: tulis apa yang harus diperbaiki sebelum PK dikembalikan.")) {
                try SubmissionWorkflow.next(from: .submitted, .returnToOffice, by: .parentEvaluator, document: .pk, note: note)
            }
        }
    }

    @Test func evaluatorDecidesOnlyWhatAwaitsADecision() {
        for state in [SubmissionState.draft, .returned, .accepted] {
            #expect(throws: SubmissionWorkflow.Refusal.self) {
                try SubmissionWorkflow.next(from: state, .accept, by: .parentEvaluator, document: .lkj, note: nil)
            }
        }
    }

    @Test func submittingTwiceOrAfterAcceptance_isRefused() {
        #expect(throws: SubmissionWorkflow.Refusal.self) { try SubmissionWorkflow.next(from: .submitted, .submit, by: .leader, document: .lkj, note: nil) }
        #expect(throws: SubmissionWorkflow.Refusal.self) { try SubmissionWorkflow.next(from: .accepted, .submit, by: .leader, document: .lkj, note: nil) }
    }

    @Test func allowedActions_perStateAndActor() {
        #expect(SubmissionWorkflow.allowed(in: .draft, by: .leader, document: .pk) == [.submit])
        #expect(SubmissionWorkflow.allowed(in: .draft, by: .preparer, document: .pk).isEmpty)
        #expect(SubmissionWorkflow.allowed(in: .resubmitted, by: .parentEvaluator, document: .pk) == [.returnToOffice, .accept])
        #expect(SubmissionWorkflow.allowed(in: .accepted, by: .parentEvaluator, document: .pk).isEmpty)
    }

    @Test func defaultDeadlines_andDaysLate() throws {
        #expect(SubmissionDeadline.default(.pk, year: 2024) == CalendarDate(year: 2024, month: 1, day: 31))
        #expect(SubmissionDeadline.default(.lkj, year: 2023) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(SubmissionDeadline.default(.lkj, year: 2024) == CalendarDate(year: 2025, month: 2, day: 28))
        #expect(SubmissionDeadline.default(.lkj, year: Int.max) == nil)
        let deadline = try #require(SubmissionDeadline.default(.lkj, year: 2024))
        #expect(SubmissionDeadline.daysLate(submittedOn: try #require(CalendarDate(year: 2025, month: 3, day: 3)), deadline: deadline) == 3)
        #expect(SubmissionDeadline.daysLate(submittedOn: try #require(CalendarDate(year: 2025, month: 2, day: 28)), deadline: deadline) == 0)
    }
}
