import Foundation
import Testing
@testable import SakipCore

/// Logistics supply (DOMAIN §7) from Pagar Alam's Tabel 1, 2, 3, 7 and 8: needs, procurement and its efficiency,
/// deliveries from the suppliers, warehouses and destruction; the reader's errors; the delivery binding.
@Suite struct LogisticsSupplyTests {
    let printed: Logistics
    let corrected: Logistics
    let correctedYear: OfficeYear

    init() throws {
        printed = try #require(try Fixtures.load("pagaralam-2024").officeYear.logistics)
        correctedYear = try Fixtures.load("pagaralam-2024-corrected").officeYear
        corrected = try #require(correctedYear.logistics)
    }

    static let electionDay = CalendarDate(iso: "2024-11-27")!

    @Test func needs_sumTheRowsOfTabel1_andAgreeWithThePrinted137535() throws {
        // 506 + 110.614 + 496 + 992 + 12.478 + 248 + 2.763 + 3.996 + 500 + 744 + 496 + 3.454 + 248 = 137.535
        #expect(printed.needs.count == 13)
        #expect(printed.needsQuantity == 137535)
        #expect(printed.needsTotal?.quantity == 137535)
        #expect(printed.needsTotal?.quantity == printed.needsQuantity)
        // Pagu of the seven rows that give one: 18.693.924 + 1.409.136 + 3.040.875 + 2.643.970 + 1.206.487 + 744.000 + 337.280.
        #expect(printed.needsPagu == 28075672)
        #expect(printed.needs[1].unit == "Lembar" && printed.needs[1].pagu == 18693924)
        #expect(printed.needs[0].pagu == nil)
    }

    @Test func procurement_salinanA4_efficiency588256_is79_07Percent() throws {
        let row = try #require(printed.procurement.first { $0.item == "Formulir Model C. Hasil Salinan-KWK (A4)" })
        #expect(row.pagu == 744000 && row.contract == 155744)
        // 744.000 − 155.744 = 588.256; 588.256 / 744.000 × 100 = 79,0666… → 79,07 %
        #expect(row.efficiency == 588256)
        let percent = try #require(row.efficiencyPercent)
        #expect(percent.roundedHalfUp(scale: 4) == d("79.0667"))
        #expect(IndonesianFormat.percent(percent) == "79,07\u{00A0}%")
        // The seed prints column (7) as contract ÷ 6 (155.744 / 6 = 25.957,33), not efficiency / pagu.
        #expect(row.printed.efficiencyPercent == "Rp25.957")
        #expect(row.printed.efficiency == 588256)
    }

    @Test func procurement_plano_contractAbovePagu_givesNegativeEfficiency() throws {
        let row = printed.procurement[9]
        #expect(row.item == "Formulir Model C. Hasil-KWK (Plano)")
        // 1.206.487 − 1.339.200 = −132.713; / 1.206.487 × 100 = −10,99995… → −11,00 %
        #expect(row.efficiency == -132713)
        #expect(IndonesianFormat.percent(try #require(row.efficiencyPercent)) == "-11,00\u{00A0}%")
        // A row with an HPS only (Kotak Suara) and the DPC row with a contract but no pagu have no efficiency.
        #expect(printed.procurement[0].efficiency == nil && printed.procurement[0].efficiencyPercent == nil)
        #expect(printed.procurement[12].pagu == nil && printed.procurement[12].efficiency == nil)
    }

