extension Sheet {
    /// The election tables: events with their turnout, the DPT recap, and the indicators computed from them.
    static func electionDefinition(_ id: ID) -> Sheet? {
        switch id {
        case .elections:
            Sheet(id: id, title: "Pemilu/Pemilihan dan pengguna hak pilih",
                  hint: "Satu baris per pemilu/pemilihan. ID singkat (mis. pilkada2024) dipakai tabel DPT dan sumber realisasi. Dasar partisipasi: DPT, atau DPT + DPTb + DPK; tingkat partisipasi dihitung dari angka-angka ini, tidak diketik. Kolom pemilih L dan P wajib bila kolom pengguna hak pilih lain diisi.",
                  path: ["elections"],
                  columns: [SheetColumn("ID", key: "id", required: true), SheetColumn("Nama", key: "name", required: true),
                            SheetColumn("Tanggal", key: "date", kind: .date),
                            SheetColumn("Jenis", key: "kind", kind: .choice(of: ElectionKind.self), required: true),
                            SheetColumn("Dasar partisipasi", key: "participationBase", kind: .choice(of: ParticipationBase.self)),
                            SheetColumn("DPTb L", key: "dptb.male", kind: .count), SheetColumn("DPTb P", key: "dptb.female", kind: .count),
                            SheetColumn("DPK L", key: "dpk.male", kind: .count), SheetColumn("DPK P", key: "dpk.female", kind: .count),
                            SheetColumn("Memilih L", key: "turnout.male", kind: .count),
                            SheetColumn("Memilih P", key: "turnout.female", kind: .count),
                            SheetColumn("Disabilitas terdaftar", key: "turnout.disabilityRegistered", kind: .count),
                            SheetColumn("Disabilitas memilih", key: "turnout.disabilityVoted", kind: .count),
                            SheetColumn("Pemula terdaftar", key: "turnout.firstTimeRegistered", kind: .count),
                            SheetColumn("Pemula memilih", key: "turnout.firstTimeVoted", kind: .count),
                            SheetColumn("Suara sah", key: "turnout.validBallots", kind: .count),
                            SheetColumn("Suara tidak sah", key: "turnout.invalidBallots", kind: .count)])
        case .dpt:
            Sheet(id: id, title: "Rekapitulasi DPT per kecamatan dan kelurahan/desa",
                  hint: "Satu baris per kecamatan (kolom Kelurahan/Desa kosong) dan, bila ada, satu baris per kelurahan/desa di bawahnya. Kecamatan yang hanya diisi kelurahannya dijumlahkan dari kelurahan itu. Jumlah seluruhnya selalu dihitung dari baris-baris ini; baris \"Jumlah\" tidak perlu diisi.",
                  path: ["elections"],
                  columns: [SheetColumn("ID Pemilihan", key: "eventId", required: true),
                            SheetColumn("Kecamatan", key: "district", required: true, aliases: ["Nama Kecamatan"]),
                            SheetColumn("Kelurahan/Desa", key: "area", aliases: ["Kelurahan", "Desa", "Nama Kelurahan", "Desa/Kelurahan"]),
                            SheetColumn("Jumlah Desa/Kel", key: "villages", kind: .count, aliases: ["Jumlah Kelurahan", "Jumlah Desa"]),
                            SheetColumn("TPS", key: "tps", kind: .count, required: true, aliases: ["Jumlah TPS"]),
                            SheetColumn("L", key: "male", kind: .count, required: true, aliases: ["Laki-laki", "Jumlah Pemilih L"]),
                            SheetColumn("P", key: "female", kind: .count, required: true, aliases: ["Perempuan", "Jumlah Pemilih P"]),
                            SheetColumn("L+P tertulis", key: "total", kind: .count, aliases: ["L+P", "Jumlah Pemilih L+P"])])
        case .bindings:
            Sheet(id: id, title: "Realisasi indikator dari data pemilu dan logistik",
                  hint: "Indikator yang realisasinya dihitung dari data pemilu/pemilihan atau logistik, bukan diketik. Angka ini mengalahkan realisasi triwulan dan angka tabel pengukuran; halaman realisasi dan LKj menyebut asal angkanya.",
                  path: ["bindings"],
                  columns: [SheetColumn("ID Indikator", key: "indicatorId", required: true),
                            SheetColumn("Sumber angka", key: "figure", kind: .choice(of: IndicatorBinding.Figure.self), required: true),
                            SheetColumn("ID Pemilihan", key: "eventId", required: true)])
        default:
            nil
        }
    }
}
