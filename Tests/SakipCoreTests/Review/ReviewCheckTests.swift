import Foundation
import Testing
@testable import SakipCore

/// Checks the seeds do not exercise, each on a small clean office-year with one thing changed.
@Suite struct ReviewCheckTests {
    private let percent = Indicator(id: "I1", statement: "Persentase dokumen tepat waktu", kind: .percentage)

    /// A clean year: one indicator measured from quarterly realisations, one budget line, dated right.
    private func cleanYear() -> OfficeYear {
        let pk = PerformanceAgreement(level: .ketua, signedOn: CalendarDate(year: 2024, month: 1, day: 8),
                                      rows: [TargetRow(objectiveId: "S1", indicatorId: "I1", target: .percentage(90))])
        let line = BudgetLine(code: BudgetCode(section: "076", unit: "01", program: "WA", kegiatan: "3360"), name: "Layanan Perkantoran",
                              pagu: 1_000_000, realisasi: 900_000)
        return OfficeYear(
            year: 2024, office: Office(code: "1", name: "KPU Kota Uji", level: .kabupatenKota),
            objectives: [Objective(id: "S1", statement: "Sasaran")], indicators: [percent],
            agreements: [pk], actionPlan: [ActionPlanRow(indicatorId: "I1", quarters: [.percentage(20), .percentage(50), .percentage(70), .percentage(90)])],
            realisations: Quarter.allCases.map { QuarterlyRealisation(indicatorId: "I1", quarter: $0, value: .percentage(Decimal($0.rawValue) * 22)) },
            budget: Budget(tree: BudgetTree(lines: [line]),
                           revisions: [DIPARevision(number: 0, date: CalendarDate(year: 2023, month: 11, day: 24)!, total: 1_000_000)]),
            report: ReportInfo(date: CalendarDate(year: 2025, month: 1, day: 15)))
    }

    @Test func cleanYear_hasNoFinding() {
        #expect(cleanYear().review().findings.isEmpty, "\(cleanYear().review().findings.map(\.message))")
    }

    @Test func missingQuarter_isFoundUpToTheReportDate() {
        var year = cleanYear()
        year.realisations.removeAll { $0.quarter == .second }
        let findings = year.review().findings(code: "COV-QUARTER-MISSING")
        #expect(findings.count == 1)
        #expect(findings.first?.found == "kosong: Triwulan II")
    }

    @Test func pkSignedInMarch_andRevisionBeforeIt() {
        var year = cleanYear()
        year.agreements[0].signedOn = CalendarDate(year: 2024, month: 3, day: 1)
        var revision = year.agreements[0]
        revision.revision = 1
        revision.signedOn = CalendarDate(year: 2024, month: 2, day: 1)
        year.agreements.append(revision)
        #expect(year.review().findings(code: "CHRON-PK-DATE").compactMap(\.place.path) == ["$.agreements[0].signedOn", "$.agreements[1].signedOn"])
    }

    @Test func rakFourthQuarter_differsFromPK() {
        var year = cleanYear()
        year.actionPlan[0].quarters[3] = .percentage(85)
        let finding = year.review().findings(code: "COV-TARGET-RAK").first
        #expect(finding?.place.path == "$.actionPlan[0].quarters[3]")
        #expect(finding?.expected == "90\u{00A0}%")
    }

    @Test func realisationAbove100Percent_isImplausible() {
        var year = cleanYear()
        year.realisations[3].value = .percentage(880)
        year.measurement.rows = [MeasurementTable.Row(objectiveId: "S1", indicatorId: "I1")]
        #expect(year.review().findings(code: "LOGIC-IMPLAUSIBLE").map(\.place.path) == ["$.measurement.rows[0].realisation"])
    }

    @Test func measuredRowWithoutRealisation_isFound() {
        var year = cleanYear()
        year.realisations = []
        year.measurement.rows = [MeasurementTable.Row(objectiveId: "S1", indicatorId: "I1")]
        #expect(year.review().findings(code: "COV-NO-REALISATION").count == 1)
    }

    @Test func latestRevisionTotal_differsFromFinalPagu() {
        var year = cleanYear()
        year.budget.revisions.append(DIPARevision(number: 1, date: CalendarDate(year: 2024, month: 5, day: 2)!, total: 1_200_000))
        #expect(year.review().findings(code: "CROSS-REVISION-TOTAL").first?.expected == "Rp\u{00A0}1.000.000")
    }

    @Test func grantShare_andTranchesAboveTotal() {
        var year = cleanYear()
        year.budget.grants = [RegionalGrant(name: "NPHD", total: 1_000, tranches: [
            .init(year: 2023, statedPercent: 40, amount: 500), .init(year: 2024, statedPercent: 60, amount: 600),
        ])]
        let paths = year.review().findings(code: "ARITH-GRANT").compactMap(\.place.path)
        #expect(paths == ["$.budget.grants[0].tranches", "$.budget.grants[0].tranches[0].percent"])
    }

    @Test func printedCategory_differsFromTheBand() {
        var year = cleanYear()
        year.measurement.rows = [MeasurementTable.Row(objectiveId: "S1", indicatorId: "I1", printedCapaian: "97,78 %", printedCategory: "Sangat Berhasil")]
        let finding = year.review().findings(code: "LOGIC-CATEGORY").first
        #expect(finding?.expected == "Berhasil")
        #expect(year.review().findings(code: "ARITH-CAPAIAN").isEmpty)
    }

    @Test func tableTarget_andRKTTarget_differFromPK() {
        var year = cleanYear()
        year.measurement.rows = [MeasurementTable.Row(objectiveId: "S1", indicatorId: "I1", target: .percentage(80))]
        year.annualPlan = AnnualPlan(rows: [TargetRow(objectiveId: "S1", indicatorId: "I1", target: .percentage(85))])
        let report = year.review()
        #expect(report.findings(code: "COV-TARGET-TABLE").map(\.place.path) == ["$.measurement.rows[0].target"])
        // A mismatch is reported on both sides: the RKT row and the PK row.
        #expect(report.findings(code: "COV-TARGET-RKT").map(\.place.path) == ["$.rkt.rows[0].target", "$.agreements[0].rows[0].target"])
    }

    @Test func renstraYear_withoutRenstra_usesKPUPeriods() {
        var year = cleanYear()
        year.year = 2026
        year.report.renstraYearNumber = 1
        year.report.date = CalendarDate(year: 2027, month: 1, day: 10)
        year.agreements[0].signedOn = CalendarDate(year: 2026, month: 1, day: 5)
        #expect(year.review().findings(code: "CHRON-RENSTRA-YEAR").first?.expected == "tahun ke 2")
    }
}