    @Test func procurement_totals_areTheRowSums_notThePrintedLine() {
        // As printed: Σ pagu 27.738.392, Σ HPS 86.704, Σ contract 27.620.129 (all equal to the printed line).
        #expect(printed.procurementPagu == 27738392)
        #expect(printed.procurementHPS == 86704)
        #expect(printed.procurementContract == 27620129)
        // Σ efficiency of the rows with pagu and contract: 0 + 0 + 0 + 0 − 132.713 + 588.256 = 455.543; the printed
        // 118.263 is Σ pagu − Σ contract, which counts the DPC contract against a pagu Tabel 2 leaves blank.
        #expect(printed.procurementEfficiency == 455543)
        #expect(printed.procurementTotal?.efficiency == 118263)
        // 455.543 / 27.738.392 × 100 = 1,6422… %
        #expect(printed.procurementEfficiencyPercent.map { IndonesianFormat.percent($0) } == "1,64\u{00A0}%")
        // Corrected: the DPC pagu 337.280 of Tabel 1 fills Tabel 2's blank; the DPC efficiency is 0.
        #expect(corrected.procurementPagu == 28075672)
        #expect(corrected.procurementEfficiency == 455543)
        #expect(corrected.procurementTotal == Logistics.ProcurementTotal(pagu: 28075672, hps: 86704, contract: 27620129, efficiency: 455543))
        // 455.543 / 28.075.672 × 100 = 1,6225… %
        #expect(corrected.procurementEfficiencyPercent.map { IndonesianFormat.percent($0) } == "1,62\u{00A0}%")
    }

    @Test func deliveries_rows9To11_arriveBeforeTheyWereSent() {
        // Tabel 3 rows 9, 10, 11: sent 16-11-2024, arrived 20-10-2024, 20-10-2024 and 4-11-2024.
        #expect(printed.deliveries.enumerated().filter { $1.arrivesBeforeSent }.map(\.offset) == [8, 9, 10])
        #expect(printed.deliveries[10].sent == CalendarDate(iso: "2024-11-16"))
        #expect(printed.deliveries[10].arrived == CalendarDate(iso: "2024-11-04"))
        // Two printed dispatch dates: the first is taken (Kotak Suara 12-9-2024, not 11-11-2024).
        #expect(printed.deliveries[0].sent == CalendarDate(iso: "2024-09-12"))
        #expect(corrected.deliveries.filter(\.arrivesBeforeSent).isEmpty)
        #expect(corrected.deliveries[8].sent == nil && corrected.deliveries[8].arrived == CalendarDate(iso: "2024-10-20"))
    }

    @Test func deliveries_onTime_countsArrivalsByTheElectionDay() throws {
        // Every one of the 13 deliveries arrived by 27 November 2024 (the latest, Sampul Biasa, on 5 November).
        let share = try #require(corrected.deliveriesOnTime(by: Self.electionDay))
        #expect(share.onTime == 13 && share.dated == 13 && share.percent == 100)
        // By 19 Oktober 2024 only six had arrived (kotak suara, surat suara, tinta, bilik, segel, kabel ties):
        // 6 / 13 × 100 = 46,1538… → 46,15 %.
        let early = try #require(corrected.deliveriesOnTime(by: CalendarDate(iso: "2024-10-19")!))
        #expect(early.onTime == 6 && early.dated == 13)
        #expect(IndonesianFormat.percent(early.percent) == "46,15\u{00A0}%")
        #expect(corrected.deliveries[0].isOnTime(by: CalendarDate(iso: "2024-09-20")!) == false)
        #expect(Logistics(deliveries: [DeliveryRow(item: "Tinta")]).deliveriesOnTime(by: Self.electionDay) == nil)
    }

