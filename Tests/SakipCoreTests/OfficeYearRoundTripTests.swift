import Foundation
import Testing
@testable import SakipCore

@Suite struct OfficeYearRoundTripTests {
    static let seeds = ["asahan-2024", "pematangsiantar-2024", "pagaralam-2024", "sarolangun-2019", "sarolangun-2020",
                        "kaltim-sekretariat-2020", "ponorogo-2020", "blitar-2020", "lebak-sekretariat-2019", "sultra-2016"]
        .flatMap { [$0, $0 + "-corrected"] }

    @Test(arguments: seeds)
    func writtenFile_readsBackToTheSameData_andTheSameBytes(seed: String) throws {
        let original = try Fixtures.load(seed).officeYear
        let text = OfficeYearWriter.write(original)
        let reread = try OfficeYearReader.read(text).officeYear
        #expect(reread == original)
        #expect(OfficeYearWriter.write(reread) == text)
    }

    @Test(arguments: seeds)
    func seedFixture_validatesAgainstTheSchemaShape(seed: String) throws {
        // Every key the schema declares at the top level is one the reader accepts, and vice versa.
        let schemaText = try String(contentsOf: Fixtures.directory.deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("docs/office-year.schema.json"), encoding: .utf8)
        let schema = try JSONParser.parse(schemaText)
        guard case .object(let properties)? = schema["properties"] else {
            Issue.record("schema has no properties")
            return
        }
        let fileText = try String(contentsOf: Fixtures.seed(seed), encoding: .utf8)
        guard case .object(let members) = try JSONParser.parse(fileText) else {
            Issue.record("fixture is not an object")
            return
        }
        let declared = Set(properties.map(\.key))
        #expect(Set(members.map(\.key)).isSubset(of: declared))
    }

    @Test func plainSpelling_isNeverAmbiguousOnReadBack() throws {
        for literal in ["1.234", "0.125", "12.5", "1100", "1234.567"] {
            let value = MeasureValue.number(d(literal))
            #expect(try MeasureValue.parse(value.description) == value)
        }
    }
}

@Suite struct OfficeYearReaderTests {
    static let minimal = """
    {"format": "sakip-office-year", "version": 1, "year": 2024,
     "office": {"code": "656024", "name": "KPU Kota Pematangsiantar", "level": "kabupatenKota"}}
    """

    func errors(_ text: String) -> [LocatedIssue] {
        do {
            _ = try OfficeYearReader.read(text)
            return []
        } catch {
            return error.issues
        }
    }

    func file(_ body: String) -> String {
        """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "1", "name": "KPU X", "level": "kabupatenKota"}, \(body)}
        """
    }

    @Test func minimalFile_reads() throws {
        let result = try OfficeYearReader.read(Self.minimal)
        #expect(result.officeYear.office.code == "656024")
        #expect(result.officeYear.settings == .kpuDefault)
        #expect(result.warnings.isEmpty)
    }

