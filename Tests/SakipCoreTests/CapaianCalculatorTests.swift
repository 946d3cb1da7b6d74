import Foundation
import Testing
@testable import SakipCore

@Suite struct CapaianCalculatorTests {
    let percentage = Indicator(id: "p", statement: "persen", kind: .percentage)
    let notInDPT = Indicator(id: "dpt", statement: "Persentase pemilih tidak masuk DPT", kind: .percentage, polarity: .lowerIsBetter)
    let revisions = Indicator(id: "rev", statement: "Jumlah revisi", kind: .count, unit: "kali", polarity: .lowerIsBetter)
    let akip = Indicator(id: "akip", statement: "Nilai AKIP", kind: .grade, scale: .sakip)
    let bpk = Indicator(id: "bpk", statement: "Opini BPK", kind: .grade, scale: .opiniBPK)
    let reports = Indicator(id: "lap", statement: "Jumlah laporan", kind: .count, unit: "Laporan")

    func capaian(_ indicator: Indicator, _ target: String, _ actual: String?, formula: LowerIsBetterFormula = .mirror) throws -> Achievement {
        CapaianCalculator.capaian(indicator: indicator, target: try MeasureValue.parse(target),
                                  realisation: try actual.map(MeasureValue.parse), formula: formula)
    }

    @Test func higherIsBetter_asahanParticipation() throws {
        let result = try capaian(percentage, "75 %", "74,63 %")
        #expect(result.percent == d("74.63") / 75 * 100)
        #expect(result.display == "99,51\u{00A0}%")
    }

    @Test func lowerIsBetter_mirror_asahanNotInDPT_isZeroNotEleven100() throws {
        #expect(try capaian(notInDPT, "0,1 %", "1,1 %") == .measured(0))
    }

    @Test func lowerIsBetter_mirror_pagarAlamRevisions() throws {
        #expect(try capaian(revisions, "10 kali", "15 kali") == .measured(50))
        #expect(try capaian(revisions, "10 kali", "8 kali") == .measured(120))
    }

    @Test func lowerIsBetter_ratio_isTargetOverRealisation() throws {
        #expect(try capaian(revisions, "10 kali", "15 kali", formula: .ratio).display == "66,67\u{00A0}%")
        var own = revisions
        own.lowerIsBetterFormula = .ratio
        #expect(try capaian(own, "10 kali", "15 kali", formula: .mirror).display == "66,67\u{00A0}%")
        #expect(try capaian(revisions, "10 kali", "0 kali", formula: .ratio).percent == nil)
    }

    @Test func equalToTarget_losesTheRelativeGapEitherWay() throws {
        let balanced = Indicator(id: "eq", statement: "x", kind: .percentage, polarity: .equalToTarget)
        #expect(try capaian(balanced, "80 %", "88 %") == .measured(90))
        #expect(try capaian(balanced, "80 %", "72 %") == .measured(90))
        #expect(try capaian(balanced, "80 %", "200 %") == .measured(0))
    }

    @Test func grades_byRank() throws {
        #expect(try capaian(akip, "B", "B") == .measured(100))
        #expect(try capaian(akip, "B", "BB") == .measured(100))
        #expect(try capaian(akip, "B", "CC") == .measured(75))
        #expect(try capaian(bpk, "WTP", "WDP") == .measured(75))
        #expect(try capaian(bpk, "WTP", "TMP") == .measured(25))
    }

    @Test func gradeTargetWithPercentRealisation_isRejectedWithTheReason() throws {
        let result = try capaian(akip, "B", "100 %")
        guard case .rejected(let reason) = result else {
            Issue.record("expected rejection, got \(result)")
            return
        }
        #expect(reason.contains("100\u{00A0}%"))
        #expect(reason.contains("SAKIP"))
    }

    @Test func gradeOnTheWrongScale_isRejected() throws {
        guard case .rejected = try capaian(akip, "B", "WTP") else {
            Issue.record("WTP is not on the SAKIP scale")
            return
        }
    }

    @Test func countUnits_mayBeAbbreviatedButNotChanged() throws {
        #expect(try capaian(reports, "2 Laporan", "2 Lap") == .measured(100))
        guard case .rejected = try capaian(reports, "2 Laporan", "2 Dokumen") else {
            Issue.record("a count in another unit must be rejected")
            return
        }
    }

