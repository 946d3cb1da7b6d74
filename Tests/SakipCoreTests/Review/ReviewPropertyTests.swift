import Foundation
import PropertyBased
import Testing
@testable import SakipCore

/// Builds an office-year whose every stated figure is right, from plain numbers a generator draws.
private struct ConsistentYear {
    static let kegiatan = ["6639", "6709", "6867", "6870", "6871", "6872", "6981", "6982"]

    /// Leaves as (pagu, realisasi) in rupiah; indicators as (target %, realisation in hundredths of %, lower is better).
    var leaves: [(pagu: Int, realisasi: Int)]
    var indicators: [(target: Int, hundredths: Int, lower: Bool)]

    init(pagu: [Int], absorption: [Int], targets: [Int], realisations: [Int], lower: [Bool]) {
        leaves = zip(pagu, absorption).map { pagu, perMille in (pagu, pagu * perMille / 1000) }
        indicators = zip(zip(targets, realisations), lower).map { ($0.0, $0.1, $1) }
    }

    var figures: [BudgetFigures] { leaves.map { BudgetFigures(pagu: Decimal($0.pagu), realisasi: Decimal($0.realisasi)) } }

    func officeYear() -> OfficeYear {
        let program = BudgetCode(section: "076", unit: "01", program: "CQ")
        let leafLines = zip(leaves.indices, figures).map { index, figures in
            var code = program
            code.kegiatan = Self.kegiatan[index % Self.kegiatan.count]
            return BudgetLine(code: code, name: "Kegiatan \(code.kegiatan!)", pagu: figures.pagu, realisasi: figures.realisasi,
                              printed: .init(sisa: figures.sisa, persen: figures.persen.map { IndonesianFormat.percent($0) }))
        }
        let total = figures.reduce(BudgetFigures.zero, +)
        let parent = BudgetLine(code: program, name: "Program Penyelenggaraan Pemilu", children: leafLines,
                                printed: .init(pagu: total.pagu, realisasi: total.realisasi, sisa: total.sisa,
                                               persen: total.persen.map { IndonesianFormat.percent($0) }))
        let claims = leafLines.map { line in
            Claim(location: "BAB III.B Rincian Output \(line.code.kegiatan!)", budgetCode: line.code,
                  label: "\(line.code.kegiatan!) \(line.name)", pagu: line.figures.pagu, realisasi: line.figures.realisasi,
                  persen: line.figures.persen.map { IndonesianFormat.percent($0) })
        }

        var catalogue: [Indicator] = []
        var objectives: [Objective] = []
        var pkRows: [TargetRow] = []
        var rows: [MeasurementTable.Row] = []
        for (index, item) in indicators.enumerated() {
            let indicator = Indicator(id: "I\(index + 1)", statement: "Persentase layanan \(index + 1)", kind: .percentage,
                                      polarity: item.lower ? .lowerIsBetter : .higherIsBetter)
            let objectiveId = "S\(index / 2 + 1)"
            if objectives.last?.id != objectiveId { objectives.append(Objective(id: objectiveId, statement: "Sasaran \(objectiveId)")) }
            let target = MeasureValue.percentage(Decimal(item.target))
            let realisation = MeasureValue.percentage(Decimal(item.hundredths) / 100)
            let exact = CapaianCalculator.capaian(indicator: indicator, target: target, realisation: realisation).percent!
            catalogue.append(indicator)
            pkRows.append(TargetRow(objectiveId: objectiveId, indicatorId: indicator.id, target: target))
            rows.append(MeasurementTable.Row(objectiveId: objectiveId, indicatorId: indicator.id, target: target,
                                             realisation: realisation, printedCapaian: IndonesianFormat.percent(exact)))
        }
        var year = OfficeYear(
            year: 2024, office: Office(code: "000001", name: "KPU Kota Contoh", level: .kabupatenKota),
            objectives: objectives, indicators: catalogue, renstra: Renstra(startYear: 2020, endYear: 2024),
            agreements: [PerformanceAgreement(level: .ketua, signedOn: CalendarDate(year: 2024, month: 1, day: 10), rows: pkRows)],
            measurement: MeasurementTable(rows: rows),
            budget: Budget(tree: BudgetTree(lines: [parent]),
                           printedTotal: .init(pagu: total.pagu, realisasi: total.realisasi, sisa: total.sisa,
                                               persen: total.persen.map { IndonesianFormat.percent($0) })),
            report: ReportInfo(date: CalendarDate(year: 2025, month: 1, day: 15), renstraYearNumber: 5, claims: claims))
        if let mean = year.measure().officeMean { year.measurement.printedOfficeCapaian = IndonesianFormat.percent(mean) }
        return year
    }
}

