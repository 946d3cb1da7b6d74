extension Sheet {
    /// The table `id` for `file` (the Renstra table has one column per year of the file's Renstra period).
    public static func sheet(_ id: ID, for file: OfficeYear) -> Sheet {
        var sheet = definition(id, for: file)
        sheet.identity = identity(id)
        return sheet
    }

    private static func identity(_ id: ID) -> [String] {
        switch id {
        case .areas: ["name"]
        case .people, .objectives, .indicators, .renstraGoals: ["id"]
        case .renstraTargets, .rkt, .actionPlan, .realisationsQ1, .realisationsQ2, .realisationsQ3, .realisationsQ4,
             .agreementKetua, .agreementSekretaris: ["indicatorId"]
        case .agreementKetuaPrograms, .agreementSekretarisPrograms: ["name"]
        case .indicatorHistory: ["indicatorId", "year"]
        case .rktPrograms: ["name"]
        case .budget, .monthly: ["code"]
        case .revisions: ["number"]
        case .budgetHistory: ["year"]
        case .elections: ["id"]
        case .bindings: ["indicatorId"]
        case .logisticsSorting, .logisticsNeeds, .logisticsProcurement, .logisticsDeliveries, .logisticsDestruction: ["item"]
        case .logisticsWarehouses: ["name"]
        case .logisticsDistribution: ["area"]
        case .logisticsTransport: ["mode"]
        case .dpt: []
        }
    }

    private static func definition(_ id: ID, for file: OfficeYear) -> Sheet {
        if let quarter = id.quarter { return QuarterSheet.definition(quarter) }
        if let sheet = electionDefinition(id) ?? logisticsDefinition(id) { return sheet }
        return switch id {
        case .areas:
            Sheet(id: id, title: "Wilayah (kecamatan dan kelurahan/desa)",
                  hint: "Satu kecamatan per baris; kelurahan/desa dipisah koma.",
                  path: ["office", "areas"],
                  columns: [SheetColumn("Kecamatan", key: "name", required: true),
                            SheetColumn("Kelurahan/Desa", key: "villages", kind: .list)])
        case .people:
            Sheet(id: id, title: "Komisioner dan pegawai",
                  hint: "Peran: ketua, anggota, sekretaris, kasubbag, staf. Status: komisioner, pns, pppk, ppnpn. Pendidikan: S3, S2, S1, D4, D3, D2, D1, SLTA, SLTP, SD. Tabel pegawai menurut pendidikan dan golongan dihitung dari daftar ini.",
                  path: ["people"],
                  columns: [SheetColumn("ID", key: "id", required: true), SheetColumn("Nama", key: "name", required: true),
                            SheetColumn("Peran", key: "role", required: true), SheetColumn("NIP", key: "nip"),
                            SheetColumn("Status", key: "employment"), SheetColumn("Pangkat", key: "rank"),
                            SheetColumn("Golongan", key: "grade"), SheetColumn("Jabatan", key: "position"),
                            SheetColumn("Pendidikan", key: "education"), SheetColumn("Divisi", key: "division"),
                            SheetColumn("Koordinator wilayah", key: "regions", kind: .list)])
        case .objectives:
            Sheet(id: id, title: "Sasaran strategis",
                  hint: "ID singkat (S1, S2 …) dipakai oleh tabel indikator, RKT, PK dan Renstra.",
                  path: ["objectives"],
                  columns: [SheetColumn("ID", key: "id", required: true), SheetColumn("Sasaran", key: "statement", required: true),
                            SheetColumn("ID Tujuan Renstra", key: "goalId")])
        case .indicators:
            Sheet(id: id, title: "Indikator kinerja",
                  hint: "Jenis: persentase, jumlah (isi Satuan), indeks, nilai (isi Skala: SAKIP atau Opini BPK). Arah: naik (makin tinggi makin baik), turun (makin rendah makin baik), tepat target. Nilai tahunan: TW IV (kumulatif) atau jumlah triwulan.",
                  path: ["indicators"],
                  columns: [SheetColumn("ID", key: "id", required: true), SheetColumn("Indikator", key: "statement", required: true),
                            SheetColumn("Jenis", key: "kind", kind: .choice(of: IndicatorKind.self), required: true), SheetColumn("Satuan", key: "unit"),
                            SheetColumn("Skala", key: "scale", kind: .choice(of: GradeScale.self)),
                            SheetColumn("Arah", key: "polarity", kind: .choice(of: Polarity.self)),
                            SheetColumn("IKU", key: "iku", kind: .flag),
                            SheetColumn("Nilai tahunan", key: "yearValue", kind: .choice(of: Indicator.YearValue.self)),
                            SheetColumn("Definisi", key: "definition"), SheetColumn("Sumber data", key: "dataSource"),
                            SheetColumn("Penanggung jawab", key: "responsibleUnit")])
        case .renstraGoals:
            Sheet(id: id, title: "Tujuan Renstra \(renstraPeriod(file).lowerBound)–\(renstraPeriod(file).upperBound)",
                  hint: "Tujuan strategis Renstra; ID (T1, T2 …) dipakai kolom ID Tujuan pada tabel sasaran.",
                  path: ["renstra", "goals"],
                  columns: [SheetColumn("ID", key: "id", required: true), SheetColumn("Tujuan", key: "statement", required: true)])
        case .renstraTargets:
            Sheet(id: id, title: "Target Renstra \(renstraPeriod(file).lowerBound)–\(renstraPeriod(file).upperBound)",
                  hint: "Target tahunan tiap indikator selama periode Renstra, ditulis seperti di dokumen (\"75 %\", \"2 Laporan\", \"BB\").",
                  path: ["renstra", "targets"],
                  columns: [SheetColumn("ID Sasaran", key: "objectiveId"), SheetColumn("ID Indikator", key: "indicatorId", required: true)]
                      + renstraPeriod(file).map { SheetColumn("\($0)", key: "byYear", kind: .entry("\($0)")) })
        case .rkt:
            Sheet(id: id, title: "Rencana Kinerja Tahunan (RKT)",
                  hint: "Sasaran, indikator dan target tahun \(file.year).",
                  path: ["rkt", "rows"],
                  columns: [SheetColumn("ID Sasaran", key: "objectiveId"), SheetColumn("ID Indikator", key: "indicatorId", required: true),
                            SheetColumn("Target", key: "target", required: true), SheetColumn("Target kegiatan", key: "activityTarget")])
        case .rktPrograms:
            Sheet(id: id, title: "Program dan anggaran RKT",
                  hint: "Program dengan pagunya seperti dinyatakan RKT.",
                  path: ["rkt", "programs"],
                  columns: [SheetColumn("Kode", key: "code"), SheetColumn("Program", key: "name", required: true),
                            SheetColumn("Anggaran (Rp)", key: "amount", kind: .money, required: true)])
        case .agreementKetua, .agreementSekretaris:
            agreementRows(id, level: id == .agreementKetua ? .ketua : .sekretaris, year: file.year)
        case .agreementKetuaPrograms, .agreementSekretarisPrograms:
            agreementPrograms(id, level: id == .agreementKetuaPrograms ? .ketua : .sekretaris, year: file.year)
        case .actionPlan:
            Sheet(id: id, title: "Rencana Aksi Kinerja (RAK)",
                  hint: "Target tiap triwulan per indikator PK; kosongkan triwulan tanpa target.",
                  path: ["actionPlan"],
                  columns: [SheetColumn("ID Indikator", key: "indicatorId", required: true)]
                      + (0..<4).map { SheetColumn("TW \(["I", "II", "III", "IV"][$0])", key: "quarters", kind: .element($0)) })
        case .indicatorHistory:
            Sheet(id: id, title: "Capaian tahun-tahun sebelumnya",
                  hint: "Target, realisasi dan capaian indikator pada tahun sebelumnya, untuk tabel perbandingan antartahun.",
                  path: ["indicatorHistory"],
                  columns: [SheetColumn("ID Indikator", key: "indicatorId", required: true),
                            SheetColumn("Tahun", key: "year", kind: .integer, required: true),
                            SheetColumn("Target", key: "target"), SheetColumn("Realisasi", key: "realisation"),
                            SheetColumn("Capaian", key: "capaian")])
        case .budget:
            Sheet(id: id, title: "Pohon anggaran DIPA",
                  hint: "Satu baris per program, kegiatan, KRO dan RO, urut dari atas ke bawah; kode boleh lengkap (076.01.CQ.6709.QGE.001) atau singkat seperti di laporan (CQ.6709, QGE.001). Isi pagu dan realisasi pada baris terbawah (RO); angka baris induk dihitung dari anak-anaknya, dan angka yang ditulis pada baris induk hanya disimpan sebagai angka tertulis untuk diperiksa.",
                  path: ["budget", "lines"],
                  columns: [SheetColumn("Kode", key: "code", required: true), SheetColumn("Uraian", key: "name", required: true),
                            SheetColumn("Pagu (Rp)", key: "pagu", kind: .money), SheetColumn("Realisasi (Rp)", key: "realisasi", kind: .money)])
        case .monthly:
            Sheet(id: id, title: "Realisasi anggaran per bulan",
                  hint: "Realisasi tiap bulan (bukan kumulatif) per baris anggaran, biasanya per RO, dari laporan SAKTI/OM-SPAN. Kode harus ada di pohon anggaran. Jumlah dua belas bulan sebaiknya sama dengan realisasi barisnya.",
                  path: ["budget", "monthly"],
                  columns: [SheetColumn("Kode", key: "code", required: true)]
                      + IndonesianDate.monthNames.enumerated().map { SheetColumn(String($0.element.prefix(3)), key: "months", kind: .element($0.offset)) })
        case .revisions:
            Sheet(id: id, title: "Revisi DIPA",
                  hint: "Nomor 0 adalah DIPA awal; nomor revisi harus naik seiring tanggal.",
                  path: ["budget", "revisions"],
                  columns: [SheetColumn("Nomor", key: "number", kind: .integer, required: true), SheetColumn("Nama", key: "label"),
                            SheetColumn("Nomor DIPA/surat", key: "reference"), SheetColumn("Tanggal", key: "date", kind: .date, required: true),
                            SheetColumn("Pagu setelah revisi (Rp)", key: "total", kind: .money), SheetColumn("Keterangan", key: "note")])
        case .budgetHistory:
            Sheet(id: id, title: "Pagu dan realisasi tahun-tahun sebelumnya",
                  hint: "Satu baris per tahun anggaran.",
                  path: ["budget", "history"],
                  columns: [SheetColumn("Tahun", key: "year", kind: .integer, required: true),
                            SheetColumn("Pagu (Rp)", key: "pagu", kind: .money, required: true),
                            SheetColumn("Realisasi (Rp)", key: "realisasi", kind: .money, required: true)])
        case .elections, .dpt, .bindings, .logisticsNeeds, .logisticsProcurement, .logisticsDeliveries, .logisticsSorting,
             .logisticsDistribution, .logisticsTransport, .logisticsWarehouses, .logisticsDestruction,
             .realisationsQ1, .realisationsQ2, .realisationsQ3, .realisationsQ4:
            preconditionFailure("defined in Sheet+Elections.swift, Sheet+Logistics.swift and QuarterSheet.swift")
        }
    }

    private static func agreementRows(_ id: ID, level: PerformanceAgreement.Level, year: Int) -> Sheet {
        Sheet(id: id, title: "\(level.label) \(year): sasaran, indikator dan target",
              hint: "Satu indikator per baris, dengan targetnya tahun \(year) (\"75 %\", \"2 Laporan\", \"BB\"). Mengubah PK yang sudah ditandatangani membuat revisi baru (draf) yang perlu ditandatangani lagi; PK yang ditandatangani tetap tersimpan.",
              path: ["agreements"],
              columns: [SheetColumn("ID Sasaran", key: "objectiveId"), SheetColumn("ID Indikator", key: "indicatorId", required: true),
                        SheetColumn("Target", key: "target", required: true)])
    }

    private static func agreementPrograms(_ id: ID, level: PerformanceAgreement.Level, year: Int) -> Sheet {
        Sheet(id: id, title: "\(level.label) \(year): program dan anggaran",
              hint: "Program dan anggarannya seperti diketahui saat PK ditandatangani (biasanya pagu DIPA awal). Mengubah PK yang sudah ditandatangani membuat revisi baru (draf).",
              path: ["agreements"],
              columns: [SheetColumn("Kode", key: "code"), SheetColumn("Program", key: "name", required: true),
                        SheetColumn("Anggaran (Rp)", key: "amount", kind: .money, required: true)])
    }

    /// The file's Renstra period, or the KPU five-year period (2020–2024, 2025–2029 …) holding its year.
    static func renstraPeriod(_ file: OfficeYear) -> ClosedRange<Int> {
        if let renstra = file.renstra { return renstra.startYear...renstra.endYear }
        let start = file.year - ((file.year - 2020) % 5 + 5) % 5
        return start...(start + 4)
    }
}
