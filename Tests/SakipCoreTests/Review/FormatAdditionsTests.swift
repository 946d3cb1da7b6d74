import Foundation
import Testing
@testable import SakipCore

/// Issue 15, point 6: what real reports contain that the format now carries, each read with located errors,
/// written back losslessly, and reviewed where it can be wrong.
@Suite struct FormatAdditionsTests {
    static let people = """
    "people": [
        {"id": "K1", "name": "Ahmad Fauzi", "role": "ketua", "employment": "komisioner", "inPostUntil": "2024-05-31"},
        {"id": "K2", "name": "Siti Rahmah", "role": "ketua", "employment": "komisioner", "inPostFrom": "2024-06-01"},
        {"id": "S1", "name": "Budi Santoso, S.E.", "role": "sekretaris", "employment": "pns", "acting": "plt", "grade": "III/d", "education": "S1"},
        {"id": "A1", "name": "Dewi Lestari", "role": "staf", "employment": "pns", "grade": "III/a", "education": "S1"},
        {"id": "A2", "name": "Rudi Hartono", "role": "staf", "employment": "pppk"},
        {"id": "A3", "name": "Nur Aini", "role": "staf", "employment": "ppnpn", "education": "SLTA"}]
    """

    // MARK: Dates of month precision

    @Test func monthPrecisionDate_readsWritesAndPrintsAsTheMonth() throws {
        let date = try #require(CalendarDate(iso: "2023-01"))
        #expect(date.precision == .month)
        #expect(date.iso == "2023-01")
        #expect(IndonesianDate.format(date) == "Januari 2023")
        #expect(try IndonesianDate.parse("Januari 2023", allowingMonth: true) == date)
        #expect(throws: ValueParseError.self) { try IndonesianDate.parse("Januari 2023") }
        #expect(!date.isSurelyBefore(CalendarDate(year: 2023, month: 1, day: 15)!))
        #expect(date.isSurelyBefore(CalendarDate(year: 2023, month: 2, day: 1)!))
    }

    @Test func reportDatedByMonth_isNotBeforeAPKSignedThatMonth_butIsBeforeOneSignedLater() throws {
        func review(_ signed: String) throws -> ReviewReport {
            try RoundTwo.review(RoundTwo.file("""
            \(RoundTwo.catalogue),
            "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08", "rows": [{"indicatorId": "I1", "target": "90 %"}]},
                           {"level": "ketua", "revision": 1, "signedOn": "\(signed)", "rows": [{"indicatorId": "I1", "target": "90 %"}]}],
            "report": {"date": "2025-01"}
            """))
        }
        #expect(try review("2024-12-20").findings(code: "CHRON-FINAL-BEFORE-PK").isEmpty)
        #expect(try review("2025-01-20").findings(code: "CHRON-FINAL-BEFORE-PK").isEmpty)
        let late = try #require(try review("2025-02-03").findings(code: "CHRON-FINAL-BEFORE-PK").first)
        #expect(late.place.path == "$.report.date")
        #expect(late.found == "Januari 2025")
    }

    // MARK: The original DIPA without a date