    @Test func warehouseAndDestruction_asTabel7And8GiveThem() {
        // Tabel 7: one rented warehouse of 7 x 12 m for 24 months, adequate.
        #expect(printed.warehouses == [Warehouse(name: "Gudang Logistik KPU Kota Pagar Alam", size: "7 x 12 m", ownership: .sewa,
                                                 months: 24, condition: .memadai)])
        // Tabel 8: 18 + 467 + 1 = 486 ballots destroyed.
        #expect(printed.destruction.map(\.count) == [18, 467, 1])
        #expect(printed.destroyedCount == 486)
        #expect(printed.destruction[2].date == CalendarDate(iso: "2024-12-01"))
    }

    @Test func isEmpty_coversTheNewTables() {
        #expect(Logistics().isEmpty)
        #expect(!Logistics(needs: [NeedRow(item: "Tinta", quantity: 1)]).isEmpty)
        #expect(!Logistics(needsTotal: Logistics.NeedsTotal(quantity: 1)).isEmpty)
        #expect(!Logistics(procurement: [ProcurementRow(item: "Tinta")]).isEmpty)
        #expect(!Logistics(procurementTotal: Logistics.ProcurementTotal()).isEmpty)
        #expect(!Logistics(deliveries: [DeliveryRow(item: "Tinta")]).isEmpty)
        #expect(!Logistics(warehouses: [Warehouse(ownership: .milik, condition: .memadai)]).isEmpty)
        #expect(!Logistics(destruction: [DestructionRow(item: "Surat Suara", count: 1)]).isEmpty)
    }

    // MARK: - Binding

    @Test func binding_deliveryOnTime_takesTheRealisationFromTheDeliveries() throws {
        var year = correctedYear
        year.bindings = [IndicatorBinding(indicatorId: "I27", figure: .logisticsDeliveryOnTime, eventId: "pemilihan2024")]
        let bound = try #require(year.boundRealisation(for: "I27"))
        #expect(bound.value == .percentage(100))
        #expect(bound.provenance == "dihitung dari tabel pengiriman logistik dari penyedia Pemilihan Serentak 27 November 2024: 13 dari 13 pengiriman tiba paling lambat 27 November 2024 = 100,00\u{00A0}%")
        // With the election on 19 Oktober 2024, 6 of 13 = 46,1538… %; the capaian against the 100 % target follows.
        year.elections[0].date = CalendarDate(iso: "2024-10-19")
        let early = try #require(year.boundRealisation(for: "I27"))
        #expect(early.provenance.hasSuffix("6 dari 13 pengiriman tiba paling lambat 19 Oktober 2024 = 46,15\u{00A0}%"))
        let row = try #require(year.measure().rows.first { $0.indicator.id == "I27" })
        #expect(row.achievement.display == "46,15\u{00A0}%")
        #expect(IndicatorBinding.Figure(rawValue: "logistics.deliveryOnTime") == .logisticsDeliveryOnTime)
        #expect(IndicatorBinding.Figure.logisticsDeliveryOnTime.participation == nil)
    }

    @Test func binding_deliveryOnTime_withoutDeliveries_fallsBackToTheTable() throws {
        var year = correctedYear
        year.bindings = [IndicatorBinding(indicatorId: "I27", figure: .logisticsDeliveryOnTime, eventId: "pemilihan2024")]
        year.logistics?.deliveries = []
        #expect(year.boundRealisation(for: "I27") == nil)
        year.logistics?.deliveries = [DeliveryRow(item: "Tinta", arrived: CalendarDate(iso: "2024-11-28"))]
        #expect(year.boundRealisation(for: "I27")?.value == .percentage(0))
    }

    // MARK: - Reading and writing

    @Test func everyNewField_roundTrips() throws {
        var year = correctedYear
        year.logistics?.needsTotal = Logistics.NeedsTotal(quantity: 137535, pagu: 28075672)
        year.logistics?.procurement[0].supplier = "PT Asada Mitra Pacindo"
        year.logistics?.warehouses.append(Warehouse(name: "Gudang 2", address: "Jl. Laskar Wanita", size: "10 x 20 m", ownership: .milik,
                                                    condition: .kurangMemadai))
        year.logistics?.destruction[0].reference = "BA/001/PL.02-BA/1672/2024"
        year.bindings = [IndicatorBinding(indicatorId: "I27", figure: .logisticsDeliveryOnTime, eventId: "pemilihan2024")]
        let text = OfficeYearWriter.write(year)
        let reread = try OfficeYearReader.read(text).officeYear
        #expect(reread == year)
        #expect(OfficeYearWriter.write(reread) == text)
        // The module documents a store keeps carry the new tables too.
        let modules = year.moduleJSON
        var empty = year
        empty.logistics = nil
        #expect(try empty.withModules(modules).logistics == year.logistics)
    }

    static let header = """
    "format": "sakip-office-year", "version": 1, "year": 2024,
    "office": {"code": "x", "name": "KPU Kota X", "level": "kabupatenKota"},
    "elections": [{"id": "e1", "name": "Pemilihan", "date": "2024-11-27", "kind": "pemilihan"}]
    """

    func issues(_ logistics: String) -> [LocatedIssue] {
        do {
            _ = try OfficeYearReader.read("{\(Self.header), \"logistics\": \(logistics)}")
            return []
        } catch {
            return error.issues
        }
    }

    @Test func readerErrors_badOwnershipAndNegativeCount_areLocatedAndInIndonesian() {
        let found = issues("""
        {"eventId": "e1",
         "needs": [{"item": "Tinta", "quantity": -5, "pagu": "Rp -1.000"}],
         "procurement": [{"item": "Tinta", "pagu": -100, "contrak": 5, "printed": {"efficiency": -50, "efficiencyPercent": 7}}],
         "deliveries": [{"item": "Tinta", "packages": 2, "sent": "2024-11-31"}],
         "warehouses": [{"ownership": "kontrak", "condition": "baik", "months": 12}, {"ownership": "milik", "condition": "memadai", "months": 6}],
         "destruction": [{"item": "Surat Suara", "count": -3}]}
        """)
        let byPath = Dictionary(found.map { ($0.path, $0) }, uniquingKeysWith: { first, _ in first })
        #expect(byPath["$.logistics.warehouses[0].ownership"]?.reason == "nilai tidak dikenal; pilihan: milik KPU, pinjam, sewa")
        #expect(byPath["$.logistics.warehouses[0].ownership"]?.location == "Gudang logistik ke-1, kolom Status kepemilikan")
        #expect(byPath["$.logistics.warehouses[0].ownership"]?.value == "kontrak")
        #expect(byPath["$.logistics.warehouses[0].condition"]?.reason == "nilai tidak dikenal; pilihan: memadai, kurang memadai")
        #expect(byPath["$.logistics.warehouses[0].condition"]?.detail == "nilai dalam berkas: memadai, kurangMemadai")
        #expect(byPath["$.logistics.warehouses[1].months"]?.reason == "jangka waktu hanya untuk gudang pinjam atau sewa, bukan gudang milik KPU")
        #expect(byPath["$.logistics.destruction[0].count"]?.reason == "jumlah tidak boleh negatif")
        #expect(byPath["$.logistics.destruction[0].count"]?.value == "-3")
        #expect(byPath["$.logistics.needs[0].quantity"]?.reason == "jumlah tidak boleh negatif")
        #expect(byPath["$.logistics.procurement[0].pagu"]?.reason == "jumlah uang tidak boleh negatif")
        #expect(byPath["$.logistics.procurement[0].contrak"]?.reason.contains("\"contract\"") == true)
        #expect(byPath["$.logistics.procurement[0].printed.efficiencyPercent"] != nil)
        #expect(byPath["$.logistics.deliveries[0].sent"] != nil)
        // A printed efficiency may be negative (a contract above its pagu).
        #expect(byPath["$.logistics.procurement[0].printed.efficiency"] == nil)
        // All at once, not only the first.
        #expect(found.count >= 10)
    }

    @Test func reader_keepsADeliveryThatArrivesBeforeItWasSent() throws {
        let text = "{\(Self.header), \"logistics\": {\"deliveries\": [{\"item\": \"Tinta\", \"sent\": \"2024-11-16\", \"arrived\": \"2024-10-20\"}]}}"
        let year = try OfficeYearReader.read(text).officeYear
        #expect(year.logistics?.deliveries.first?.arrivesBeforeSent == true)
        // The only election is the logistics' event when eventId is absent.
        #expect(year.logisticsEvent?.id == "e1")
        #expect(issues("{\"warehouses\": [{\"condition\": \"memadai\"}]}").map(\.path) == ["$.logistics.warehouses[0].ownership"])
    }
}