    @Test func unknownField_isLocatedWithTheNearestKnownKey() {
        let issues = errors(file(#""indicators": [{"id": "I1", "statement": "x", "kind": "percentage", "polarty": "lowerIsBetter"}]"#))
        #expect(issues.count == 1)
        #expect(issues.first?.path == "$.indicators[0].polarty")
        #expect(issues.first?.reason.contains("kolom tidak dikenal") == true)
        #expect(issues.first?.reason.contains("\"polarity\"") == true)
    }

    @Test func everyProblemIsReportedAtOnce() {
        let issues = errors(file("""
        "indicators": [{"id": "I1", "statement": "x", "kind": "persen"}],
        "measurement": {"rows": [{"indicatorId": "I9", "target": "sekitar 75"}]},
        "budget": {"lines": [{"code": "076.01.CQ", "name": "P", "children": [{"code": "CQ.6709", "name": "K"}]}]}
        """))
        let paths = Set(issues.map(\.path))
        #expect(paths.contains("$.indicators[0].kind"))
        #expect(paths.contains("$.measurement.rows[0].indicatorId"))
        // An unreadable printed value is kept as typed with a warning, never an error that drops the file.
        #expect(!paths.contains("$.measurement.rows[0].target"))
        #expect(paths.contains("$.budget.lines[0].children[0]"))
        let kind = issues.first { $0.path == "$.indicators[0].kind" }
        #expect(kind?.value == "persen")
        #expect(kind?.reason == "nilai tidak dikenal; pilihan: persentase, jumlah, indeks, nilai")
        #expect(kind?.detail == "nilai dalam berkas: percentage, count, index, grade")
        #expect(kind?.location == "Indikator I1, kolom Jenis")
        let leaf = issues.first { $0.path == "$.budget.lines[0].children[0]" }
        #expect(leaf?.reason == "baris anggaran tanpa rincian wajib memiliki pagu dan realisasi")
    }

    @Test func danglingReference_isAnError() {
        let issues = errors(file(#""agreements": [{"level": "ketua", "revision": 0, "rows": [{"indicatorId": "I7", "target": "75 %"}]}]"#))
        #expect(issues.map(\.path) == ["$.agreements[0].rows[0].indicatorId"])
        #expect(issues.first?.reason == "tidak ada indikator dengan ID ini pada daftar indikator")
        #expect(issues.first?.location == "PK Ketua revisi 0, indikator I7, kolom Indikator")
        #expect(issues.first?.description.contains("$.") == false)
    }

    @Test func valueOfTheWrongKind_isKeptWithAWarningAtItsPath() throws {
        let result = try OfficeYearReader.read(file("""
        "objectives": [{"id": "S1", "statement": "s"}],
        "indicators": [{"id": "I1", "statement": "Nilai AKIP", "kind": "grade", "scale": "sakip"}],
        "measurement": {"rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "B", "realisation": "100 %"}]}
        """))
        #expect(result.warnings.map(\.path) == ["$.measurement.rows[0].realisation"])
        guard case .rejected = result.officeYear.measure().rows[0].achievement else {
            Issue.record("a wrong-kind realisation must be rejected in the measurement")
            return
        }
    }

    @Test func budgetCodes_contradictingTheirParent_areLocated() {
        let issues = errors(file("""
        "budget": {"lines": [{"code": "076.01.CQ", "name": "P", "children": [{"code": "WA.3355", "name": "K", "pagu": 1, "realisasi": 1}]}]}
        """))
        #expect(issues.map(\.path) == ["$.budget.lines[0].children[0].code"])
        #expect(issues.first?.reason.contains("induknya") == true)
    }

    @Test func ambiguousAndMalformedMoney_areRefusedWithTheReason() {
        let issues = errors(file(#""budget": {"lines": [{"code": "076.01.CQ", "name": "P", "pagu": "Rp 1.234,567", "realisasi": "x"}]}"#))
        #expect(Set(issues.map(\.path)) == ["$.budget.lines[0].pagu", "$.budget.lines[0].realisasi"])
    }

    @Test func wrongFormatVersionAndSyntax_areReported() {
        #expect(errors(Self.minimal.replacingOccurrences(of: "\"version\": 1", with: "\"version\": 2")).first?.reason.contains("versi 2") == true)
        let syntax = errors("{\"format\": \"sakip-office-year\",\n \"version\": 1,,}")
        #expect(syntax.first?.reason.contains("baris 2") == true)
        #expect(errors(#"{"format": "x", "format": "y"}"#).first?.reason.contains("dua kali") == true)
    }

    @Test func duplicateIdsAndQuarters_areErrors() {
        let issues = errors(file("""
        "indicators": [{"id": "I1", "statement": "a", "kind": "percentage"}, {"id": "I1", "statement": "b", "kind": "percentage"}],
        "realisations": [{"indicatorId": "I1", "quarter": 4, "value": "1 %"}, {"indicatorId": "I1", "quarter": 4, "value": "2 %"}, {"indicatorId": "I1", "quarter": 5, "value": "2 %"}]
        """))
        #expect(Set(issues.map(\.path)) == ["$.indicators[1].id", "$.realisations[1]", "$.realisations[2].quarter"])
    }

    @Test func measurementFallsBackToThePKAndTheQuarterlyRealisations() throws {
        let result = try OfficeYearReader.read(file("""
        "objectives": [{"id": "S1", "statement": "s"}],
        "indicators": [{"id": "I1", "statement": "Partisipasi", "kind": "percentage"},
                       {"id": "I2", "statement": "Laporan", "kind": "count", "unit": "Laporan", "yearValue": "sumOfQuarters"}],
        "agreements": [{"level": "ketua", "revision": 0, "rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "75 %"},
                                                                   {"objectiveId": "S1", "indicatorId": "I2", "target": "4 Laporan"}]},
                       {"level": "ketua", "revision": 1, "signedOn": "2024-06-03", "rows": [{"objectiveId": "S1", "indicatorId": "I1", "target": "80 %"},
                                                                   {"objectiveId": "S1", "indicatorId": "I2", "target": "4 Laporan"}]}],
        "realisations": [{"indicatorId": "I1", "quarter": 2, "value": "40 %"}, {"indicatorId": "I1", "quarter": 4, "value": "78 %"},
                         {"indicatorId": "I2", "quarter": 1, "value": "1 Laporan"}, {"indicatorId": "I2", "quarter": 2, "value": "2 Laporan"}]
        """))
        let rows = result.officeYear.measure().rows
        #expect(rows.map(\.target) == [.percentage(80), .count(4, unit: "Laporan")])
        #expect(rows[0].achievement.display == "97,50\u{00A0}%")
        #expect(rows[1].realisation == .count(3, unit: "Laporan"))
        #expect(rows[1].achievement == .measured(75))
    }
}
