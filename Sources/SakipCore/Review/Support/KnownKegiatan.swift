/// The KPU kegiatan codes of the DIPA (DOMAIN §5) with their names, per program. Not exhaustive, so an
/// unknown code is a warning, not an error.
enum KnownKegiatan {
    static let byProgram: [String: [String: String]] = [
        "CQ": [
            "6639": "Teknis Penyelenggaraan Pemilu/Pemilihan",
            "6709": "Perencanaan Program dan Anggaran serta Penyusunan Data dan Informasi",
            "6867": "Pembentukan Badan Ad Hoc",
            "6870": "Masa Kampanye Pemilu",
            "6871": "Pengelolaan, Pengadaan, Laporan, dan Dokumentasi Logistik",
            "6872": "Pemungutan dan Penghitungan Suara",
            "6981": "Pengucapan Sumpah/Janji Presiden dan Wakil Presiden serta Anggota DPR, DPD, DPRD",
            "6982": "Penetapan Hasil Pemilu",
        ],
        "WA": [
            "3355": "Pengelolaan Keuangan dan Barang Milik Negara",
            "3360": "Layanan Perkantoran",
        ],
    ]

    /// The known code whose name the given name matches, for a suggestion.
    static func code(named name: String, program: String) -> String? {
        let wanted = normalized(name)
        return byProgram[program]?.first { normalized($0.value) == wanted }?.key
    }

    private static func normalized(_ text: String) -> String {
        text.lowercased().filter { $0.isLetter }
    }
}
