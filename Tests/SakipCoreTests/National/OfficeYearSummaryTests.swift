import Foundation
import Testing
@testable import SakipCore

/// The summary of each corrected seed carries the figures the notes recompute from the documents.
@Suite struct OfficeYearSummaryTests {
    @Test func asahan_officeCapaianAndCategory_matchTheNotes() throws {
        let summary = OfficeYearSummary(try Fixtures.load("asahan-2024-corrected").officeYear)

        #expect(summary.capaian?.roundedHalfUp(scale: 30) == (d("154289113") / d("1688625")).roundedHalfUp(scale: 30))
        #expect(summary.capaian.map { IndonesianFormat.percent($0) } == "91,37\u{00A0}%")
        #expect(summary.category == "Berhasil")
        #expect(summary.engineVersion == OfficeYearSummary.currentEngineVersion)
        #expect(summary.officeCode == "655921" && summary.level == .kabupatenKota && summary.province == "Sumatera Utara")
        #expect(summary.indicatorCount == 13)
        #expect(summary.measuredCount == 10)
    }

    @Test func asahan_indicatorLines_carryTargetRealisationCapaianAndCategory() throws {
        let summary = OfficeYearSummary(try Fixtures.load("asahan-2024-corrected").officeYear)

        let participation = try #require(summary.indicator("I7"))
        #expect(participation.target == "75\u{00A0}%" && participation.realisation == "74,63\u{00A0}%")
        #expect(participation.capaian == d("7463") / d("75"))
        #expect(participation.category == "Berhasil" && participation.status == .measured)
        #expect(participation.objectiveId == "S4")
        let dpt = try #require(summary.indicator("I10"))
        #expect(dpt.polarity == .lowerIsBetter && dpt.capaian == 0 && dpt.category == "Tidak Berhasil")
        let decisions = try #require(summary.indicator("I2"))
        #expect(decisions.status == .notApplicable && decisions.capaian == nil && decisions.reason != nil)
        let grade = try #require(summary.indicator("I4"))
        #expect(grade.kind == .grade && grade.realisation == "B" && grade.realisationAmount == nil && grade.capaian == 100)
        #expect(summary.objectives.map(\.id) == ["S1", "S2", "S3", "S4", "S5", "S6"])
        #expect(summary.objectives.first { $0.id == "S2" }?.capaian == nil)
    }

    @Test func asahan_budgetAndReview_matchTabel33() throws {
        let summary = OfficeYearSummary(try Fixtures.load("asahan-2024-corrected").officeYear)

        #expect(summary.budget.pagu == 83_389_671_000 && summary.budget.realisasi == 83_098_081_692)
        #expect(summary.budget.absorption.map { IndonesianFormat.percent($0) } == "99,65\u{00A0}%")
        #expect(summary.budget.programs.map(\.program) == ["CQ", "WA"])
        #expect(summary.budget.programs[0].pagu == 81_023_066_000 && summary.budget.programs[0].realisasi == 80_765_609_923)
        #expect(summary.budget.agreedTotal == 60_337_150_000)
        #expect(summary.review.errors == 0 && summary.review.warnings == 0 && summary.review.notes == 4)
        #expect(summary.elections.isEmpty && summary.logistics == nil)
    }

    @Test func asahanAsPrinted_reviewCounts_nameTheErrorChecks() throws {
        let summary = OfficeYearSummary(try Fixtures.load("asahan-2024").officeYear)

        #expect(summary.review.errors > 0)
        #expect(summary.review.errorCodes.contains("LOGIC-POLARITY"))
        #expect(summary.review.errorCodes == summary.review.errorCodes.sorted())
    }

    @Test func pagarAlam_electionAndLogisticsFigures_areTheTablesSums() throws {
        let summary = OfficeYearSummary(try Fixtures.load("pagaralam-2024-corrected").officeYear)

        #expect(summary.capaian.map { IndonesianFormat.percent($0) } == "95,82\u{00A0}%")
        #expect(summary.budget.pagu == 33_353_847_000 && summary.budget.realisasi == 33_323_438_007)
        #expect(summary.budget.revisionCount == 15)
        let election = try #require(summary.elections.first)
        #expect(summary.elections.count == 1 && election.kind == .pemilihan && election.date == "2024-11-27")
        #expect(election.dptTotal == 107_916 && election.dptMale == 54_888 && election.tps == 248 && election.villages == 35)
        #expect(election.participation == nil, "the seed prints no turnout")
        let logistics = try #require(summary.logistics)
        #expect(logistics.eventId == "pemilihan2024")
        #expect(logistics.needsQuantity == 137_535)
        #expect(logistics.distributedTPS == 248 && logistics.distributedBoxes == 496 && logistics.distributedBags == 992)
        #expect(logistics.itemsSorted == 13)
        #expect(logistics.distributionDated == 35 && logistics.distributionOnTime == 35)
    }

    @Test func electionFigures_participationIsVotedOverRegistered() {
        let event = ElectionEvent(id: "e", name: "Pemilu 2024", date: CalendarDate(year: 2024, month: 2, day: 14), kind: .pemilu,
                                  dpt: DPTRecap(rows: [DPTRow(area: "A", tps: 10, voters: VoterCount(male: 1_000, female: 1_100))]),
                                  turnout: Turnout(voted: VoterCount(male: 800, female: 950), disabilityRegistered: 20, disabilityVoted: 15))

        let figures = OfficeYearSummary.ElectionFigures(event)

        #expect(figures.participation == d("1750") / d("2100") * 100)
        #expect(figures.womenParticipation == d("950") / d("1100") * 100)
        #expect(figures.disabilityParticipation == 75)
        #expect(figures.firstTimeParticipation == nil)
    }

    @Test func json_roundTripsExactly_andIsStable() throws {
        let summary = OfficeYearSummary(try Fixtures.load("pagaralam-2024-corrected").officeYear)

        let data = try summary.jsonData()
        let back = try OfficeYearSummary.decode(data)

        #expect(back == summary)
        #expect(try back.jsonData() == data)
        #expect(data.count < 20_000, "compact: \(data.count) bytes")
    }

    @Test func mapping_setsTheConfirmedCatalogueCode_onlyForTheConfirmedWording() throws {
        let year = try Fixtures.load("asahan-2024-corrected").officeYear
        let mapping = IndicatorMapping(decisions: [
            .init(officeCode: "655921", statement: "PERSENTASE partisipasi pemilih dalam pemilu / pemilihan", catalogueCode: "IKU-07"),
        ])

        let summary = OfficeYearSummary(year, mapping: mapping)

        #expect(summary.indicator("I7")?.catalogueCode == "IKU-07")
        #expect(summary.indicator("I8")?.catalogueCode == nil)
        #expect(OfficeYearSummary(year).applying(mapping) == summary)
    }
}
