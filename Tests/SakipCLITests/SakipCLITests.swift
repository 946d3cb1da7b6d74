import Foundation
import Testing
@testable import SakipCLI
@testable import SakipCore

private let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/seeds")

private func report(_ seed: String) throws -> ComputeReport {
    let read = try OfficeYearReader.read(contentsOf: seeds.appendingPathComponent("\(seed).json"))
    return ComputeReport(officeYear: read.officeYear, warnings: read.warnings)
}

@Suite struct AchievementCommandTests {
    @Test func lowerIsBetter_dptExample_isZeroAndTidakBerhasil() throws {
        let output = try AchievementCommand.render(target: "0,1 %", actual: "1,1 %", polarity: .lowerIsBetter, formula: .mirror, json: false)
        #expect(output.text.contains("Capaian   : 0,00\u{00A0}%"))
        #expect(output.text.contains("Kategori  : Tidak Berhasil"))
    }

    @Test func lowerIsBetter_revisionsExample_is50() throws {
        let output = try AchievementCommand.render(target: "10 kali", actual: "15 kali", polarity: .lowerIsBetter, formula: .mirror, json: false)
        #expect(output.text.contains("Capaian   : 50,00\u{00A0}%"))
        let ratio = try AchievementCommand.render(target: "10 kali", actual: "15 kali", polarity: .lowerIsBetter, formula: .ratio, json: false)
        #expect(ratio.text.contains("Capaian   : 66,67\u{00A0}%"))
    }

    @Test func json_carriesTheExactValueAndItsSpelling() throws {
        let output = try AchievementCommand.render(target: "75 %", actual: "74,63 %", polarity: .higherIsBetter, formula: .mirror, json: true)
        let value = try JSONParser.parse(output.text)
        #expect(value["capaianText"] == .string("99,51\u{00A0}%"))
        #expect(value["category"] == .string("Berhasil"))
        if case .number(let literal)? = value["capaian"] { #expect(literal.hasPrefix("99.50666")) } else { Issue.record("capaian is not a number") }
    }

    @Test func wrongKind_isRejectedWithTheReason() throws {
        let output = try AchievementCommand.render(target: "B", actual: "100 %", polarity: .higherIsBetter, formula: .mirror, json: false)
        #expect(output.achievement.percent == nil)
        #expect(output.text.contains("ditolak"))
        #expect(output.text.contains("diharapkan salah satu nilai AA, A, BB, B, CC, C, D"))
    }

    @Test func ambiguousInput_isRefused() {
        #expect(throws: ValueParseError.self) {
            try AchievementCommand.render(target: "1,100", actual: "1 %", polarity: .higherIsBetter, formula: .mirror, json: false)
        }
    }

    @Test func arguments_parseAsTheReadmeShows() throws {
        let command = try SakipCommand.parseAsRoot(["achievement", "--target", "0,1 %", "--actual", "1,1 %", "--polarity", "lower"])
        let achievement = try #require(command as? AchievementCommand)
        #expect(achievement.polarity == .lower)
        #expect(achievement.formula == .mirror)
    }
}

@Suite struct ComputeCommandTests {
    @Test func asahanCorrected_textShowsTheRecomputedFigures() throws {
        let text = try report("asahan-2024-corrected").text()
        #expect(text.contains("KPU KABUPATEN ASAHAN — TAHUN 2024"))
        #expect(text.contains("74,63\u{00A0}% | 99,51\u{00A0}% | Berhasil"))
        #expect(text.contains("1,1\u{00A0}% |   0,00\u{00A0}% | Tidak Berhasil"))
        #expect(text.contains("Capaian kantor (rata-rata sasaran): 91,37\u{00A0}% — Berhasil"))
        #expect(text.contains("| 83.389.671.000 | 83.098.081.692 | 291.589.308 |  99,65\u{00A0}%"))
        #expect(text.contains("delapan puluh tiga miliar tiga ratus delapan puluh sembilan juta enam ratus tujuh puluh satu ribu rupiah"))
        #expect(!text.contains("PERINGATAN DATA"))
    }

