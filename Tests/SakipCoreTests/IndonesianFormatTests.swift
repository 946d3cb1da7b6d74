import Foundation
import Testing
@testable import SakipCore

@Suite struct IndonesianFormatTests {
    @Test func number_groupsThousandsWithDotsAndUsesCommaForFraction() {
        #expect(IndonesianFormat.number(d("1234567.891"), fractionDigits: 2) == "1.234.567,89")
        #expect(IndonesianFormat.number(d("83389671000")) == "83.389.671.000")
        #expect(IndonesianFormat.number(d("999")) == "999")
        #expect(IndonesianFormat.number(d("0.004"), fractionDigits: 2) == "0,00")
        #expect(IndonesianFormat.number(d("-1234.5"), fractionDigits: 1) == "-1.234,5")
    }

    @Test func percent_roundsHalfUpOnlyWhenShown() {
        #expect(IndonesianFormat.percent(d("74.63") / d("75") * 100) == "99,51\u{00A0}%")
        #expect(IndonesianFormat.percent(d("99.505")) == "99,51\u{00A0}%")
        #expect(IndonesianFormat.percent(d("99.50499999")) == "99,50\u{00A0}%")
        #expect(IndonesianFormat.percent(d("66.1290322580")) == "66,13\u{00A0}%")
    }

    @Test func rupiah_writesRpAndGroups() {
        #expect(IndonesianFormat.rupiah(d("83389671000")) == "Rp\u{00A0}83.389.671.000")
        #expect(IndonesianFormat.rupiah(d("1500.5")) == "Rp\u{00A0}1.500,50")
    }

    @Test func plain_showsOnlyTheDigitsNeeded() {
        #expect(IndonesianFormat.plain(d("74.630")) == "74,63")
        #expect(IndonesianFormat.plain(d("1100")) == "1.100")
        #expect(IndonesianFormat.plain(d("0.1")) == "0,1")
    }

    @Test func roundedHalfUp_tieGoesAwayFromZero() {
        #expect(d("2.345").roundedHalfUp(scale: 2) == d("2.35"))
        #expect(d("2.344").roundedHalfUp(scale: 2) == d("2.34"))
        #expect(d("-2.345").roundedHalfUp(scale: 2) == d("-2.35"))
    }
}

@Suite struct TerbilangTests {
    @Test func asahanPagu_spelledAsTheReportDoes() {
        #expect(Terbilang.rupiah(d("83389671000"))
            == "delapan puluh tiga miliar tiga ratus delapan puluh sembilan juta enam ratus tujuh puluh satu ribu rupiah")
        #expect(Terbilang.rupiah(d("83098081692"))
            == "delapan puluh tiga miliar sembilan puluh delapan juta delapan puluh satu ribu enam ratus sembilan puluh dua rupiah")
    }

    @Test(arguments: [
        ("0", "nol"), ("1", "satu"), ("10", "sepuluh"), ("11", "sebelas"), ("12", "dua belas"), ("19", "sembilan belas"),
        ("20", "dua puluh"), ("100", "seratus"), ("111", "seratus sebelas"), ("1000", "seribu"), ("1100", "seribu seratus"),
        ("11000", "sebelas ribu"), ("100000", "seratus ribu"), ("1001000", "satu juta seribu"),
        ("2000000000", "dua miliar"), ("1000000000000", "satu triliun"),
        ("999999999999999", "sembilan ratus sembilan puluh sembilan triliun sembilan ratus sembilan puluh sembilan miliar sembilan ratus sembilan puluh sembilan juta sembilan ratus sembilan puluh sembilan ribu sembilan ratus sembilan puluh sembilan"),
    ])
    func words(value: String, expected: String) {
        #expect(Terbilang.words(d(value)) == expected)
    }

    @Test func outOfRange_hasNoWords() {
        #expect(Terbilang.words(d("1000000000000000")) == nil)
        #expect(Terbilang.words(d("1.5")) == nil)
        #expect(Terbilang.words(d("-1")) == nil)
    }
}

@Suite struct IndonesianDateTests {
    @Test func format_writesMonthName() {
        #expect(IndonesianDate.format(CalendarDate(year: 2025, month: 1, day: 17)!) == "17 Januari 2025")
    }

    @Test(arguments: ["17 Januari 2025", "17 januari 2025", "17 Jan 2025", "17-01-2025", "2025-01-17", "17/1/2025"])
    func parse_acceptsCommonSpellings(text: String) throws {
        #expect(try IndonesianDate.parse(text) == CalendarDate(year: 2025, month: 1, day: 17))
    }

    @Test func parse_refusesDaysNotInTheCalendarAndUnknownMonths() {
        #expect(throws: ValueParseError.self) { try IndonesianDate.parse("31 April 2024") }
        #expect(throws: ValueParseError.self) { try IndonesianDate.parse("29 Februari 2023") }
        #expect(throws: ValueParseError.self) { try IndonesianDate.parse("3 Brumaire 2024") }
        #expect((try? IndonesianDate.parse("29 Februari 2024")) != nil)
    }

    @Test func quarters_areNamedTriwulan() {
        #expect(Quarter.allCases.map(\.name) == ["Triwulan I", "Triwulan II", "Triwulan III", "Triwulan IV"])
        #expect(CalendarDate(year: 2024, month: 8, day: 1)!.quarter == .third)
    }
}
