import SakipCore
import Testing

/// Where a return note can point, and what a document needs before it is submitted.
struct NotePlaceTests {
    @Test func lkjPlaces_areTheDocument_eachPKIndicator_eachBudgetLine_eachFindingCode_andTheChapters() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let findings = [
            ReviewFinding(code: "ARITH-CAPAIAN", severity: .error, category: .arithmetic, place: ReviewPlace(table: "Tabel pengukuran kinerja"), message: "Capaian I3 tercetak 98 %"),
            ReviewFinding(code: "ARITH-CAPAIAN", severity: .error, category: .arithmetic, place: ReviewPlace(table: "Tabel pengukuran kinerja"), message: "Capaian I4 tercetak 90 %"),
            ReviewFinding(code: "NOTE-ONLY", severity: .note, category: .arithmetic, place: ReviewPlace(table: "Tabel pengukuran kinerja"), message: "catatan"),
        ]
        let places = NotePlace.choices(in: file, document: .lkj, findings: findings)
        let pkIds = try #require(file.governingAgreement).rows.map(\.indicatorId)
        #expect(places.first == .general)
        #expect(places.filter { $0.kind == .indicator }.map(\.key) == pkIds)
        #expect(places.filter { $0.kind == .tableRow }.count == file.budget.tree.flattened.count)
        #expect(places.filter { $0.kind == .finding }.map(\.key) == ["ARITH-CAPAIAN"])
        #expect(places.filter { $0.kind == .chapter }.map(\.label).contains("Bab III Akuntabilitas Kinerja"))
        #expect(Set(places.map(\.token)).count == places.count)
        #expect(places.first { $0.kind == .indicator }?.token == "indikator:\(pkIds[0])")
    }

    @Test func pkPlaces_areItsIndicatorsAndPrograms_withoutChapters() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let places = NotePlace.choices(in: file, document: .pk, findings: [])
        let programs = try #require(file.governingAgreement).programs
        #expect(places.filter { $0.kind == .tableRow }.count == programs.count)
        #expect(places.allSatisfy { $0.kind != .chapter && $0.kind != .finding })
    }

    @Test func readiness_asksForASignedPK_andAFinalLKj() throws {
        var file = try Fixtures.load("asahan-2024-corrected").officeYear
        #expect(SubmissionReadiness.problems(file, document: .pk).isEmpty)
        #expect(SubmissionReadiness.problems(file, document: .lkj) == ["LKj 2024 belum final: Ketua memfinalkannya di halaman Dokumen sebelum LKj diajukan."])
        try file.finaliseReport(place: "Kisaran", date: CalendarDate(year: 2025, month: 1, day: 20)!, on: CalendarDate(year: 2025, month: 1, day: 20)!,
                                by: "ketua.asahan", version: 2)
        #expect(SubmissionReadiness.problems(file, document: .lkj).isEmpty)
        file.agreements = file.agreements.map { var agreement = $0; agreement.signedOn = nil; return agreement }
        #expect(SubmissionReadiness.problems(file, document: .pk).first?.contains("belum ditandatangani") == true)
        file.agreements = []
        #expect(SubmissionReadiness.problems(file, document: .pk).first?.contains("belum dibuat") == true)
    }

    @Test func anAcceptedDocumentChangedSince_isANewDraft_otherStatesStay() {
        #expect(SubmissionState.accepted.effective(changedAfterFrozenVersion: true) == .draft)
        #expect(SubmissionState.accepted.effective(changedAfterFrozenVersion: false) == .accepted)
        for state in [SubmissionState.draft, .submitted, .returned, .resubmitted] {
            #expect(state.effective(changedAfterFrozenVersion: true) == state)
        }
    }
}
