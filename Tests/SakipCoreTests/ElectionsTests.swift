import Foundation
import Testing
@testable import SakipCore

/// Election data (DOMAIN §6) from Pagar Alam's Tabel 3.3, and the participation rates and bindings it feeds.
@Suite struct ElectionsTests {
    let corrected: OfficeYear
    let printed: OfficeYear

    init() throws {
        corrected = try Fixtures.load("pagaralam-2024-corrected").officeYear
        printed = try Fixtures.load("pagaralam-2024").officeYear
    }

    var event: ElectionEvent { corrected.elections[0] }

    @Test func dptRecap_sumsTheRowsOfTabel3_3() {
        // Tabel 3.3: L 16.561 + 18.215 + 8.956 + 5.152 + 6.004 = 54.888; P 16.133 + 18.166 + 8.496 + 4.718 + 5.515 = 53.028.
        #expect(event.dpt.voters == VoterCount(male: 54888, female: 53028))
        #expect(event.dpt.voters.total == 107916)
        // TPS 70 + 73 + 46 + 30 + 29 = 248 (corrected); as printed 70 + 73 + 46 + 30 + 950 = 1.169.
        #expect(event.dpt.tps == 248)
        #expect(printed.elections[0].dpt.tps == 1169)
        #expect(event.dpt.villageCount == 35)
        // Dempo Tengah: 11.519 / 29 = 397,2068… voters per TPS; as printed 11.519 / 950 = 12,1252…
        #expect(event.dpt.rows[4].votersPerTPS?.roundedHalfUp(scale: 1) == Decimal(string: "397.2"))
        #expect(printed.elections[0].dpt.rows[4].votersPerTPS?.roundedHalfUp(scale: 1) == Decimal(string: "12.1"))
        #expect(event.participationBase == .dpt)
        // The seed prints participation only as an image (Gambar 3.45): no turnout, no rate.
        #expect(event.turnout == nil)
        #expect(event.participationRates.isEmpty)
    }

    /// A turnout on Pagar Alam's DPT. The figures of the turnout are hypothetical (the seed gives none);
    /// the denominators are the seed's.
    func withTurnout(_ base: ParticipationBase = .dpt, voted: VoterCount = VoterCount(male: 40000, female: 42000)) -> OfficeYear {
        var year = corrected
        year.elections[0].participationBase = base
        year.elections[0].dptb = VoterCount(male: 100, female: 200)
        year.elections[0].dpk = VoterCount(male: 50, female: 50)
        year.elections[0].turnout = Turnout(voted: voted, disabilityRegistered: 400, disabilityVoted: 300,
                                            firstTimeRegistered: 10000, firstTimeVoted: 8000, validBallots: 80000, invalidBallots: 2000)
        return year
    }

    @Test func participation_overDPT_isExactAndStatesItsDenominator() throws {
        let event = withTurnout().elections[0]
        let overall = try #require(event.participation(.overall))
        // 82.000 / 107.916 × 100 = 75,98502539… → 75,99 %
        #expect(overall.numerator == 82000 && overall.denominator == 107916)
        #expect(overall.denominatorLabel == "DPT")
        #expect(IndonesianFormat.percent(overall.percent) == "75,99\u{00A0}%")
        #expect(overall.percent.roundedHalfUp(scale: 6) == Decimal(string: "75.985025"))
        // 42.000 / 53.028 × 100 = 79,20343969… → 79,20 %
        let women = try #require(event.participation(.women))
        #expect(women.denominator == 53028)
        #expect(IndonesianFormat.percent(women.percent) == "79,20\u{00A0}%")
        // 300 / 400 = 75 %, 8.000 / 10.000 = 80 %
        #expect(event.participation(.disability)?.percent == 75)
        #expect(event.participation(.firstTime)?.percent == 80)
        #expect(overall.workings == "82.000 / 107.916 = 75,99\u{00A0}%")
    }

    @Test func participation_overDPTPlusDPTbPlusDPK_changesTheDenominator() throws {
        let event = withTurnout(.dptDptbDpk).elections[0]
        let overall = try #require(event.participation(.overall))
        // 82.000 / (107.916 + 300 + 100) = 82.000 / 108.316 = 75,70442… → 75,70 %
        #expect(overall.denominator == 108316)
        #expect(overall.denominatorLabel == "DPT + DPTb + DPK")
        #expect(IndonesianFormat.percent(overall.percent) == "75,70\u{00A0}%")
        // 42.000 / (53.028 + 200 + 50) = 42.000 / 53.278 = 78,83178… → 78,83 %
        #expect(IndonesianFormat.percent(try #require(event.participation(.women)).percent) == "78,83\u{00A0}%")
    }

    @Test func binding_takesTheRealisationFromTheElection_withProvenance() throws {
        var year = withTurnout()
        year.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024")]
        let bound = try #require(year.boundRealisation(for: "I3"))
        #expect(bound.provenance.contains("42.000 / 53.028 = 79,20\u{00A0}%"))
        #expect(bound.provenance.contains("Pemilihan Serentak 27 November 2024"))
        let row = try #require(year.measure().rows.first { $0.indicator.id == "I3" })
        // Capaian: 79,2034…/77 × 100 = 102,86161… → 102,86 % (the table's typed 77 % is ignored).
        #expect(row.achievement.display == "102,86\u{00A0}%")
    }

    @Test func binding_changingTheSourceData_changesTheCapaian() throws {
        var year = withTurnout(voted: VoterCount(male: 40000, female: 37000))
        year.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024")]
        // 37.000 / 53.028 = 69,7744588…; / 77 × 100 = 90,6161802… → 90,62 %
        let before = try #require(year.measure().rows.first { $0.indicator.id == "I3" })
        #expect(before.achievement.display == "90,62\u{00A0}%")
        year.elections[0].turnout?.voted.female = 42000
        let after = try #require(year.measure().rows.first { $0.indicator.id == "I3" })
        #expect(after.achievement.display == "102,86\u{00A0}%")
    }

