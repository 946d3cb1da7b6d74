import Foundation
import Testing
@testable import SakipCore

@Suite struct MeasureValueTests {
    @Test(arguments: [
        ("74,63 %", MeasureValue.percentage(d("74.63"))), ("75 persen", .percentage(75)), ("2 Lap", .count(2, unit: "Lap")),
        ("10 kali", .count(10, unit: "kali")), ("1 Dokumen", .count(1, unit: "Dokumen")), ("66", .number(66)),
        ("WTP", .grade("WTP")), ("B", .grade("B")), ("bb", .grade("BB")), ("-", .notApplicable), ("N/A", .notApplicable),
        ("tidak diukur", .notApplicable),
    ])
    func parse_seedSpellings(text: String, expected: MeasureValue) throws {
        #expect(try MeasureValue.parse(text) == expected)
    }

    @Test(arguments: ["abc", "", "75 %%", "1,100", "2 Lap!"])
    func parse_refusesWhatIsNotAValue(text: String) {
        #expect(throws: ValueParseError.self) { try MeasureValue.parse(text) }
    }

    @Test func description_isTheIndonesianSpelling() {
        #expect(MeasureValue.percentage(d("99.5")).description == "99,5\u{00A0}%")
        #expect(MeasureValue.count(2, unit: "Laporan").description == "2\u{00A0}Laporan")
        #expect(MeasureValue.notApplicable.description == "N/A")
    }
}

@Suite struct JSONParserTests {
    @Test func numbers_keepTheirLiteral() throws {
        let value = try JSONParser.parse(#"{"a": 83389671000, "b": 74.63, "c": -1e3, "d": [true, false, null]}"#)
        #expect(value["a"] == .number("83389671000"))
        #expect(value["b"] == .number("74.63"))
        #expect(value["c"] == .number("-1e3"))
        #expect(value["d"] == .array([.bool(true), .bool(false), .null]))
    }

    @Test func strings_decodeEscapesAndUnicode() throws {
        let value = try JSONParser.parse(#"["Rp \"1\"\n", "\u00e9\ud83d\ude00", "Pemilu 2024 – ÚMÚM"]"#)
        #expect(value == .array([.string("Rp \"1\"\n"), .string("é😀"), .string("Pemilu 2024 – ÚMÚM")]))
    }

    @Test func writer_roundTripsEscapes() throws {
        let original = JSONValue.object([("teks", .string("a\"b\\c\n\u{1}")), ("n", .number("1.5"))])
        #expect(try JSONParser.parse(JSONWriter.write(original)) == original)
    }

    @Test(arguments: ["{", "[1,]", "{\"a\" 1}", "01", "\"abc", "tru", "{\"a\":1}x", "\"\u{1}\""])
    func malformed_isRefusedWithAPosition(text: String) {
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(text) }
    }
}
