import Foundation
import SakipCore

/// The sentences beside the election and logistics tables, and the provenance of bound realisations.
/// Every figure is computed from the rows, never taken from a printed total.
extension LKjSentences {

    /// "partisipasi pemilih" → "Partisipasi pemilih".
    static func capitalised(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// "Daftar Pemilih Tetap (DPT) … berjumlah 107.916 pemilih, terdiri atas 54.888 pemilih laki-laki dan …"
    static func dptRecap(_ event: ElectionEvent, statesVillages: Bool, table: ReportTable) -> String {
        let dpt = event.dpt
        let villages = statesVillages ? " dan \(IndonesianFormat.count(dpt.villageCount)) desa/kelurahan" : ""
        return "Daftar Pemilih Tetap (DPT) \(event.name) berjumlah \(IndonesianFormat.count(dpt.voters.total)) pemilih, terdiri atas "
            + "\(IndonesianFormat.count(dpt.voters.male)) pemilih laki-laki dan \(IndonesianFormat.count(dpt.voters.female)) pemilih perempuan, yang tersebar di "
            + "\(IndonesianFormat.count(dpt.tps)) TPS pada \(dpt.rows.count) kecamatan\(villages), sebagaimana \(table.label). "
            + "Jumlah tersebut merupakan penjumlahan rincian per kecamatan."
    }

    /// "Selain DPT, … mencatat Daftar Pemilih Tambahan (DPTb) sebanyak 300 pemilih …, sehingga jumlah DPT + DPTb + DPK …"
    static func registered(_ event: ElectionEvent, total: VoterCount, table: ReportTable) -> String {
        var lists: [String] = []
        var parts: [String] = []
        if !event.dpt.rows.isEmpty { parts.append("DPT") }
        if let dptb = event.dptb {
            lists.append("Daftar Pemilih Tambahan (DPTb) sebanyak \(IndonesianFormat.count(dptb.total)) pemilih")
            parts.append("DPTb")
        }
        if let dpk = event.dpk {
            lists.append("Daftar Pemilih Khusus (DPK) sebanyak \(IndonesianFormat.count(dpk.total)) pemilih")
            parts.append("DPK")
        }
        let opening = event.dpt.rows.isEmpty ? "\(event.name) mencatat" : "Selain DPT, \(event.name) mencatat"
        return "\(opening) \(lists.joined(separator: " dan ")), sehingga jumlah \(parts.joined(separator: " + ")) sebanyak "
            + "\(IndonesianFormat.count(total.total)) pemilih, sebagaimana \(table.label)."
    }

    /// "Tingkat partisipasi pemilih … sebesar 75,99 %, yaitu 82.000 pengguna hak pilih dari 107.916 pemilih terdaftar (DPT), …"
    static func participation(_ event: ElectionEvent, table: ReportTable) -> String {
        let base = event.participationBase
        // The denominator differs between elections (DOMAIN §6), so the report always names it.
        let denominator = base == .dpt
            ? "Penyebut tingkat partisipasi adalah DPT."
            : "Penyebut tingkat partisipasi adalah DPT + DPTb + DPK (DPT ditambah Daftar Pemilih Tambahan dan Daftar Pemilih Khusus)."
        guard let overall = event.participation(.overall) else {
            return "Tingkat partisipasi pemilih pada \(event.name) disajikan pada \(table.label), dengan penyebut setiap angka pada kolom Penyebut. \(denominator)"
        }
        return "Tingkat partisipasi pemilih pada \(event.name) sebesar \(IndonesianFormat.percent(overall.percent)), yaitu "
            + "\(IndonesianFormat.count(overall.numerator)) pengguna hak pilih dari \(IndonesianFormat.count(overall.denominator)) pemilih terdaftar "
            + "(\(overall.denominatorLabel)), sebagaimana \(table.label). \(denominator)"
    }

    /// Valid and invalid ballots, when both are given: invalid ballots still count as participation (DOMAIN §6).
    static func ballots(_ event: ElectionEvent) -> String? {
        guard let turnout = event.turnout, let valid = turnout.validBallots, let invalid = turnout.invalidBallots else { return nil }
        return "Dari pengguna hak pilih tersebut, terdapat \(IndonesianFormat.count(valid)) suara sah dan \(IndonesianFormat.count(invalid)) suara tidak sah; "
            + "suara tidak sah tetap dihitung sebagai partisipasi."
    }

    /// The sorting table's sentence: shortage and surplus counts, and the fulfilment share when computable.
    static func sorting(_ logistics: Logistics, table: ReportTable) -> String {
        let items = logistics.sorting
        var text = "Hasil penyortiran dan penghitungan \(items.count) jenis logistik disajikan pada \(table.label); kolom Kurang dan Lebih "
            + "dihitung dari selisih jumlah yang dipesan dan yang diterima."
        let short = items.filter { $0.shortage > 0 }.count
        let over = items.filter { $0.surplus > 0 }.count
        if short == 0 && over == 0 {
            text += " Seluruh jenis logistik diterima sejumlah yang dipesan."
        } else {
            var parts: [String] = []
            if short > 0 { parts.append("kekurangan kirim terdapat pada \(short) jenis logistik") }
            if over > 0 { parts.append("kelebihan kirim pada \(over) jenis logistik") }
            text += " " + capitalised(parts.joined(separator: " dan ")) + "."
        }
        if let share = logistics.fulfilmentPercent {
            text += " Sebanyak \(share.fulfilled) dari \(share.items) jenis logistik (\(IndonesianFormat.percent(share.percent))) terpenuhi, "
                + "yaitu jumlah yang baik ditambah permintaan kekurangan/rusak mencukupi jumlah yang dipesan."
        }
        return text
    }

    /// The items whose good + damaged differs from received, which sorting must account for; nil when none.
    static func unreconciled(_ logistics: Logistics) -> String? {
        let rows = logistics.sorting.filter { !$0.isReconciled }
        guard !rows.isEmpty else { return nil }
        let list = rows.map { row in
            "\(row.item) (baik \(IndonesianFormat.count(row.good)) + rusak \(IndonesianFormat.count(row.damaged)) = \(IndonesianFormat.count(row.good + row.damaged)), diterima \(IndonesianFormat.count(row.received)))"
        }
        return "Pada \(rows.count) jenis logistik, jumlah baik ditambah rusak tidak sama dengan jumlah yang diterima: \(list.joined(separator: "; "))."
    }

    /// The distribution table's sentence: totals of the rows, TPS beside the DPT recap, and the on-time share.
    static func distribution(_ logistics: Logistics, event: ElectionEvent?, table: ReportTable) -> String {
        var text = "Logistik didistribusikan ke \(logistics.distribution.count) kelurahan/desa dengan \(IndonesianFormat.count(logistics.distributedTPS)) TPS, "
            + "berupa \(IndonesianFormat.count(logistics.distributedBoxes)) kotak suara dan \(IndonesianFormat.count(logistics.distributedBags)) kantong plastik berisi logistik, "
            + "sebagaimana \(table.label)."
        if let event, !event.dpt.rows.isEmpty {
            text += event.dpt.tps == logistics.distributedTPS
                ? " Jumlah TPS tersebut sama dengan jumlah TPS pada rekapitulasi DPT."
                : " Jumlah TPS tersebut berbeda dengan rekapitulasi DPT yang mencatat \(IndonesianFormat.count(event.dpt.tps)) TPS."
        }
        if let day = event?.date, let share = logistics.onTimePercent(by: day) {
            text += " Sebanyak \(share.onTime) dari \(share.dated) kelurahan/desa (\(IndonesianFormat.percent(share.percent))) menerima logistik "
                + "paling lambat \(IndonesianDate.format(day)), hari pemungutan suara."
        }
        return text
    }

    /// The transport table's sentence: vehicles per leg, summed over the rows.
    static func transport(_ logistics: Logistics, table: ReportTable) -> String {
        "Pengangkutan logistik menggunakan \(IndonesianFormat.count(logistics.transportPPK)) kendaraan dari KPU ke PPK, "
            + "\(IndonesianFormat.count(logistics.transportPPS)) kendaraan dari PPK ke PPS dan \(IndonesianFormat.count(logistics.transportTPS)) kendaraan dari PPS ke TPS, "
            + "sebagaimana \(table.label)."
    }

    /// In an indicator's analysis: "Realisasi indikator ini dihitung dari DPT dan pengguna hak pilih …".
    static func provenance(_ bound: BoundRealisation) -> String {
        "Realisasi indikator ini \(bound.provenance)."
    }

    /// Under the measurement table: "Realisasi indikator “…” dihitung dari …".
    static func provenanceNote(_ indicator: Indicator, _ bound: BoundRealisation) -> String {
        "Realisasi indikator “\(indicator.statement)” \(bound.provenance)."
    }
}