    @Test func originalDIPAWithoutDate_loads_butALaterRevisionMustBeDated() throws {
        let year = try RoundTwo.read(RoundTwo.file("""
        "budget": {"revisions": [{"number": 0, "total": 1000}, {"number": 1, "date": "2024-03-01", "total": 1200}]}
        """)).officeYear
        #expect(year.budget.revisions[0].date == nil)
        #expect(year.budget.revisions.orderProblems.isEmpty)
        #expect(try OfficeYearReader.read(OfficeYearWriter.write(year)).officeYear == year)
        let issues = RoundTwo.readErrors(RoundTwo.file(#""budget": {"revisions": [{"number": 1, "total": 1200}]}"#))
        #expect(issues.map(\.path) == ["$.budget.revisions[0].date"])
    }

    // MARK: People in post

    @Test func signatoryOutOfPost_isAnError_namingWhoHeldTheRole() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(Self.people), \(RoundTwo.catalogue),
        "agreements": [{"level": "ketua", "revision": 0, "signedOn": "2024-01-08",
                        "firstParty": {"personId": "K1", "name": "Ahmad Fauzi", "position": "Ketua KPU Kota Uji"},
                        "rows": [{"indicatorId": "I1", "target": "90 %"}]}],
        "report": {"date": "2025-01-15", "signatoryId": "K1"}
        """))
        let finding = try #require(report.finding("CHRON-SIGNATORY", at: "$.report.signatoryId"))
        #expect(finding.expected == "Siti Rahmah")
        #expect(finding.message.contains("sampai 31 Mei 2024"))
        // Signed in January, while in post: no finding on the PK.
        #expect(report.paths("CHRON-SIGNATORY") == ["$.report.signatoryId"])
    }

    @Test func pkParty_actingOrNot_roleAndName_areChecked() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(Self.people), \(RoundTwo.catalogue),
        "agreements": [{"level": "sekretaris", "revision": 0, "signedOn": "2024-01-08",
                        "firstParty": {"personId": "S1", "name": "BUDI SANTOSO, S.E.", "position": "Sekretaris KPU Kota Uji"},
                        "secondParty": {"personId": "A1", "name": "Dewi", "position": "Ketua KPU Kota Uji"},
                        "rows": [{"indicatorId": "I1", "target": "90 %"}]}]
        """))
        #expect(report.paths("LOGIC-SIGNATORY") == ["$.agreements[0].firstParty.position", "$.agreements[0].secondParty.personId"])
        #expect(report.finding("LOGIC-SIGNATORY", at: "$.agreements[0].firstParty.position")?.expected == "Plt. Sekretaris KPU Kota Uji")
    }

    @Test func periodInPost_roundTrips_andAnInvertedPeriodIsLocated() throws {
        let year = try RoundTwo.read(RoundTwo.file(Self.people)).officeYear
        #expect(year.people[1].inPostFrom == CalendarDate(year: 2024, month: 6, day: 1))
        #expect(year.people[2].acting == .plt)
        #expect(try OfficeYearReader.read(OfficeYearWriter.write(year)).officeYear == year)
        let issues = RoundTwo.readErrors(RoundTwo.file(#""people": [{"id": "P", "name": "X", "role": "ketua", "inPostFrom": "2024-06", "inPostUntil": "2024-03-01"}]"#))
        #expect(issues.map(\.path) == ["$.people[0].inPostUntil"])
    }

    // MARK: Staff counts

    @Test func statedStaffCounts_areCheckedAgainstTheList_allowingForUnrecordedPeople() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        \(Self.people),
        "report": {"claims": [
            {"where": "Tabel 1.4", "count": 3, "countOf": "staff", "group": "PNS"},
            {"where": "Tabel 1.4", "count": 1, "countOf": "staff", "group": "III/a"},
            {"where": "Tabel 1.3", "count": 3, "countOf": "staff", "group": "S1"},
            {"where": "Tabel 1.3", "count": 4, "countOf": "staff"},
            {"where": "Tabel 1.3", "count": 2, "countOf": "staff", "group": "S2"}]}
        """))
        // 2 PNS (3 stated); III/a 1 right; S1 is 2 known + 1 unrecorded, so 3 may be right; 4 staff right; S2 0–1.
        #expect(report.paths("CROSS-STAFF-COUNT") == ["$.report.claims[0].count", "$.report.claims[4].count"])
        #expect(report.finding("CROSS-STAFF-COUNT", at: "$.report.claims[4].count")?.expected == "0 sampai 1 (1 orang belum tercatat pendidikannya)")
    }

    @Test func unknownStaffGroup_isALocatedError() {
        let issues = RoundTwo.readErrors(RoundTwo.file(#""report": {"claims": [{"where": "x", "count": 1, "countOf": "staff", "group": "honorer"}]}"#))
        #expect(issues.map(\.path) == ["$.report.claims[0].group"])
    }

    // MARK: Years in the text

    @Test func yearsStatedInTheText_areCheckedAgainstTheReportYear() throws {
        let report = try RoundTwo.review(RoundTwo.file("""
        "report": {"claims": [
            {"where": "Kaki halaman", "year": 2023, "yearOf": "report"},
            {"where": "BAB II.C", "text": "RKT Tahun 2024", "year": 2024, "yearOf": "plan"},
            {"where": "Lampiran", "text": "Penetapan Kinerja Tahun 2024", "year": 2024, "yearOf": "nextAgreement"},
            {"where": "BAB II.G", "renstraYearNumber": 2}]}
        """))
        #expect(report.paths("CHRON-STATED-YEAR") == ["$.report.claims[0].year", "$.report.claims[2].year"])
        #expect(report.finding("CHRON-STATED-YEAR", at: "$.report.claims[2].year")?.expected == "2025")
        #expect(report.finding("CHRON-RENSTRA-YEAR", at: "$.report.claims[3].renstraYearNumber")?.expected == "tahun ke 5")
    }

    @Test func yearWithoutWhatItIsOf_isALocatedError() {
        let issues = RoundTwo.readErrors(RoundTwo.file(#""report": {"claims": [{"where": "x", "year": 2024}]}"#))
        #expect(issues.map(\.path) == ["$.report.claims[0]"])
    }
}
