import SakipCore

/// The appendix of a KPU Provinsi's LKj that consolidates its Kab/Kota: submission of their PK and LKj, the IKU
/// compared across them, and the sums of budget, elections and logistics, with the rules behind the figures.
enum LKjConsolidationAnnex {
    static func write(_ document: inout WordDocument, _ context: inout LKjContext, _ consolidation: ProvinceConsolidation, number: Int) {
        let province = consolidation.province.provinceName ?? consolidation.province.name
        document.pageBreak()
        document.heading("Lampiran \(number). Konsolidasi Kinerja KPU Kabupaten/Kota se-Provinsi \(province) Tahun \(consolidation.year)",
                         level: 2)
        let board = consolidation.statusBoard
        let accepted = board.filter { $0.lkj?.state == .accepted }.count
        let late = board.filter { ($0.pk?.isLate ?? false) || ($0.lkj?.isLate ?? false) }.count
        document.text("Lampiran ini menghimpun kinerja \(IndonesianFormat.count(board.count)) KPU Kabupaten/Kota di wilayah Provinsi \(province): "
            + "\(IndonesianFormat.count(accepted)) LKj telah diterima dan \(IndonesianFormat.count(late)) satuan kerja terlambat menyampaikan PK atau LKj. "
            + "Angka dihitung dari data setiap satuan kerja, bukan diketik ulang.")
        document.text("Aturan perhitungan: median adalah nilai tengah capaian yang terukur; bila jumlahnya genap, median adalah rata-rata "
            + "dua nilai tengah. Peringkat disusun dari capaian tertinggi; capaian yang sama mendapat peringkat yang sama dan peringkat "
            + "berikutnya dilompati. Indikator satuan kerja dibandingkan hanya bila padanannya di katalog nasional telah dikonfirmasi; "
            + "indikator yang belum dipetakan dicantumkan tersendiri. Persentase partisipasi dan realisasi anggaran dihitung dari jumlah "
            + "seluruh satuan kerja, bukan rata-rata persentase.")
        for draft in ConsolidationTables.province(consolidation) {
            document.table(context.table("L", draft.title, columns: draft.columns, rows: draft.rows))
        }
    }
}
