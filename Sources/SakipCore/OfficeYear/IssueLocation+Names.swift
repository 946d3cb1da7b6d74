/// The Indonesian names of the office-year file's lists, objects and fields, for ``IssueLocation``.
extension IssueLocation {
    /// A list of items: how one item is named.
    struct Section: Sendable {
        /// "Sasaran", "Target Renstra"; empty for rows named by what they hold alone ("indikator I7").
        var noun: String
        /// What names an item ("S3", "indikator I7"), read from its JSON; nil falls back to its position.
        var identity: @Sendable (JSONValue) -> String?

        func name(_ item: JSONValue?, _ position: Int) -> String {
            if let item, let identity = identity(item) { return noun.isEmpty ? identity : "\(noun) \(identity)" }
            return noun.isEmpty ? "baris ke-\(position + 1)" : "\(noun) ke-\(position + 1)"
        }
    }

    private static func text(_ value: JSONValue?) -> String? {
        switch value {
        case .string(let text)?: text.isEmpty ? nil : text
        case .number(let literal)?: literal
        default: nil
        }
    }

    private static func by(_ key: String, prefix: String = "") -> @Sendable (JSONValue) -> String? {
        { item in text(item[key]).map { prefix + $0 } }
    }

    private static let byIndicator: @Sendable (JSONValue) -> String? = by("indicatorId", prefix: "indikator ")

    /// The lists of the file, by their keys joined with dots.
    static let sections: [String: Section] = [
        "people": Section(noun: "Pegawai") { text($0["name"]) ?? text($0["id"]) },
        "objectives": Section(noun: "Sasaran", identity: by("id")),
        "indicators": Section(noun: "Indikator", identity: by("id")),
        "office.areas": Section(noun: "Wilayah", identity: by("name")),
        "settings.categoryBands": Section(noun: "Kategori capaian", identity: by("label")),
        "renstra.goals": Section(noun: "Tujuan Renstra", identity: by("id")),
        "renstra.targets": Section(noun: "Target Renstra", identity: byIndicator),
        "renstra.missions": Section(noun: "Misi Renstra") { _ in nil },
        "renstra.policies": Section(noun: "Arah kebijakan Renstra") { _ in nil },
        "rkt.rows": Section(noun: "RKT", identity: byIndicator),
        "rkt.programs": Section(noun: "Program RKT", identity: by("name")),
        "agreements": Section(noun: "PK") { item in
            let level = text(item["level"]).map { $0 == "sekretaris" ? "Sekretaris" : $0 == "ketua" ? "Ketua" : $0 }
            let revision = text(item["revision"]).map { "revisi \($0)" }
            let name = [level, revision].compactMap { $0 }.joined(separator: " ")
            return name.isEmpty ? nil : name
        },
        "agreements.rows": Section(noun: "", identity: byIndicator),
        "agreements.programs": Section(noun: "program", identity: by("name")),
        "actionPlan": Section(noun: "RAK", identity: byIndicator),
        "realisations": Section(noun: "Realisasi") { item in
            let quarter = text(item["quarter"]).flatMap(Int.init).flatMap(Quarter.init(rawValue:)).map { " triwulan \($0.roman)" } ?? ""
            return byIndicator(item).map { $0 + quarter }
        },
        "measurement.rows": Section(noun: "Tabel pengukuran", identity: byIndicator),
        "indicatorHistory": Section(noun: "Capaian tahun sebelumnya") { item in
            byIndicator(item).map { indicator in text(item["year"]).map { "\(indicator) tahun \($0)" } ?? indicator }
        },
        "analyses": Section(noun: "Analisis", identity: byIndicator),
        "budget.lines": Section(noun: "Anggaran", identity: by("code")),
        "budget.monthly": Section(noun: "Realisasi bulanan", identity: by("code")),
        "budget.revisions": Section(noun: "Revisi DIPA", identity: by("number", prefix: "nomor ")),
        "budget.history": Section(noun: "Anggaran", identity: by("year", prefix: "tahun ")),
        "budget.grants": Section(noun: "Hibah", identity: by("name")),
        "budget.grants.tranches": Section(noun: "tahap", identity: by("year", prefix: "tahun ")),
        "report.claims": Section(noun: "Pernyataan laporan", identity: by("where")),
        "elections": Section(noun: "Pemilu/Pemilihan") { text($0["name"]) ?? text($0["id"]) },
        "elections.dpt.rows": Section(noun: "DPT", identity: by("area")),
        "elections.dpt.rows.subareas": Section(noun: "kelurahan/desa", identity: by("area")),
        "elections.claims": Section(noun: "pernyataan", identity: by("where")),
        "logistics.needs": Section(noun: "Kebutuhan logistik", identity: by("item")),
        "logistics.procurement": Section(noun: "Pengadaan logistik", identity: by("item")),
        "logistics.deliveries": Section(noun: "Pengiriman logistik", identity: by("item")),
        "logistics.sorting": Section(noun: "Penyortiran logistik", identity: by("item")),
        "logistics.warehouses": Section(noun: "Gudang logistik", identity: by("name")),
        "logistics.distribution": Section(noun: "Distribusi logistik", identity: by("area")),
        "logistics.transport": Section(noun: "Angkutan logistik", identity: by("mode")),
        "logistics.destruction": Section(noun: "Pemusnahan logistik", identity: by("item")),
        "logistics.claims": Section(noun: "Pernyataan logistik", identity: by("where")),
        "bindings": Section(noun: "Sumber realisasi", identity: byIndicator),
    ]

