import Foundation
import Testing
@testable import SakipCore

@Suite struct ReportFiguresTests {
    @Test func staffComposition_countsStaffNotCommissioners() {
        let people = [
            Person(id: "1", name: "Ketua", role: .ketua, employment: .komisioner),
            Person(id: "2", name: "Anggota", role: .anggota, employment: .komisioner),
            Person(id: "3", name: "Sekretaris", role: .sekretaris, employment: .pns, grade: "IV/a", education: .s2),
            Person(id: "4", name: "Kasubbag", role: .kasubbag, employment: .pns, grade: "III/d", education: .s1),
            Person(id: "5", name: "Staf", role: .staf, employment: .pns, grade: "iii/D", education: .s1),
            Person(id: "6", name: "PPNPN", role: .staf, employment: .ppnpn, education: .slta),
            Person(id: "7", name: "Tanpa data", role: .staf),
        ]
        let composition = StaffComposition(people: people)
        #expect(composition.total == 5)
        #expect(composition.byEducation.map(\.label) == ["S2", "S1", "SLTA", StaffComposition.unrecorded])
        #expect(composition.byEducation.map(\.count) == [1, 2, 1, 1])
        #expect(composition.byGrade.map(\.label) == ["IV/a", "III/d", "PPNPN", StaffComposition.unrecorded])
        #expect(composition.byGrade.map(\.count) == [1, 2, 1, 1])
    }

    @Test func measurementSummary_asahanCorrected_countsAndSentence() throws {
        let result = try Fixtures.load("asahan-2024-corrected").officeYear.measure()
        let summary = MeasurementSummary(result)
        #expect(summary.indicatorCount == result.rows.count)
        #expect(summary.measuredCount + summary.unmeasuredCount == summary.indicatorCount)
        #expect(summary.successLabel == "Berhasil")
        let expectedSuccess = result.rows.filter { ($0.achievement.percent ?? 0) > 90 }.count
        #expect(summary.successCount == expectedSuccess)
        #expect(summary.successSentence.hasPrefix("\(expectedSuccess) dari \(summary.measuredCount) indikator"))
        #expect(summary.byCategory.reduce(0) { $0 + $1.count } == summary.measuredCount)
    }

    @Test func measurementSummary_categoryPhrase_joinsWithDan() {
        let indicator = Indicator(id: "I", statement: "x", kind: .percentage)
        let objective = Objective(id: "S", statement: "s")
        let inputs = [("100 %", "100 %"), ("100 %", "120 %"), ("100 %", "80 %")].map { target, actual in
            MeasurementAggregator.Input(objective: objective, indicator: indicator,
                                        target: try! MeasureValue.parse(target), realisation: try! MeasureValue.parse(actual))
        }
        let summary = MeasurementSummary(MeasurementAggregator.measure(inputs))
        #expect(summary.categoryPhrase == "1 indikator Sangat Berhasil, 1 indikator Berhasil dan 1 indikator Cukup Berhasil")
        #expect(summary.successCount == 2)
    }
}