    @Test func precedence_bindingThenQuarterlyThenTable() throws {
        var year = withTurnout()
        year.realisations = [QuarterlyRealisation(indicatorId: "I3", quarter: .fourth, value: .percentage(70))]
        // Quarterly realisation 70 beats the table's 77: 70/77 = 90,909… → 90,91 %.
        #expect(year.measure().rows.first { $0.indicator.id == "I3" }?.achievement.display == "90,91\u{00A0}%")
        year.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024")]
        #expect(year.measure().rows.first { $0.indicator.id == "I3" }?.achievement.display == "102,86\u{00A0}%")
        // A binding without data falls back to the quarterly value.
        year.elections[0].turnout = nil
        #expect(year.measure().rows.first { $0.indicator.id == "I3" }?.achievement.display == "90,91\u{00A0}%")
    }

    @Test func officeYear_withElectionsAndBindings_roundTrips() throws {
        var year = withTurnout(.dptDptbDpk)
        year.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024"),
                         IndicatorBinding(indicatorId: "I2", figure: .logisticsOnTime, eventId: "pemilihan2024")]
        year.elections[0].dpt.rows[0].subareas = [DPTRow(area: "Dempo Makmur", tps: 7, voters: VoterCount(male: 1500, female: 1400))]
        let text = OfficeYearWriter.write(year)
        let reread = try OfficeYearReader.read(text).officeYear
        #expect(reread == year)
        #expect(OfficeYearWriter.write(reread) == text)
    }
}

/// Logistics (DOMAIN §7) from Pagar Alam's Tabel 4, 5 and 6.
@Suite struct LogisticsTests {
    @Test func sortingAndDistribution_asTheSeedGivesThem() throws {
        let printed = try #require(try Fixtures.load("pagaralam-2024").officeYear.logistics)
        let corrected = try #require(try Fixtures.load("pagaralam-2024-corrected").officeYear.logistics)
        // Tabel 4: 35 kelurahan, 248 TPS, 496 boxes, 992 bags.
        #expect(printed.distribution.count == 35)
        #expect(printed.distributedTPS == 248 && printed.distributedBoxes == 496 && printed.distributedBags == 992)
        // Tabel 5: 7 trucks, 35 pick-ups, 138 motorbikes as printed (248 in the text and in the corrected file).
        #expect(printed.transportTPS == 138)
        #expect(corrected.transportTPS == 248)
        // Tabel 6: Segel ordered 12.478, received 10.999 → shortage 1.479; Tinta 496 → 506 → surplus 10.
        #expect(printed.sorting[4].shortage == 1479)
        #expect(printed.sorting[2].surplus == 10)
        // As printed, Kotak Suara (501 + 5 ≠ 501), Surat Suara (111.036 + 45 ≠ 111.036) and Sampul Kubus
        // (2.621 + 0 ≠ 2.763) do not reconcile; corrected, all 13 do.
        #expect(printed.sorting.enumerated().filter { !$1.isReconciled }.map(\.offset) == [0, 1, 6])
        #expect(corrected.sorting.filter { !$0.isReconciled }.isEmpty)
        // Every item's good + requested covers the order: 13 of 13 = 100 %.
        #expect(corrected.fulfilmentPercent?.percent == 100)
        // All rows arrived on 26 November 2024, the day before the election.
        #expect(corrected.onTimePercent(by: CalendarDate(iso: "2024-11-27")!)?.percent == 100)
        #expect(corrected.onTimePercent(by: CalendarDate(iso: "2024-11-25")!)?.percent == 0)
    }

    @Test func readerErrors_areLocatedAndInIndonesian() {
        let text = """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "x", "name": "KPU Kota X", "level": "kabupatenKota"},
         "elections": [{"id": "e1", "name": "Pemilihan", "kind": "pilkada", "dpt": {"rows": [{"area": "A", "tps": -1, "male": 1, "female": 2}]}}],
         "logistics": {"eventId": "e9", "sorting": [{"item": "Tinta", "ordered": 1, "received": 1, "good": 1, "damage": 0}]},
         "bindings": [{"indicatorId": "I9", "figure": "participation.men", "eventId": "e1"}]}
        """
        do {
            _ = try OfficeYearReader.read(text)
            Issue.record("expected errors")
        } catch {
            let paths = Set(error.issues.map(\.path))
            #expect(paths.contains("$.elections[0].kind"))
            #expect(paths.contains("$.elections[0].dpt.rows[0].tps"))
            #expect(paths.contains("$.logistics.sorting[0].damage"))
            #expect(paths.contains("$.logistics.sorting[0].damaged"))
            #expect(paths.contains("$.bindings[0].figure"))
            #expect(error.issues.first { $0.path == "$.elections[0].dpt.rows[0].tps" }?.reason == "jumlah tidak boleh negatif")
            #expect(error.issues.first { $0.path == "$.logistics.sorting[0].damage" }?.reason.contains("\"damaged\"") == true)
        }
        let dangling = """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "x", "name": "KPU Kota X", "level": "kabupatenKota"},
         "elections": [{"id": "e1", "name": "Pemilihan", "kind": "pemilihan"}],
         "logistics": {"eventId": "e9"},
         "bindings": [{"indicatorId": "I9", "figure": "participation.women", "eventId": "e2"}]}
        """
        do {
            _ = try OfficeYearReader.read(dangling)
            Issue.record("expected errors")
        } catch {
            #expect(error.issues.map(\.path) == ["$.logistics.eventId", "$.bindings[0].indicatorId", "$.bindings[0].eventId"])
        }
    }
}