    @Test func asahanAsPrinted_listsTheRejectedRowWithItsPath() throws {
        let text = try report("asahan-2024").text()
        #expect(text.contains("PERINGATAN DATA"))
        // The place in words first, the file's path in small print after it.
        #expect(text.contains("Tabel pengukuran indikator I4, kolom Realisasi: \"100 %\" — "))
        #expect(text.contains("(lokasi di berkas: $.measurement.rows[1].realisation)"))
    }

    @Test func pematangsiantar_budgetByOutputHas6870At6613() throws {
        let text = try report("pematangsiantar-2024").text()
        #expect(text.contains("6870.QGE"))
        #expect(text.contains("4.960.000 |      3.280.000 |     1.680.000 | 66,13\u{00A0}%"))
        #expect(text.contains("| 36.440.194.000 | 35.057.417.535 | 1.382.776.465 | 96,21\u{00A0}%"))
    }

    @Test func pagarAlam_revisionsAndGrantAreShown() throws {
        let text = try report("pagaralam-2024").text()
        #expect(text.contains("REVISI DIPA (15 kali revisi)"))
        #expect(text.contains("! Dipa Revisi 1 bertanggal 13 Februari 2023, sebelum Dipa Awal yang direvisinya (24 November 2023)"))
        #expect(text.contains("Tahap 2023: Rp\u{00A0}8.047.407.908 (40,00\u{00A0}%)"))
        #expect(text.contains("10\u{00A0}kali |   15\u{00A0}kali | 50,00\u{00A0}% | Tidak Berhasil"))
    }

    @Test func pagarAlam_dptRecapAndLogisticsReconciliationAreShown() throws {
        let text = try report("pagaralam-2024").text()
        #expect(text.contains("PEMILIHAN SERENTAK 27 NOVEMBER 2024 (27 November 2024)"))
        #expect(text.contains("REKAPITULASI DPT (Tabel 3.3)"))
        // The rows' own sums: 1.169 TPS as printed, 107.916 voters.
        #expect(text.contains("| JUMLAH"))
        #expect(text.contains("1.169"))
        #expect(text.contains("107.916"))
        #expect(text.contains("Partisipasi: data pengguna hak pilih belum ada."))
        #expect(text.contains("+45 !"))
        #expect(text.contains("−142 !"))
        #expect(text.contains("Distribusi ke TPS: 35 kelurahan, 248 TPS, 496 kotak suara, 992 kantong (rekapitulasi DPT: 1.169 TPS)"))
        #expect(text.contains("Moda transportasi: KPU→PPK 7, PPK→PPS 35, PPS→TPS 138"))
        let corrected = try report("pagaralam-2024-corrected").text()
        #expect(corrected.contains("Pemenuhan: 13 dari 13 jenis logistik (baik + permintaan ≥ dipesan) = 100,00\u{00A0}%"))
        #expect(corrected.contains("Tepat waktu: 35 dari 35 tiba paling lambat 27 November 2024 = 100,00\u{00A0}%"))
    }

