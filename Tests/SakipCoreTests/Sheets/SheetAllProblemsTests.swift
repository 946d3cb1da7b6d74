import Foundation
import Testing
@testable import SakipCore

/// A pasted table with several wrong cells is refused with every one of them at once, each at its line and
/// column with what was typed.
struct SheetAllProblemsTests {
    @Test func rktWithErrorsInSeveralRowsAndColumns_reportsEveryOne() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let rkt = Sheet.sheet(.rkt, for: file)
        let text = """
        ID Sasaran\tID Indikator\tTarget\tTarget kegiatan
        S1\tI1\t95 %\t
        S3\tI4\t80 %\t
        S3\tZZ9\t70\t
        S4\tI7\tsekitar 75\t
        S1\tI1\t96 %\t
        S99\tI8\t79 %\t
        \t\t75 %\t
        """
        let problems = try rejection { try SheetEditor.apply(rkt, text: text, to: file) }
        let found = problems.map { "\($0.line ?? 0)|\($0.column ?? "")|\($0.value ?? "")" }
        #expect(found == ["3|Target|80 %", "4|ID Indikator|ZZ9", "5|Target|sekitar 75", "6|ID Indikator|I1", "7|ID Sasaran|S99",
                          "8|ID Indikator|"], "\(problems)")
        // The grade indicator's "80 %" is refused where it is typed, naming the scale.
        #expect(problems[0].reason.contains("AA, A, BB, B, CC, C, D"))
        #expect(problems[3].reason.contains("sudah ada pada baris 2"))
        #expect(problems.allSatisfy { !$0.description.contains("$.") })
    }

    @Test func gradeTargetTypedAsPercent_isRefused_notSavedWithAWarning() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let targets = Sheet.sheet(.renstraTargets, for: file)
        let rows = SheetEditor.rows(targets, of: file)
        let index = try #require(rows.firstIndex { $0[1] == "I4" })
        var edited = rows
        edited[index][targets.columns.firstIndex { $0.header == "2024" }!] = "80 %"
        let problems = try rejection {
            try SheetEditor.apply(targets, rows: edited.enumerated().map { (line: $0.offset + 2, cells: $0.element) }, to: file)
        }
        #expect(problems.count == 1)
        #expect(problems.first?.line == index + 2)
        #expect(problems.first?.column == "2024")
        #expect(problems.first?.value == "80 %")
        #expect(problems.first?.description.hasPrefix("Baris \(index + 2), kolom 2024 (\"80 %\"): bukan nilai yang sah untuk indikator bertipe nilai") == true)
    }

    @Test func indicatorsWithABadChoiceAFlagAndARepeatedID_reportsAllThree() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.indicators, for: file)
        let text = SheetEditor.text(sheet, of: file)
            + "\nX1\tBaru satu\tpersen\t\t\tnaik\tya\nX2\tBaru dua\tjumlah\tLaporan\t\tnaik\tmungkin\nX1\tBaru tiga\tindeks\t\t\tturun\ttidak"
        let first = file.indicators.count + 2
        let problems = try rejection { try SheetEditor.apply(sheet, text: text, to: file) }
        #expect(problems.map(\.line) == [first, first + 1, first + 2])
        #expect(problems.map(\.column) == ["Jenis", "IKU", "ID"])
        #expect(problems[2].reason == "ID X1 sudah ada pada baris \(first); satu baris saja untuk masing-masing")
    }

    @Test func referencesElsewhereToARefusedRow_areNotReportedTwice() throws {
        // Indicator I1 is used by the RKT; refusing its row for a bad kind must not also report the RKT's reference.
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.indicators, for: file)
        var rows = SheetEditor.rows(sheet, of: file)
        rows[0][2] = "persen"
        let problems = try rejection {
            try SheetEditor.apply(sheet, rows: rows.enumerated().map { (line: $0.offset + 2, cells: $0.element) }, to: file)
        }
        #expect(problems.count == 1)
        #expect(problems.first?.line == 2 && problems.first?.column == "Jenis")
    }

    @Test func removingAnIndicatorStillUsed_isReportedAtItsPlaceInWords() throws {
        let file = try Fixtures.load("asahan-2024-corrected").officeYear
        let sheet = Sheet.sheet(.indicators, for: file)
        let rows = SheetEditor.rows(sheet, of: file).filter { $0[0] != "I4" }
        let problems = try rejection {
            try SheetEditor.apply(sheet, rows: rows.enumerated().map { (line: $0.offset + 2, cells: $0.element) }, to: file)
        }
        #expect(!problems.isEmpty)
        #expect(problems.allSatisfy { $0.line == nil && $0.value == "I4" && $0.place != nil && $0.path != nil })
        #expect(problems.contains { $0.description == "RKT indikator I4, kolom Indikator (\"I4\"): tidak ada indikator dengan ID ini pada daftar indikator" })
        #expect(problems.allSatisfy { !$0.description.contains("$.") })
    }

    /// Two wrong cells for every table: the first row's and the last row's, in different columns where the
    /// table has them; both are reported.
    @Test(arguments: Sheet.ID.allCases)
    func everyTable_reportsTwoWrongRowsAtOnce(id: Sheet.ID) throws {
        let (file, rows) = try Self.rows(for: id)
        let sheet = Sheet.sheet(id, for: file)
        try #require(rows.count >= 2, "\(id.rawValue): too few rows to test")
        let checkable = sheet.columns.indices.filter { Self.badCell(for: sheet.columns[$0]) != nil }
        var edited = rows
        var wrong: [(line: Int, column: String)] = []
        if checkable.isEmpty {
            // Nothing a column refuses (the kecamatan list): repeat the first two rows' identities instead.
            let identity = sheet.columns.indices.filter { sheet.identity.contains(sheet.columns[$0].key) }
            try #require(!identity.isEmpty, "\(id.rawValue): no column refuses a value")
            edited += [rows[0], rows[1]]
            wrong = [(edited.count, sheet.columns[identity[0]].header), (edited.count + 1, sheet.columns[identity[0]].header)]
        } else {
            let firstColumn = checkable[0]
            let lastColumn = checkable.count > 1 ? checkable[1] : checkable[0]
            edited[0][firstColumn] = Self.badCell(for: sheet.columns[firstColumn])!
            edited[edited.count - 1][lastColumn] = Self.badCell(for: sheet.columns[lastColumn])!
            wrong = [(2, sheet.columns[firstColumn].header), (edited.count + 1, sheet.columns[lastColumn].header)]
        }
        let lines = edited.enumerated().map { (line: $0.offset + 2, cells: $0.element) }
        let problems = try rejection { try SheetEditor.apply(sheet, rows: lines, to: file) }
        for (line, column) in wrong {
            #expect(problems.contains { $0.line == line && $0.column == column }, "\(id.rawValue) line \(line) \(column): \(problems)")
        }
        #expect(problems.allSatisfy { !$0.description.contains("$.") })
    }

    /// A value the column (or the reader) refuses, for every kind of column that refuses anything.
    static func badCell(for column: SheetColumn) -> String? {
        switch column.kind {
        case .integer: "dua"
        case .count: "1.2.3"
        case .money: "12,3,4"
        case .date: "31 Februari 2024"
        case .flag: "mungkin"
        case .choice: "tidak ada pilihan ini"
        case .element, .entry: "sekitar 75"
        case .list: nil
        case .text:
            switch column.key {
            case "id", "indicatorId", "objectiveId", "goalId", "eventId", "role": "??"
            case "target", "realisation", "capaian", "value": "sekitar 75"
            default: nil
            }
        }
    }

    /// The table's rows from the seed that has most of them; the seeds have no RAK, monthly realisation or
    /// realisation source rows, so those are made here.
    static func rows(for id: Sheet.ID) throws -> (OfficeYear, [[String]]) {
        let asahan = try Fixtures.load("asahan-2024-corrected").officeYear
        let pagarAlam = try Fixtures.load("pagaralam-2024-corrected").officeYear
        switch id {
        case .actionPlan:
            return (asahan, [["I1", "25 %", "50 %", "75 %", "95 %"], ["I7", "", "", "", "75 %"]])
        case .monthly:
            let leaves = asahan.budget.tree.lines.flatMap { $0.flattened() }.filter { $0.line.children.isEmpty }.map(\.line.code.full)
            return (asahan, leaves.prefix(2).map { [$0] + Array(repeating: "1.000", count: 12) })
        case .bindings:
            let event = try #require(pagarAlam.elections.first?.id)
            return (pagarAlam, [["I1", "partisipasi pemilih", event], ["I2", "partisipasi pemilih perempuan", event]])
        default:
            let candidates = try ["asahan-2024-corrected", "pagaralam-2024-corrected", "pematangsiantar-2024-corrected"].map {
                try Fixtures.load($0).officeYear
            }
            let best = candidates.max { SheetEditor.rows(Sheet.sheet(id, for: $0), of: $0).count < SheetEditor.rows(Sheet.sheet(id, for: $1), of: $1).count }!
            let sheet = Sheet.sheet(id, for: best)
            var rows = SheetEditor.rows(sheet, of: best)
            // One election, one warehouse: a second row like the first under another name.
            if rows.count == 1 {
                var copy = rows[0]
                for index in sheet.columns.indices where sheet.identity.contains(sheet.columns[index].key) { copy[index] += "-2" }
                rows.append(copy)
            }
            return (best, rows)
        }
    }
}