    /// Objects of the file that are named when a field of theirs is at fault.
    static let containers: [String: String] = [
        "office": "Profil kantor", "settings": "Pengaturan pengukuran", "renstra": "Renstra", "rkt": "RKT",
        "measurement": "Tabel pengukuran", "budget": "Anggaran", "report": "Laporan kinerja", "logistics": "Logistik",
    ]

    /// Field names, as the tables and forms call them.
    static let fieldLabels: [String: String] = [
        "format": "Format", "version": "Versi", "year": "Tahun", "source": "Sumber", "office": "Profil kantor",
        "settings": "Pengaturan pengukuran", "people": "Pegawai", "objectives": "Sasaran", "indicators": "Indikator",
        "renstra": "Renstra", "rkt": "RKT", "agreements": "PK", "actionPlan": "RAK", "realisations": "Realisasi",
        "measurement": "Tabel pengukuran", "indicatorHistory": "Capaian tahun sebelumnya", "analyses": "Analisis",
        "budget": "Anggaran", "report": "Laporan kinerja", "elections": "Pemilu/Pemilihan", "logistics": "Logistik",
        "bindings": "Sumber realisasi",
        "id": "ID", "name": "Nama", "statement": "Uraian", "kind": "Jenis", "unit": "Satuan", "scale": "Skala",
        "polarity": "Arah", "lowerIsBetterFormula": "Rumus indikator turun", "iku": "IKU", "yearValue": "Nilai tahunan",
        "definition": "Definisi", "dataSource": "Sumber data", "responsibleUnit": "Penanggung jawab",
        "role": "Peran", "nip": "NIP", "employment": "Status", "rank": "Pangkat", "grade": "Golongan",
        "position": "Jabatan", "education": "Pendidikan", "division": "Divisi", "regions": "Koordinator wilayah",
        "code": "Kode", "level": "Tingkat", "parentName": "Nama kantor induk", "parentCode": "Kode kantor induk",
        "province": "Provinsi", "address": "Alamat", "phone": "Telepon", "email": "Email", "website": "Situs web",
        "city": "Kota", "areas": "Wilayah", "villages": "Kelurahan/desa",
        "capAbove100ForAverage": "Batas 100 % untuk rata-rata", "categoryBands": "Kategori capaian",
        "label": "Nama", "above": "Di atas", "atMost": "Paling tinggi", "description": "Keterangan",
        "goalId": "Tujuan", "objectiveId": "Sasaran", "indicatorId": "Indikator", "personId": "Pegawai",
        "startYear": "Tahun awal", "endYear": "Tahun akhir", "decree": "Keputusan", "vision": "Visi",
        "missions": "Misi", "goals": "Tujuan", "policies": "Arah kebijakan", "targets": "Target", "byYear": "Target tahunan",
        "target": "Target", "activityTarget": "Target kegiatan", "realisation": "Realisasi", "value": "Realisasi",
        "quarter": "Triwulan", "quarters": "Target triwulan", "explanation": "Penjelasan", "evidence": "Bukti dukung",
        "revision": "Revisi", "signedOn": "Tanggal tanda tangan", "place": "Tempat", "firstParty": "Pihak pertama",
        "secondParty": "Pihak kedua", "rows": "Baris", "programs": "Program", "amount": "Anggaran",
        "capaian": "Capaian", "notApplicableReason": "Alasan tidak diukur", "printed": "Angka tertulis",
        "category": "Kategori", "officeCapaian": "Capaian kantor", "officeCategory": "Kategori kantor",
        "actions": "Upaya", "obstacles": "Kendala", "solutions": "Solusi",
        "lines": "Pohon anggaran", "pagu": "Pagu", "realisasi": "Realisasi", "sisa": "Sisa", "persen": "Persen",
        "children": "Rincian", "printedTotal": "Jumlah tertulis", "number": "Nomor", "reference": "Nomor DIPA/surat",
        "date": "Tanggal", "total": "Jumlah", "note": "Keterangan", "printedPersen": "Persen tertulis", "months": "Bulan",
        "monthly": "Realisasi bulanan", "revisions": "Revisi DIPA", "history": "Tahun-tahun sebelumnya", "grants": "Hibah",
        "agreement": "NPHD", "tranches": "Tahap", "percent": "Persen", "signatoryId": "Penanda tangan",
        "renstraYearNumber": "Tahun ke- Renstra", "claims": "Pernyataan", "where": "Letak", "text": "Teks",
        "budgetCode": "Kode anggaran", "countOf": "Yang dihitung", "count": "Jumlah",
        "participationBase": "Dasar partisipasi", "dpt": "DPT", "dptb": "DPTb", "dpk": "DPK", "turnout": "Pengguna hak pilih",
        "male": "Laki-laki", "female": "Perempuan", "area": "Wilayah", "tps": "Jumlah TPS", "subareas": "Kelurahan/desa",
        "disabilityRegistered": "Pemilih disabilitas terdaftar", "disabilityVoted": "Pemilih disabilitas yang memilih",
        "firstTimeRegistered": "Pemilih pemula terdaftar", "firstTimeVoted": "Pemilih pemula yang memilih",
        "validBallots": "Suara sah", "invalidBallots": "Suara tidak sah", "figure": "Angka", "eventId": "Pemilu/Pemilihan",
        "item": "Jenis logistik", "quantity": "Volume", "hps": "HPS", "contract": "Nilai kontrak", "method": "Metode pengadaan",
        "share": "Pembagian", "supplier": "Penyedia", "efficiency": "Efisiensi", "efficiencyPercent": "Efisiensi (%)",
        "packages": "Jumlah kemasan", "sent": "Tanggal pengiriman", "arrived": "Tanggal tiba", "transport": "Moda angkutan",
        "ordered": "Dipesan", "received": "Diterima", "good": "Baik", "damaged": "Rusak", "requested": "Permintaan",
        "requestDate": "Tanggal permintaan", "fulfilledDate": "Tanggal pemenuhan", "size": "Ukuran",
        "ownership": "Status kepemilikan", "condition": "Kondisi", "district": "Kecamatan", "boxes": "Kotak suara",
        "bags": "Kantong plastik", "mode": "Moda", "ppk": "KPU ke PPK", "pps": "PPK ke PPS",
        "needs": "Kebutuhan logistik", "needsTotal": "Jumlah kebutuhan", "procurement": "Pengadaan logistik",
        "procurementTotal": "Jumlah pengadaan", "deliveries": "Pengiriman logistik", "sorting": "Penyortiran logistik",
        "warehouses": "Gudang logistik", "distribution": "Distribusi logistik", "distributionTotal": "Jumlah distribusi",
        "destruction": "Pemusnahan logistik",
    ]
}
