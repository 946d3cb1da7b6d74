import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

/// Store behaviour, written once and run on each backend by `SQLiteStoreTests` and `PostgresStoreTests`.
enum StoreScenarios {
    static func roundTrip_everySeed_loadsExactlyWhatWasImported(_ backend: TestBackend) async throws {
        for name in Seeds.names {
            try await withStore(backend) { store in
                let file = try Seeds.load(name)

                let stored = try await store.replace(file)
                let loaded = try await store.load(officeCode: file.office.code, year: file.year)

                #expect(stored.version == 1)
                #expect(loaded == file, "\(name): loaded office-year differs from the imported one")
                #expect(loaded?.measure() == file.measure(), "\(name)")
            }
        }
    }

    static func roundTrip_everyOptionalPart_survives(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try fullCoverage()

            try await store.replace(file)
            let loaded = try #require(try await store.load(officeCode: file.office.code, year: file.year))

            #expect(loaded.settings == file.settings)
            #expect(loaded.renstra == file.renstra)
            #expect(loaded.annualPlan == nil)
            #expect(loaded.actionPlan == file.actionPlan)
            #expect(loaded.realisations == file.realisations)
            #expect(loaded.indicators == file.indicators)
            #expect(loaded.people == file.people)
            #expect(loaded.budget == file.budget)
            #expect(loaded.report == file.report)
            #expect(loaded == file)
        }
    }

    /// Pagar Alam (areas, grants, DIPA revisions, claims) with every part the seeds leave empty filled in.
    static func fullCoverage() throws -> OfficeYear {
        var file = try Seeds.load("pagaralam-2024-corrected")
        file.year = 2025
        file.annualPlan = nil
        file.settings = MeasurementSettings(
            lowerIsBetterFormula: .ratio, capAbove100ForAverage: true,
            categories: try CategoryScale(bands: [
                CategoryBand(label: "Baik", above: Decimal(string: "80.5")!, atMost: nil, description: "di atas 80,5"),
                CategoryBand(label: "Kurang", above: nil, atMost: Decimal(string: "80.5")!),
            ]))
        let first = file.indicators[0].id
        file.indicators.append(Indicator(id: "IX", statement: "Nilai SAKIP", kind: .grade, scale: .sakip, polarity: .higherIsBetter,
                                         lowerIsBetterFormula: .mirror, iku: true, yearValue: .sumOfQuarters, definition: "definisi",
                                         dataSource: "LHE", responsibleUnit: "Subbagian Perencanaan"))
        file.people.append(Person(id: "PX", name: "Staf Baru", role: .staf, nip: "199001012020121001", employment: .pppk,
                                  rank: "Penata", grade: "III/c", position: "Analis", education: .s2, division: "Umum",
                                  regions: ["Dempo Utara", "Pagar Alam Selatan"]))
        file.renstra?.targets.append(Renstra.TargetSeries(objectiveId: nil, indicatorId: first, byYear: [:]))
        file.actionPlan = [
            ActionPlanRow(indicatorId: first, quarters: [.count(1, unit: "kali"), nil, .count(Decimal(string: "2.5")!, unit: "kali"), .notApplicable]),
            ActionPlanRow(indicatorId: "IX", quarters: [nil, nil, nil, .grade("BB")]),
        ]
        file.realisations = [
            QuarterlyRealisation(indicatorId: first, quarter: .second, value: .count(2, unit: "kali"), explanation: "dua kali revisi",
                                 evidence: ["https://example.org/bukti/1.pdf", "https://example.org/bukti/2.pdf"]),
            QuarterlyRealisation(indicatorId: "IX", quarter: .fourth, value: .grade("A")),
            QuarterlyRealisation(indicatorId: first, quarter: .first, value: .number(Decimal(string: "1234.5678")!)),
        ]
        var lines = file.budget.tree.lines
        lines.append(BudgetLine(code: try BudgetCode.parse("076.01.WA"), name: "Program tanpa rincian", children: [],
                                printed: .init(pagu: 1000, realisasi: Decimal(string: "999.5")!, sisa: -5, persen: "99,95")))
        file.budget.tree = BudgetTree(lines: lines)
        file.budget.history = [BudgetYear(year: 2023, pagu: Decimal(string: "1159468000")!, realisasi: Decimal(string: "1100000000.25")!,
                                          printedPersen: "94,87")]
        let leaf = try #require(file.budget.tree.flattened.first { $0.line.isLeaf }?.line)
        file.budget.monthly = [MonthlyRealisation(code: leaf.code, months: [nil, 100, Decimal(string: "2500.75")!, nil, nil, nil, nil, nil, nil, nil, nil, 0])]
        file.report.claims.append(Claim(location: "Bab III", budgetCode: try BudgetCode.parse("QGE.001"), count: 3, countOf: .revisions))
        return file
    }
}
