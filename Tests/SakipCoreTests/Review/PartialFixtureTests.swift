import Foundation
import Testing
@testable import SakipCore

/// Issue 15, point 7: the partial office-years typed from the public opening pages of other offices' LKj and
/// PK load as printed and corrected, and every mistake their notes list is found at its place.
@Suite struct PartialFixtureTests {
    static let offices = ["sarolangun-2019", "sarolangun-2020", "kaltim-sekretariat-2020", "ponorogo-2020", "blitar-2020",
                          "lebak-sekretariat-2019", "sultra-2016"]

    @Test(arguments: offices.flatMap { [$0, $0 + "-corrected"] })
    func partialFixture_loadsAsAPartialFile(name: String) throws {
        let read = try Fixtures.load(name)
        #expect(read.officeYear.partial)
        #expect(read.warnings.isEmpty, "\(read.warnings)")
    }

    @Test(arguments: offices)
    func correctedFixture_hasNoFindingAtAll(name: String) throws {
        let report = try ReviewedSeed(name + "-corrected").report
        #expect(report.findings.isEmpty, "\(report.findings.map(\.message))")
    }

    @Test func fixtures_coverAProvinceASecretariatAndFiveOffices() throws {
        let years = try Self.offices.map { try Fixtures.load($0).officeYear }
        #expect(Set(years.map(\.office.name)).count >= 5)
        #expect(years.contains { $0.office.level == .provinsi })
        #expect(years.contains { $0.office.name.hasPrefix("Sekretariat") })
    }

    @Test func sarolangun2019_participationOverTarget_printedAs100() throws {
        let printed = try ReviewedSeed("sarolangun-2019")
        #expect(printed.report.findings.map(\.code) == ["LOGIC-CAPAIAN-CAPPED"])
        let finding = try #require(printed.finding("LOGIC-CAPAIAN-CAPPED", at: "$.measurement.rows[1].printed.capaian"))
        #expect(finding.expected == "103,75\u{00A0}%")
        #expect(finding.found == "100%")
        #expect(!printed.report.hasErrors)
    }

    @Test func sarolangun2020_participation66Of80_printed80_is83() throws {
        let printed = try ReviewedSeed("sarolangun-2020")
        let wrong = try #require(printed.finding("ARITH-CAPAIAN", at: "$.measurement.rows[1].printed.capaian"))
        #expect(wrong.severity == .error)
        #expect(wrong.expected == "82,50\u{00A0}%")
        #expect(wrong.alternatives.map(\.place.path) == ["$.measurement.rows[1].target", "$.measurement.rows[1].realisation"])
        #expect(printed.paths("LOGIC-CAPAIAN-CAPPED") == ["$.measurement.rows[3].printed.capaian"])
        #expect(printed.report.findings.count == 2)
    }

    @Test func blitar2020_signedInAMonthWithoutDay_afterItsYear() throws {
        let year = try Fixtures.load("blitar-2020").officeYear
        #expect(year.report.date?.precision == .month)
        #expect(IndonesianDate.format(year.report.date!) == "Januari 2021")
        #expect(year.person(year.report.signatoryId!)?.role == .ketua)
    }

    @Test func ponorogo2020_pkOfTheSekretaris_signedInJanuary_byTheRightParties() throws {
        let year = try Fixtures.load("ponorogo-2020").officeYear
        let pk = try #require(year.agreements.first)
        #expect(pk.level == .sekretaris)
        #expect(pk.signedOn == CalendarDate(year: 2020, month: 1, day: 30))
        #expect(year.person(pk.secondParty!.personId!)?.role == .ketua)
        #expect(year.review().findings.isEmpty)
    }

    @Test func statedYears_ofLebakAndSultra_agreeWithTheirReports() throws {
        for name in ["lebak-sekretariat-2019", "sultra-2016", "blitar-2020"] {
            let year = try Fixtures.load(name).officeYear
            #expect(year.report.claims.contains { $0.year != nil }, "\(name)")
            #expect(year.review().findings(code: "CHRON-STATED-YEAR").isEmpty, "\(name)")
        }
    }
}