/// One number changed: where, and the changed year.
private enum Corruption: Int, CaseIterable {
    case leafSisa, parentPagu, totalRealisasi, rowCapaian, claimRealisasi, leafPersen

    func apply(to year: inout OfficeYear, index: Int, delta: Int) -> String {
        let leafCount = year.budget.tree.lines[0].children.count
        let leaf = index % leafCount
        let amount = Decimal(delta)
        switch self {
        case .leafSisa:
            year.budget.tree.lines[0].children[leaf].printed.sisa! += amount
            return "$.budget.lines[0].children[\(leaf)].printed.sisa"
        case .parentPagu:
            year.budget.tree.lines[0].printed.pagu! += amount
            return "$.budget.lines[0].pagu"
        case .totalRealisasi:
            year.budget.printedTotal.realisasi! += amount
            return "$.budget.printedTotal.realisasi"
        case .rowCapaian:
            let row = index % year.measurement.rows.count
            let exact = PrintedFigure.percent(year.measurement.rows[row].printedCapaian!)!
            year.measurement.rows[row].printedCapaian = IndonesianFormat.percent(exact + amount / 100)
            return "$.measurement.rows[\(row)].printed.capaian"
        case .claimRealisasi:
            year.report.claims[leaf].realisasi! += amount
            return "$.report.claims[\(leaf)].realisasi"
        case .leafPersen:
            let figures = year.budget.tree.lines[0].children[leaf].figures
            year.budget.tree.lines[0].children[leaf].printed.persen = IndonesianFormat.percent(figures.persen! + amount / 100)
            return "$.budget.lines[0].children[\(leaf)].printed.persen"
        }
    }
}

private let pagu = Gen.int(in: 1_000...50_000_000_000).array(of: 1...8)
private let absorption = Gen.int(in: 0...1000).array(of: 8)
private let targets = Gen.int(in: 50...100).array(of: 1...6)
private let realisations = Gen.int(in: 4_000...10_000).array(of: 6)
private let polarities = Gen.bool(0.3).array(of: 6)

@Suite struct ReviewPropertyTests {
    @Test func consistentData_hasNoErrorLevelFinding() async {
        await propertyCheck(count: 200, input: pagu, absorption, targets, realisations, polarities) { pagu, absorption, targets, realisations, lower in
            let year = ConsistentYear(pagu: pagu, absorption: absorption, targets: targets, realisations: realisations, lower: lower)
            let report = year.officeYear().review()
            #expect(report.findings(.error).isEmpty, "\(report.findings(.error).map { "\($0.code) \($0.place.path ?? "") \($0.message)" })")
            #expect(report.findings(.warning).isEmpty, "\(report.findings(.warning).map { "\($0.code) \($0.message)" })")
        }
    }

    @Test func oneCorruptedNumber_isFoundAtItsPlace() async {
        let corruption = Gen.int(in: 0...(Corruption.allCases.count - 1)).map { Corruption(rawValue: $0)! }
        await propertyCheck(count: 300, input: pagu, absorption, targets, realisations, polarities,
                            zip(corruption, Gen.int(in: 0...99), Gen.int(in: 1...5_000_000))) { pagu, absorption, targets, realisations, lower, change in
            let (kind, index, delta) = change
            var year = ConsistentYear(pagu: pagu, absorption: absorption, targets: targets, realisations: realisations, lower: lower)
                .officeYear()
            let path = kind.apply(to: &year, index: index, delta: delta)
            let report = year.review()
            let here = report.findings.filter { $0.place.path == path }
            #expect(!here.isEmpty, "\(kind) +\(delta) at \(path) not found; findings: \(report.findings.map { "\($0.code) \($0.place.path ?? "")" })")
        }
    }
}
