import Foundation
import Testing
@testable import SakipCore

/// Office-year files that once stopped the program (issue 11): each is now refused at its JSON path, in Indonesian.
struct ReaderBoundsTests {
    @Test func renstraEndingBeforeItStarts_isRefusedAtItsEndYear() throws {
        let text = try BoundsFiles.seed("asahan-2024", replacing: "\"endYear\": 2024", with: "\"endYear\": 2019")
        let issues = BoundsFiles.issues(text)
        #expect(issues.contains { $0.path == "$.renstra.endYear" && $0.reason == "tahun akhir Renstra sebelum tahun awalnya (2020)" })
    }

    @Test func renstraOfAHundredYears_orOutsideTheCentury_isRefused() throws {
        let long = BoundsFiles.issues(BoundsFiles.small(#""renstra": {"startYear": 2000, "endYear": 2100}"#))
        #expect(long.map(\.description) == ["Renstra, kolom Tahun akhir: \"2100\" — periode Renstra paling lama 10 tahun (2000–2100)"])
        let huge = BoundsFiles.issues(BoundsFiles.small(#""renstra": {"startYear": -9223372036854775808, "endYear": 9223372036854775807}"#))
        #expect(huge.map(\.path) == ["$.renstra.startYear", "$.renstra.endYear"])
        #expect(huge.allSatisfy { $0.reason == "tahun di luar 2000–2100" })
    }

    @Test func yearsOfHistory_budgetHistory_andGrants_followTheSameYearRule() {
        let issues = BoundsFiles.issues(BoundsFiles.small("""
            "indicators": [{"id": "I1", "statement": "Indikator", "kind": "percentage"}],
            "indicatorHistory": [{"indicatorId": "I1", "year": 99999}],
            "budget": {"history": [{"year": 1, "pagu": 1, "realisasi": 1}],
                       "grants": [{"name": "Hibah", "total": 10, "tranches": [{"year": -4, "amount": 1}]}]}
            """))
        #expect(issues.map(\.path) == ["$.indicatorHistory[0].year", "$.budget.history[0].year", "$.budget.grants[0].tranches[0].year"])
        #expect(issues.allSatisfy { $0.reason == "tahun di luar 2000–2100" })
    }

    /// Found by sakip-fuzz: a date in year 1 was read, then written "1-01-01", which did not read back.
    @Test func datesOutsideTheYears_areRefused_andAYearIsAlwaysWrittenWithFourDigits() {
        let issues = BoundsFiles.issues(BoundsFiles.small(#""budget": {"revisions": [{"number": 0, "date": "0001-01-01"}]}"#))
        #expect(issues.map(\.description) == ["Revisi DIPA nomor 0, kolom Tanggal: \"0001-01-01\" — tanggal tahun di luar 2000–2100"])
        #expect(CalendarDate(year: 1, month: 1, day: 1)?.iso == "0001-01-01")
        #expect(CalendarDate(year: 2024, month: 11, day: 27)?.iso == "2024-11-27")
    }

    /// 9223372036854775807 + 1 voters used to overflow when the recap was summed.
    @Test func countsBeyondTenBillion_areRefused_beforeAnySumOverflows() throws {
        let text = try BoundsFiles.seed("pagaralam-2024-corrected", replacing: "\"male\": 16561", with: "\"male\": 9223372036854775807")
        let issues = BoundsFiles.issues(text)
        #expect(issues.count == 1)
        #expect(issues.first?.path.hasSuffix(".male") == true)
        #expect(issues.first?.reason == "jumlah terlalu besar (paling banyak 10.000.000.000)")
        let beyondInt = BoundsFiles.issues(BoundsFiles.small(#""logistics": {"transport": [{"mode": "Truk", "ppk": 99999999999999999999}]}"#))
        #expect(beyondInt.map(\.description) == ["Angkutan logistik Truk, kolom KPU ke PPK: \"99999999999999999999\" — bilangan bulat terlalu besar"])
    }

    /// A 200-digit number made `Decimal(string:)` return nil, which a force unwrap turned into a crash.
    @Test func numbersWithTooManyDigits_areRefused_inEveryParser() throws {
        let long = String(repeating: "9", count: 200)
        #expect(throws: ValueParseError(long, "angka terlalu besar: paling banyak 15 angka sebelum koma")) { try IndonesianNumber.parse(long) }
        #expect(throws: ValueParseError.self) { try MeasureValue.parse(long + " %") }
        #expect(throws: ValueParseError.self) { try IndonesianNumber.parseMoney("Rp " + long) }
        #expect(throws: ValueParseError.self) { try IndonesianNumber.parse("0," + String(repeating: "1", count: 21)) }
        #expect(try IndonesianNumber.parse("999.999.999.999.999") == Decimal(string: "999999999999999"))
        // The figure is refused, or kept as typed with a warning at its place (a figure is never dropped silently).
        let text = BoundsFiles.small("""
            "indicators": [{"id": "I1", "statement": "Indikator", "kind": "percentage"}],
            "realisations": [{"indicatorId": "I1", "quarter": 1, "value": "\(long) %"}]
            """)
        let paths: [String]
        do { paths = try OfficeYearReader.read(text).warnings.map(\.path) } catch { paths = error.issues.map(\.path) }
        #expect(paths == ["$.realisations[0].value"])
    }

    @Test func aValueThatIsNotANumber_isShownAsADash_notACrash() {
        #expect(IndonesianFormat.number(.nan) == "–")
        #expect(IndonesianFormat.percent(Decimal(1) / Decimal(0)) == "–\u{00A0}%")
    }
}

/// A file of many wrong items is reported with its first problems and a count, and a file past the size limit is refused unread.
struct ReaderVolumeTests {
    @Test func aMillionWrongItems_listAThousandProblems_andCountTheRest() {
        let items = Array(repeating: "1", count: 1_000_000).joined(separator: ",")
        let issues = BoundsFiles.issues(BoundsFiles.small("\"people\": [\(items)]"))
        #expect(issues.count == 1_001)
        #expect(issues.first?.description == "Pegawai ke-1: \"1\" — diharapkan objek, ditemukan angka")
        #expect(issues.last?.description == "Berkas: dan 999.000 masalah lain di berkas ini")
    }

    @Test func aFileOverTheSizeLimit_isRefusedUnread() {
        let text = BoundsFiles.small("\"source\": \"" + String(repeating: "x", count: OfficeYearReader.maximumBytes) + "\"")
        #expect(BoundsFiles.issues(text).map(\.description) == ["Berkas: berkas lebih dari 100 MB; satu berkas office-year paling besar 100 MB"])
    }
}
