import Foundation
import Testing
@testable import SakipCore

/// The logistics supply checks on Pagar Alam: each finding the as-printed file really has, at its JSON path, and
/// none on the corrected file. Checks the seed gives no finding for are shown to fire on a changed copy.
@Suite struct PagarAlamLogisticsReviewTests {
    let printed: ReviewedSeed
    let corrected: ReviewedSeed
    let printedYear: OfficeYear

    static let newCodes = ["ARITH-NEEDS-TOTAL", "ARITH-PROCUREMENT-EFFICIENCY", "ARITH-PROCUREMENT-TOTAL", "LOGIC-DELIVERY-DATES",
                           "LOGIC-DESTRUCTION-SURPLUS", "CROSS-NEEDS-SORTING"]

    init() throws {
        printed = try ReviewedSeed("pagaralam-2024")
        corrected = try ReviewedSeed("pagaralam-2024-corrected")
        printedYear = try Fixtures.load("pagaralam-2024").officeYear
    }

    @Test func procurementEfficiency_column7IsContractDividedBySix_andTheDPCRowHasNoPagu() throws {
        let percent = [1, 5, 6, 7, 9, 10].map { "$.logistics.procurement[\($0)].printed.efficiencyPercent" }
        #expect(printed.paths("ARITH-PROCUREMENT-EFFICIENCY")
                == percent + ["$.logistics.procurement[12].printed.efficiency", "$.logistics.procurement[12].printed.efficiencyPercent"])
        let a4 = try #require(printed.finding("ARITH-PROCUREMENT-EFFICIENCY", at: "$.logistics.procurement[10].printed.efficiencyPercent"))
        #expect(a4.expected == "79,07\u{00A0}%")
        #expect(a4.found == "Rp25.957")
        #expect(a4.message.contains("efisiensi Rp\u{00A0}588.256 / pagu Rp\u{00A0}744.000 × 100 = 79,07\u{00A0}%"))
        let plano = try #require(printed.finding("ARITH-PROCUREMENT-EFFICIENCY", at: "$.logistics.procurement[9].printed.efficiencyPercent"))
        #expect(plano.expected == "-11,00\u{00A0}%")
        let ballots = try #require(printed.finding("ARITH-PROCUREMENT-EFFICIENCY", at: "$.logistics.procurement[1].printed.efficiencyPercent"))
        #expect(ballots.expected == "0,00\u{00A0}%" && ballots.found == "Rp3.115.654")
        let dpc = try #require(printed.finding("ARITH-PROCUREMENT-EFFICIENCY", at: "$.logistics.procurement[12].printed.efficiency"))
        #expect(dpc.expected == nil && dpc.found == "-Rp\u{00A0}337.280")
        #expect(dpc.message.contains("tidak memuat pagu"))
        // The printed efficiencies in rupiah of the rows with pagu and contract (0, −132.713, 588.256) are right.
        #expect(printed.finding("ARITH-PROCUREMENT-EFFICIENCY", at: "$.logistics.procurement[10].printed.efficiency") == nil)
        #expect(printed.report.findings(code: "ARITH-PROCUREMENT-EFFICIENCY").allSatisfy { $0.severity == .error && $0.concernsStatedFigure })
    }

    @Test func procurementTotal_efficiency118263_insteadOf455543() throws {
        #expect(printed.paths("ARITH-PROCUREMENT-TOTAL") == ["$.logistics.procurementTotal.efficiency"])
        let finding = try #require(printed.finding("ARITH-PROCUREMENT-TOTAL", at: "$.logistics.procurementTotal.efficiency"))
        #expect(finding.expected == "Rp\u{00A0}455.543")
        #expect(finding.found == "Rp\u{00A0}118.263")
        #expect(finding.message.contains("Daftar Pasangan Calon"))
        #expect(finding.concernsStatedFigure)
    }

    @Test func deliveryDates_rows9To11_arriveBeforeTheyWereSent() throws {
        #expect(printed.paths("LOGIC-DELIVERY-DATES") == [8, 9, 10].map { "$.logistics.deliveries[\($0)].arrived" })
        let finding = try #require(printed.finding("LOGIC-DELIVERY-DATES", at: "$.logistics.deliveries[10].arrived"))
        #expect(finding.found == "4 November 2024")
        #expect(finding.expected == "pada atau setelah 16 November 2024")
        #expect(finding.severity == .error)
        // A contradiction in the data, not in a printed figure: it blocks.
        #expect(printedYear.review().blockingFindings.contains { $0.code == "LOGIC-DELIVERY-DATES" })
    }

    @Test func needsTotal_137535_agrees_andAWrongTotalIsFound() throws {
        #expect(printed.paths("ARITH-NEEDS-TOTAL").isEmpty)
        var year = printedYear
        year.logistics?.needsTotal = Logistics.NeedsTotal(quantity: 137335, pagu: 27738392)
        let review = year.review()
        #expect(review.findings(code: "ARITH-NEEDS-TOTAL").compactMap(\.place.path)
                == ["$.logistics.needsTotal.quantity", "$.logistics.needsTotal.pagu"])
        let pagu = try #require(review.findings(code: "ARITH-NEEDS-TOTAL").last)
        #expect(pagu.expected == "Rp\u{00A0}28.075.672" && pagu.found == "Rp\u{00A0}27.738.392")
        #expect(review.findings(code: "ARITH-NEEDS-TOTAL").allSatisfy { $0.concernsStatedFigure })
    }

    @Test func needsAgainstSorting_allTwelveMatchedItemsAgree_andAChangedOneIsFound() throws {
        // "Surat Suara" (Tabel 1) and "Surat Suara Walikota dan Wakil Walikota" (Tabel 6) are different names: not compared.
        #expect(printed.paths("CROSS-NEEDS-SORTING").isEmpty)
        var year = printedYear
        year.logistics?.needs[0].quantity = 496
        year.logistics?.needs[1].quantity = 1
        year.logistics?.needs[11].item = "  kabel  TIES "
        year.logistics?.needs[11].quantity = 3000
        let findings = year.review().findings(code: "CROSS-NEEDS-SORTING")
        #expect(findings.compactMap(\.place.path) == ["$.logistics.needs[0].quantity", "$.logistics.needs[11].quantity"])
        #expect(findings.first?.expected == "506" && findings.first?.found == "496")
        #expect(findings.last?.expected == "3.454")
    }

    @Test func destructionSurplus_namesDoNotMatchTheSortingTable_soNothingIsClaimed() throws {
        // Tabel 8 "Surat Suara Pemilihan Walikota dan Wakil Walikota" vs Tabel 6 "Surat Suara Walikota dan Wakil Walikota".
        #expect(printed.paths("LOGIC-DESTRUCTION-SURPLUS").isEmpty)
        var year = printedYear
        year.logistics?.destruction[1].item = "surat suara walikota dan  wakil walikota"
        // As printed, sorting has 45 damaged + (111.036 − 110.614 =) 422 surplus = 467: destroying 467 is allowed.
        #expect(year.review().findings(code: "LOGIC-DESTRUCTION-SURPLUS").isEmpty)
        year.logistics?.destruction.append(DestructionRow(item: "Surat Suara Walikota dan Wakil Walikota", count: 33))
        let findings = year.review().findings(code: "LOGIC-DESTRUCTION-SURPLUS")
        #expect(findings.compactMap(\.place.path) == ["$.logistics.destruction[3].count"])
        #expect(findings.first?.found == "500")
        #expect(findings.first?.expected == "paling banyak 467")
        #expect(findings.first?.severity == .warning)
    }

    @Test func roundedEfficiencyPercent_isARoundingWarning_notAWrongFigure() throws {
        var year = try Fixtures.load("pagaralam-2024-corrected").officeYear
        year.logistics?.procurement[10].printed.efficiencyPercent = "79,06 %"
        let review = year.review()
        #expect(review.findings(code: "ARITH-PROCUREMENT-EFFICIENCY").isEmpty)
        let rounding = try #require(review.findings(code: "ARITH-ROUNDING").first)
        #expect(rounding.place.path == "$.logistics.procurement[10].printed.efficiencyPercent")
        #expect(rounding.expected == "79,07\u{00A0}%")
    }

    @Test func corrected_hasNoneOfTheLogisticsSupplyFindings() {
        for code in Self.newCodes {
            #expect(corrected.paths(code).isEmpty, "\(code)")
        }
        #expect(corrected.paths("ARITH-ROUNDING").isEmpty)
    }
}
