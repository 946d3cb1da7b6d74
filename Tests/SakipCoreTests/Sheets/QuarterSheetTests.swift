import Foundation
import Testing
@testable import SakipCore

/// A quarter's realisations of every PK indicator as one pasted table.
struct QuarterSheetTests {
    static func asahan() throws -> OfficeYear { try Fixtures.load("asahan-2024-corrected").officeYear }

    @Test func table_listsEveryIndicatorOfThePK_withTheQuartersValues() throws {
        var file = try Self.asahan()
        file.realisations = [QuarterlyRealisation(indicatorId: "I7", quarter: .second, value: .percentage(70), explanation: "Pilkada",
                                                  evidence: ["https://a.example/1", "https://a.example/2"])]
        let sheet = Sheet.sheet(.realisations(.second), for: file)
        #expect(sheet.title == "Realisasi Triwulan II")
        #expect(sheet.headers == ["ID Indikator", "Indikator", "Realisasi", "Penjelasan", "Bukti dukung"])
        let rows = SheetEditor.rows(sheet, of: file)
        #expect(rows.map { $0[0] } == ["I1", "I2", "I3", "I4", "I5", "I6", "I7", "I8", "I9", "I10", "I11", "I12", "I13"])
        let i7 = try #require(rows.first { $0[0] == "I7" })
        #expect(i7 == ["I7", try #require(file.indicator("I7")).statement, "70 %", "Pilkada", "https://a.example/1, https://a.example/2"])
        #expect(SheetEditor.rows(Sheet.sheet(.realisations(.first), for: file), of: file).allSatisfy { $0[2].isEmpty })
    }

    @Test func pastedQuarter_replacesThatQuarterOnly_andFindsARowByItsStatement() throws {
        var file = try Self.asahan()
        file.realisations = [QuarterlyRealisation(indicatorId: "I1", quarter: .first, value: .percentage(20)),
                             QuarterlyRealisation(indicatorId: "I1", quarter: .second, value: .percentage(30)),
                             QuarterlyRealisation(indicatorId: "I2", quarter: .third, value: .percentage(60))]
        let statement = try #require(file.indicator("I7")).statement
        let text = """
        ID Indikator\tIndikator\tRealisasi\tPenjelasan\tBukti dukung
        I1\t\t50 %\tSetengah tahun\thttps://bukti.example/i1
        \t\(statement)\t70,5 %\t\t
        I2\t\t\t\t
        """
        let result = try SheetEditor.apply(Sheet.sheet(.realisations(.second), for: file), text: text, to: file)
        let second = result.officeYear.realisations.filter { $0.quarter == .second }
        #expect(second == [QuarterlyRealisation(indicatorId: "I1", quarter: .second, value: .percentage(50), explanation: "Setengah tahun",
                                                evidence: ["https://bukti.example/i1"]),
                           QuarterlyRealisation(indicatorId: "I7", quarter: .second, value: .percentage(Decimal(string: "70.5")!))])
        #expect(result.officeYear.realisations.filter { $0.quarter != .second } == file.realisations.filter { $0.quarter != .second })
        #expect(result.warnings.isEmpty)
    }

    @Test func pastedQuarter_withSeveralBadCells_reportsEveryOne_keepingWhatWasTyped() throws {
        let file = try Self.asahan()
        let text = """
        I4\t\t80 %\t\t
        ZZ9\t\t50 %\t\t
        I7\t\tsekitar 75\t\t
        I1\t\t50 %\t\t
        I1\t\t60 %\t\t
        I10\t\t\tbelum ada data\t
        \tIndikator yang tidak ada\t5 %\t\t
        I14\t\t100 %\t\t
        """
        let problems = try rejection { try SheetEditor.apply(Sheet.sheet(.realisations(.third), for: file), text: text, to: file) }
        let found = problems.map { "\($0.line ?? 0)|\($0.column ?? "")|\($0.value ?? "")" }
        #expect(found == ["1|Realisasi|80 %", "2|ID Indikator|ZZ9", "3|Realisasi|sekitar 75", "5|ID Indikator|I1", "6|Realisasi|",
                          "7|Indikator|Indikator yang tidak ada", "8|ID Indikator|I14"], "\(problems)")
        #expect(problems[0].reason.contains("AA, A, BB, B, CC, C, D"))
        #expect(problems[6].reason.hasPrefix("indikator ini tidak ada pada PK yang berlaku"))
        #expect(problems.allSatisfy { !$0.description.contains("$.") })
    }

    @Test func quarterUnchanged_pastedBack_leavesTheFileEqual() throws {
        var file = try Self.asahan()
        file.realisations = [QuarterlyRealisation(indicatorId: "I3", quarter: .first, value: .number(66)),
                             QuarterlyRealisation(indicatorId: "I7", quarter: .fourth, value: .percentage(Decimal(string: "74.63")!),
                                                  explanation: "Pemilu dan Pilkada", evidence: ["https://x.example/dpt.pdf"]),
                             QuarterlyRealisation(indicatorId: "I4", quarter: .fourth, value: .grade("B"))]
        for quarter in Quarter.allCases {
            let sheet = Sheet.sheet(.realisations(quarter), for: file)
            var result = try SheetEditor.apply(sheet, text: SheetEditor.text(sheet, of: file), to: file).officeYear
            // Within a quarter the rows come in the table's order (the PK's).
            #expect(Set(result.realisations) == Set(file.realisations), "\(quarter.name)")
            result.realisations = file.realisations
            #expect(result == file, "\(quarter.name)")
        }
    }
}

