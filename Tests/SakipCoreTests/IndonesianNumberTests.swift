import Foundation
import Testing
@testable import SakipCore

@Suite struct IndonesianNumberTests {
    @Test(arguments: [
        ("74,63 %", "74.63"), ("99.68 %", "99.68"), ("1.100 %", "1100"), ("1.1 %", "1.1"), ("0,1%", "0.1"),
        ("100%", "100"), ("95,36 %", "95.36"), ("1009", "1009"),
    ])
    func percent_seedSpellings(text: String, expected: String) throws {
        #expect(try IndonesianNumber.parsePercent(text) == d(expected))
    }

    @Test(arguments: [
        ("Rp. 1,159,468,000,-", "1159468000"), ("Rp2,055,127,000,-", "2055127000"), ("83.389.671.000", "83389671000"),
        ("Rp 83.389.671.000", "83389671000"), ("2,500,693,929,-", "2500693929"), ("Rp15.041.712.890,-", "15041712890"),
        ("Rp. 14,604,000,-", "14604000"), ("1.234.567,89", "1234567.89"), ("1,234,567.89", "1234567.89"), ("Rp 1,100", "1100"),
    ])
    func money_seedSpellings(text: String, expected: String) throws {
        #expect(try IndonesianNumber.parseMoney(text) == d(expected))
    }

    @Test func general_indonesianGroupingAndDecimal() throws {
        #expect(try IndonesianNumber.parse("1.234.567,89") == d("1234567.89"))
        #expect(try IndonesianNumber.parse("-12,5") == d("-12.5"))
    }

    @Test func ambiguousCommaThousand_isRefusedWithBothReadings() {
        #expect {
            try IndonesianNumber.parse("1,100")
        } throws: { error in
            let reason = (error as? ValueParseError)?.reason ?? ""
            return reason.contains("ambigu") && reason.contains("1,1") && reason.contains("1.100")
        }
    }

    @Test(arguments: ["1.234,567.89", "12.34.567", "1,,000", "abc", "", "Rp 1,9999", "1.5e3", "1.234,5,6"])
    func malformed_isRefused(text: String) {
        #expect(throws: ValueParseError.self) {
            if text.hasPrefix("Rp") { _ = try IndonesianNumber.parseMoney(text) } else { _ = try IndonesianNumber.parse(text) }
        }
    }

    @Test func moneyWithThreeFractionDigits_isRefused() {
        #expect(throws: ValueParseError.self) { try IndonesianNumber.parseMoney("1.234,567") }
    }
}