    @Test func pagarAlam_logisticsSupplyTablesAreShownWithTheirComputedFigures() throws {
        let text = try report("pagaralam-2024").text()
        #expect(text.contains("Kebutuhan logistik — jumlah dihitung dari baris"))
        #expect(text.contains("| 137.535 |        | Rp\u{00A0}28.075.672"))
        // Tabel 2, Salinan A4: 744.000 − 155.744 = 588.256 = 79,07 % of the pagu; the total is the rows' 455.543.
        #expect(text.contains("Formulir Model C. Hasil Salinan-KWK (A4) |    Rp\u{00A0}744.000 |    Rp\u{00A0}314 |    Rp\u{00A0}155.744 |  Rp\u{00A0}588.256 |     79,07\u{00A0}%"))
        #expect(text.contains("| Rp\u{00A0}27.738.392 | Rp\u{00A0}86.704 | Rp\u{00A0}27.620.129 |  Rp\u{00A0}455.543 |      1,64\u{00A0}%"))
        #expect(text.contains("| 16 November 2024  | 4 November 2024   | Mobil JNT               | ya (! tiba sebelum dikirim)"))
        #expect(text.contains("Pengiriman tepat waktu: 13 dari 13 tiba paling lambat 27 November 2024 = 100,00\u{00A0}%"))
        #expect(text.contains("- Gudang Logistik KPU Kota Pagar Alam (7 x 12 m): sewa, 24 bulan, memadai"))
        #expect(text.contains("JUMLAH                                            |         486 |"))
        let json = try JSONParser.parse(try report("pagaralam-2024").json())
        let logistics = try #require(json["logistics"])
        #expect(logistics["needs"]?["quantity"] == .number("137535"))
        #expect(logistics["procurement"]?["efficiency"] == .number("455543"))
        guard case .array(let rows)? = logistics["procurement"]?["rows"], case .array(let deliveries)? = logistics["deliveries"]?["rows"] else {
            Issue.record("procurement or deliveries rows missing")
            return
        }
        #expect(rows[10]["efficiency"] == .number("588256"))
        #expect(rows[10]["efficiencyPercentText"] == .string("79,07\u{00A0}%"))
        #expect(deliveries[10]["arrivesBeforeSent"] == .bool(true))
        #expect(logistics["deliveries"]?["onTimePercent"] == .number("100"))
        #expect(logistics["destruction"]?["count"] == .number("486"))
        guard case .array(let warehouses)? = logistics["warehouses"] else {
            Issue.record("warehouses missing")
            return
        }
        #expect(warehouses.first?["ownership"] == .string("sewa"))
    }

    @Test func participationAndBindings_areShownWithTheirDenominator() throws {
        var year = try OfficeYearReader.read(contentsOf: seeds.appendingPathComponent("pagaralam-2024-corrected.json")).officeYear
        // Hypothetical turnout on the seed's DPT: 82.000 / 107.916 = 75,99 %; 42.000 / 53.028 = 79,20 %.
        year.elections[0].turnout = Turnout(voted: VoterCount(male: 40000, female: 42000))
        year.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024")]
        let computed = ComputeReport(officeYear: year, warnings: [])
        let text = computed.text()
        #expect(text.contains("PARTISIPASI (penyebut: DPT)"))
        #expect(text.contains("- partisipasi pemilih: 82.000 / 107.916 = 75,99\u{00A0}% (penyebut: DPT)"))
        #expect(text.contains("- partisipasi pemilih perempuan: 42.000 / 53.028 = 79,20\u{00A0}% (penyebut: pemilih perempuan DPT)"))
        #expect(text.contains("- I3 (participation.women): 79,20\u{00A0}% — dihitung dari DPT dan pengguna hak pilih"))
        let json = try JSONParser.parse(computed.json())
        guard case .array(let elections)? = json["elections"], case .array(let rates)? = elections.first?["participation"] else {
            Issue.record("elections missing")
            return
        }
        #expect(rates.first?["percentText"] == .string("75,99\u{00A0}%"))
        #expect(rates.first?["denominator"] == .number("107916"))
        #expect(json["logistics"]?["distribution"]?["tps"] == .number("248"))
        guard case .array(let bindings)? = json["bindings"] else {
            Issue.record("bindings missing")
            return
        }
        #expect(bindings.first?["indicatorId"] == .string("I3"))
        // Files without election data keep their JSON unchanged.
        let asahan = try JSONParser.parse(try report("asahan-2024-corrected").json())
        #expect(asahan["elections"] == nil)
    }

    @Test func json_isValidAndCarriesExactFigures() throws {
        let json = try JSONParser.parse(try report("asahan-2024-corrected").json())
        #expect(json["office"]?["name"] == .string("KPU Kabupaten Asahan"))
        #expect(json["measurement"]?["officeMeanText"] == .string("91,37\u{00A0}%"))
        #expect(json["budget"]?["total"]?["pagu"] == .number("83389671000"))
        #expect(json["budget"]?["total"]?["persenText"] == .string("99,65\u{00A0}%"))
        guard case .array(let objectives)? = json["measurement"]?["objectives"] else {
            Issue.record("objectives missing")
            return
        }
        #expect(objectives.count == 6)
    }
}