/// The capaian of each quarter, against the RAK's target for the quarter or else the year's.
struct QuarterCapaianTests {
    @Test func quarters_measureAgainstTheRAK_orElseTheYearsTarget() throws {
        var file = try Fixtures.load("asahan-2024-corrected").officeYear
        file.actionPlan = [ActionPlanRow(indicatorId: "I7", quarters: [nil, .percentage(50), nil, .percentage(75)])]
        file.realisations = [QuarterlyRealisation(indicatorId: "I7", quarter: .first, value: .percentage(40)),
                             QuarterlyRealisation(indicatorId: "I7", quarter: .second, value: .percentage(45)),
                             QuarterlyRealisation(indicatorId: "I7", quarter: .fourth, value: .percentage(Decimal(string: "74.63")!))]
        let quarters = file.quarterCapaian(indicatorId: "I7")
        #expect(quarters.map(\.quarter) == Quarter.allCases)
        #expect(quarters.map(\.targetSource) == [.annual, .actionPlan, .annual, .actionPlan])
        // Q1 40 / 75 (the PK's year target); Q2 45 / 50 (the RAK's); Q3 nothing entered; Q4 74,63 / 75.
        #expect(quarters.map(\.achievement.display) == ["53,33\u{00A0}%", "90,00\u{00A0}%", "belum ada", "99,51\u{00A0}%"])
        #expect(quarters.map(\.category) == ["Kurang Berhasil", "Cukup Berhasil", nil, "Berhasil"])
        #expect(quarters[0].target == .percentage(75) && quarters[1].target == .percentage(50))
    }

    @Test func lowerIsBetter_andGrade_followTheYearsRules() throws {
        var file = try Fixtures.load("asahan-2024-corrected").officeYear
        file.realisations = [QuarterlyRealisation(indicatorId: "I10", quarter: .fourth, value: .percentage(Decimal(string: "1.1")!)),
                             QuarterlyRealisation(indicatorId: "I4", quarter: .fourth, value: .grade("BB")),
                             QuarterlyRealisation(indicatorId: "I4", quarter: .first, value: .percentage(80))]
        // Target 0,1 %, realisation 1,1 %: (2 × 0,1 − 1,1) / 0,1 floored at 0, never 1.100 %.
        #expect(file.quarterCapaian(indicatorId: "I10")[3].achievement == .measured(0))
        #expect(file.quarterCapaian(indicatorId: "I4")[3].achievement == .measured(100))
        if case .rejected = file.quarterCapaian(indicatorId: "I4")[0].achievement {} else { Issue.record("80 % for a grade must be refused") }
        #expect(file.quarterCapaian(indicatorId: "ZZ9").isEmpty)
    }

    @Test func sumOfQuarters_againstTheYearsTarget_countsTheQuartersSoFar() throws {
        var file = try Fixtures.load("asahan-2024-corrected").officeYear
        file.indicators.append(Indicator(id: "X1", statement: "Jumlah laporan", kind: .count, unit: "Laporan", yearValue: .sumOfQuarters))
        file.measurement.rows.append(MeasurementTable.Row(indicatorId: "X1", target: .count(4, unit: "Laporan")))
        file.realisations = [QuarterlyRealisation(indicatorId: "X1", quarter: .first, value: .count(1, unit: "Laporan")),
                             QuarterlyRealisation(indicatorId: "X1", quarter: .second, value: .count(1, unit: "Laporan"))]
        let quarters = file.quarterCapaian(indicatorId: "X1")
        #expect(quarters[1].realisation == .count(2, unit: "Laporan"))
        #expect(quarters.map(\.achievement.percent) == [25, 50, nil, nil])
    }
}
