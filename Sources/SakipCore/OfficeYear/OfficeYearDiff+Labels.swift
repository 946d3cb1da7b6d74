/// Indonesian names for the places a change is recorded at, for the audit trail's readers.
extension FieldChange {
    /// "Realisasi triwulan", "Anggaran (DIPA)" …; the key itself when it has no name.
    public static func tableLabel(_ table: String) -> String {
        switch table {
        case "": "Tahun data"
        case "source": "Sumber data"
        case "office": "Profil kantor"
        case "settings": "Pengaturan pengukuran"
        case "people": "Pimpinan dan pegawai"
        case "objectives": "Sasaran"
        case "indicators": "Indikator"
        case "renstra": "Renstra"
        case "rkt": "RKT"
        case "agreements": "Perjanjian Kinerja"
        case "actionPlan": "Rencana aksi (RAK)"
        case "realisations": "Realisasi triwulan"
        case "measurement": "Tabel pengukuran"
        case "indicatorHistory": "Capaian tahun sebelumnya"
        case "analyses": "Analisis"
        case "budget": "Anggaran (DIPA)"
        case "report": "LKj"
        case "elections": "Pemilu/Pemilihan"
        case "logistics": "Logistik"
        case "bindings": "Sumber realisasi indikator"
        case "bukti": "Berkas bukti"
        case "kantor": "Kantor"
        case "pengguna": "Akun pengguna"
        default: table
        }
    }

    /// The last key of a field path in Indonesian ("value" → "Nilai"); the key itself when it has no name.
    public static func fieldLabel(_ field: String) -> String {
        let key = field.split(separator: ".").last.map(String.init) ?? field
        return switch key {
        case "": "baris"
        case "value": "Nilai"
        case "explanation": "Penjelasan"
        case "evidence": "Bukti (tautan)"
        case "target": "Target"
        case "pagu": "Pagu"
        case "realisasi": "Realisasi"
        case "name": "Nama"
        case "statement": "Uraian"
        case "signedOn": "Tanggal tanda tangan"
        case "place": "Tempat"
        case "date": "Tanggal"
        case "actions": "Upaya"
        case "obstacles": "Kendala"
        case "solutions": "Solusi"
        case "address": "Alamat"
        case "phone": "Telepon"
        case "email": "Surel"
        case "website": "Situs web"
        case "city": "Kota tempat tanda tangan"
        case "urutan": "Urutan baris"
        case "quarters": "Target triwulan"
        case "amount": "Jumlah anggaran"
        default: key
        }
    }
}
