/// The labels the pages show for the form and query fields, so that a message about a field names it
/// as the user saw it, never by its internal key.
enum FormFieldLabels {
    static let labels: [String: String] = [
        "_csrf": "Token formulir",
        "actions": "Upaya yang dilakukan", "obstacles": "Kendala", "solutions": "Solusi / rencana tindak lanjut",
        "address": "Alamat", "phone": "Telepon", "email": "Surel", "website": "Situs web",
        "city": "Tempat penandatanganan (kota)", "province": "Provinsi",
        "renstraStart": "Tahun awal Renstra", "renstraEnd": "Tahun akhir Renstra", "decree": "Keputusan penetapan Renstra",
        "vision": "Visi", "missions": "Misi", "policies": "Arah kebijakan",
        "lowerIsBetterFormula": "Rumus indikator semakin rendah semakin baik", "capAbove100": "Batas capaian 100 %",
        "indicatorId": "Indikator", "quarter": "Triwulan", "value": "Realisasi", "explanation": "Penjelasan", "evidence": "Bukti dukung",
        "code": "Kode", "pagu": "Pagu", "realisasi": "Realisasi",
        "subject": "Tentang", "text": "Komentar",
        "rows": "Isi tabel", "file": "Berkas", "eventId": "Pemilu/Pemilihan",
        "place": "Tempat", "date": "Tanggal", "override": "Tetap lanjutkan", "overrideReason": "Alasan",
        "target": "Target", "year": "Tahun", "revisi": "Revisi",
        "username": "Nama pengguna", "password": "Kata sandi", "name": "Nama", "role": "Peran", "office": "Kantor",
        "level": "Tingkat", "parent": "Induk",
        "current": "Kata sandi saat ini", "new": "Kata sandi baru", "repeated": "Ulangi kata sandi baru",
    ]

    /// "Triwulan" for `quarter`; `target[I3]` is named by its outer key; an unknown key is quoted.
    static func label(_ key: String) -> String {
        let base = key.split(separator: "[").first.map(String.init) ?? key
        return labels[base] ?? "\"\(base)\""
    }
}