    @Test func targetZeroOrNotApplicable_isNotMeasuredAndNeverDivides() throws {
        guard case .notApplicable = try capaian(percentage, "0 %", "70 %") else {
            Issue.record("target 0 must not be measured")
            return
        }
        guard case .notApplicable = try capaian(percentage, "-", "70 %") else {
            Issue.record("target N/A must not be measured")
            return
        }
        guard case .missing = try capaian(percentage, "70 %", nil) else {
            Issue.record("a missing realisation is missing")
            return
        }
    }

    @Test func mirror_isFlooredAtZero() throws {
        #expect(try capaian(notInDPT, "2 %", "5 %") == .measured(0))
    }
}

@Suite struct CategoryScaleTests {
    let scale = CategoryScale.kpuDefault

    @Test(arguments: [
        ("100.01", "Sangat Berhasil"), ("100", "Berhasil"), ("90.5", "Berhasil"), ("90", "Cukup Berhasil"),
        ("70.5", "Cukup Berhasil"), ("70", "Kurang Berhasil"), ("50.01", "Kurang Berhasil"), ("50", "Tidak Berhasil"), ("0", "Tidak Berhasil"),
    ])
    func kpuDefault_halfOpenBands(capaian: String, label: String) {
        #expect(scale.band(for: d(capaian))?.label == label)
    }

    @Test func customScale_isCheckedForGapsAndOverlaps() {
        #expect(throws: ValueParseError.self) {
            try CategoryScale(bands: [
                CategoryBand(label: "Baik", above: 90, atMost: nil),
                CategoryBand(label: "Kurang", above: nil, atMost: 89),
            ])
        }
        #expect(throws: ValueParseError.self) {
            try CategoryScale(bands: [CategoryBand(label: "Baik", above: 50, atMost: nil)])
        }
        let binjai = try? CategoryScale(bands: [
            CategoryBand(label: "Sangat Baik", above: 100, atMost: nil),
            CategoryBand(label: "Baik", above: 89, atMost: 100),
            CategoryBand(label: "Kurang", above: nil, atMost: 89),
        ])
        #expect(binjai?.band(for: 90)?.label == "Baik")
    }
}

@Suite struct MeasurementAggregatorTests {
    let objective = Objective(id: "S1", statement: "Sasaran")
    let other = Objective(id: "S2", statement: "Sasaran dua")

    func input(_ objective: Objective, _ target: String, _ actual: String) -> MeasurementAggregator.Input {
        MeasurementAggregator.Input(objective: objective, indicator: Indicator(id: UUID().uuidString, statement: "i", kind: .percentage),
                                    target: try? MeasureValue.parse(target), realisation: try? MeasureValue.parse(actual))
    }

    @Test func objectiveMean_thenOfficeMeanOverObjectives() {
        let result = MeasurementAggregator.measure([
            input(objective, "100 %", "120 %"), input(objective, "100 %", "80 %"), input(other, "50 %", "45 %"),
        ])
        #expect(result.objectives.map(\.mean) == [100, 90])
        #expect(result.officeMean == 95)
        #expect(result.indicatorMean == d("290") / 3)
        #expect(result.cappedAt100 == false)
    }

    @Test func capAbove100_isAppliedToMeansAndRecorded() {
        let settings = MeasurementSettings(capAbove100ForAverage: true)
        let result = MeasurementAggregator.measure([input(objective, "100 %", "120 %"), input(objective, "100 %", "80 %")], settings: settings)
        #expect(result.objectives[0].mean == 90)
        #expect(result.rows[0].achievement == .measured(120))
        #expect(result.cappedAt100)
        #expect(result.averagingNote.contains("dihitung 100 %"))
    }

    @Test func unmeasuredRows_doNotCountInTheMean() {
        let result = MeasurementAggregator.measure([input(objective, "100 %", "90 %"), input(objective, "0 %", "50 %")])
        #expect(result.objectives[0].mean == 90)
        #expect(result.categoryCounts.first { $0.label == "Cukup Berhasil" }?.count == 1)
        #expect(result.categoryCounts.reduce(0) { $0 + $1.count } == 1)
    }
}
