import Foundation
@testable import SakipCore
import Testing

/// A final LKj fixes what it shows until the leader reopens it; the PK proposal and the year's checklist.
struct FinalReportTests {
    @Test func finalLKj_refusesAChangedPKTarget_andAllowsItAfterReopening() throws {
        var file = try Fixtures.load("asahan-2024-corrected").officeYear
        try file.finaliseReport(place: "Kisaran", date: CalendarDate(year: 2025, month: 1, day: 20)!,
                                on: CalendarDate(year: 2025, month: 1, day: 21)!, by: "HIDAYAT", version: 3)
        #expect(file.isReportFinal)
        var changed = file
        try #require(!changed.agreements.isEmpty && !changed.agreements[0].rows.isEmpty)
        changed.agreements[0].rows[0].target = .percentage(97)
        let violations = file.finalReportViolations(to: changed)
        #expect(violations.contains { $0.hasPrefix("perubahan Perjanjian Kinerja") })
        #expect(throws: ReportFinalisationError.self) { try file.reopenReport(on: CalendarDate(year: 2025, month: 2, day: 1)!, by: "HIDAYAT", reason: " ") }
        var reopened = file
        try reopened.reopenReport(on: CalendarDate(year: 2025, month: 2, day: 1)!, by: "HIDAYAT", reason: "salah ketik I7")
        #expect(file.finalReportViolations(to: reopened).isEmpty)
        #expect(!reopened.isReportFinal)
        changed.report.finalisations = reopened.report.finalisations
        #expect(reopened.finalReportViolations(to: changed).isEmpty)
    }

    @Test func emptiedYear_proposesThePKFromTheRenstraTargets_andItsChecklistStartsAtThePK() throws {
        let full = try Fixtures.load("asahan-2024-corrected").officeYear
        var file = full
        file.agreements = []
        let proposal = file.proposedAgreementContent(.sekretaris)
        let targeted = full.renstra?.targets.filter { $0.byYear[2024] != nil }.count ?? 0
        #expect(targeted > 0)
        #expect(proposal.rows.count >= targeted)
        #expect(proposal.firstParty?.personId == file.people.first { $0.role == .sekretaris }?.id)
        #expect(proposal.secondParty?.personId == file.people.first { $0.role == .ketua }?.id)
        let steps = file.setupChecklist(on: CalendarDate(year: 2024, month: 12, day: 31)!)
        #expect(steps.first { !$0.done }?.kind == .agreements)
    }
}
