extension IndicatorCatalogue {
    /// Where the default catalogue's entries come from, printed with it.
    public static let kpuDefaultSource = """
    Disusun dari indikator tiga kantor rujukan (PK Ketua dan PK Sekretaris KPU Kabupaten Asahan, KPU Kota \
    Pematangsiantar dan KPU Kota Pagar Alam 2024) dan dari IKU Renstra KPU 2020–2024 sebagaimana diturunkan ke \
    PK Ketua KPU Kabupaten/Kota (antara lain PK KPU Kabupaten Ponorogo 2020). IKU = indikator sasaran strategis \
    Renstra KPU yang dijanjikan Ketua.
    """

    /// The default catalogue KPU RI starts from; it can be edited and saved as JSON (``IndicatorCatalogueFile``).
    public static let kpuDefault: IndicatorCatalogue = {
        do { return try IndicatorCatalogue(entries: kpuDefaultEntries) } catch {
            preconditionFailure("katalog bawaan tidak sah: \(error)")
        }
    }()

    static let kpuDefaultEntries: [CatalogueEntry] = ikuEntries + managementEntries + supportEntries

    /// IKU: indicators of the Renstra's sasaran strategis, promised by the Ketua.
    private static let ikuEntries: [CatalogueEntry] = [
        CatalogueEntry(code: "IKU-01", name: "Persentase informasi mengenai partai politik yang mutakhir dan dipublikasikan pada publik",
                       kind: .percentage, iku: true, note: "Sasaran: sistem informasi partai politik (SIPOL) yang andal"),
        CatalogueEntry(code: "IKU-02", name: "Persentase kesesuaian naskah keputusan KPU Kabupaten/Kota dengan PKPU", kind: .percentage, iku: true,
                       aliases: ["Persentase rancangan Keputusan KPU Kabupaten/Kota yang disusun dan diharmonisasi dengan tepat waktu sesuai dengan kerangka regulasi KPU"]),
        CatalogueEntry(code: "IKU-03", name: "Indeks Reformasi Birokrasi", kind: .index, iku: true),
        CatalogueEntry(code: "IKU-04", name: "Nilai Akuntabilitas Kinerja", kind: .grade, iku: true,
                       aliases: ["Nilai Evaluasi atas Akuntabilitas Kinerja", "Nilai SAKIP"]),
        CatalogueEntry(code: "IKU-05", name: "Opini BPK atas Laporan Keuangan", kind: .grade, iku: true),
        CatalogueEntry(code: "IKU-06", name: "Nilai Keterbukaan Informasi Publik", kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-07", name: "Persentase Partisipasi Pemilih dalam Pemilu/Pemilihan", kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-08", name: "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan", kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-09", name: "Persentase Partisipasi Pemilih Disabilitas dalam Pemilu/Pemilihan", kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-10", name: "Persentase Partisipasi Pemilih Pemula dalam Pemilu/Pemilihan", kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-11", name: "Persentase Pemilih yang Berhak Memilih Tetapi Tidak Masuk dalam Daftar Pemilih Tetap",
                       kind: .percentage, polarity: .lowerIsBetter, iku: true),
        CatalogueEntry(code: "IKU-12", name: "Persentase Penyelenggaraan Pemilu/Pemilihan sesuai dengan tahapan dan jadwal",
                       kind: .percentage, iku: true,
                       aliases: ["Persentase KPU Provinsi/Kabupaten/Kota yang menyelenggarakan Pemilu/Pemilihan sesuai dengan jadwal",
                                 "Persentase Penyelenggaraan Pemilihan Umum/Pemilihan sesuai dengan Tahapan dan jadwal sesuai dengan Peraturan dan ketentuan yang berlaku"]),
        CatalogueEntry(code: "IKU-13", name: "Persentase Pelaksanaan Pemilu/Pemilihan yang aman dan damai", kind: .percentage, iku: true,
                       aliases: ["Persentase KPU Kabupaten/Kota melaksanakan Pemilu/Pemilihan yang Aman dan Damai"]),
        CatalogueEntry(code: "IKU-14", name: "Persentase Sengketa Hukum yang dimenangkan KPU", kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-15", name: "Persentase KPU Provinsi/Kabupaten/Kota yang memutakhirkan Data Pemilih tepat waktu",
                       kind: .percentage, iku: true,
                       aliases: ["Persentase Pemutakhiran Data Pemilih yang tepat waktu, akurat, mutakhir dan komprehensif"]),
        CatalogueEntry(code: "IKU-16", name: "Persentase satker yang mendistribusikan logistik Pemilu/Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu dan tepat waktu",
                       kind: .percentage, iku: true,
                       aliases: ["Persentase satker dalam memenuhi kebutuhan logistik Pemilu atau Pemilihan secara tepat sasaran, tepat jumlah, tepat jenis, tepat mutu, dan tepat waktu"]),
        CatalogueEntry(code: "IKU-17", name: "Persentase KPU Kabupaten/Kota yang menyusun Laporan Keuangan sesuai dengan Standar Akuntansi Pemerintahan (SAP)",
                       kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-18", name: "Persentase KPU Kabupaten/Kota dalam melaksanakan seluruh kegiatan terhindar dari gratifikasi",
                       kind: .percentage, iku: true),
        CatalogueEntry(code: "IKU-19", name: "Persentase ketepatan waktu dan kelengkapan dokumen laporan SPIP", kind: .percentage, iku: true),
    ]

    /// Planning, finance and staff indicators of the Sekretaris and the Kasubbag.
    private static let managementEntries: [CatalogueEntry] = [
        CatalogueEntry(code: "IK-01", name: "Persentase revisi yang dilakukan terhadap rencana kerja anggaran yang telah ditetapkan", kind: .percentage),
        CatalogueEntry(code: "IK-02", name: "Jumlah revisi yang dilakukan terhadap rencana kerja yang telah ditetapkan", kind: .count,
                       polarity: .lowerIsBetter, unit: "kali"),
        CatalogueEntry(code: "IK-03", name: "Persentase laporan pertanggungjawaban penggunaan anggaran berbasis SIMONIKA yang tepat waktu dan valid", kind: .percentage,
                       aliases: ["Persentase KPU Kabupaten/Kota menyampaikan Laporan Pertanggungjawaban Penggunaan Anggaran berbasis SIMONIKA yang tepat waktu dan valid"]),
        CatalogueEntry(code: "IK-04", name: "Persentase ketepatan waktu pembayaran gaji, tunjangan, honorarium dan uang kehormatan",
                       kind: .percentage,
                       aliases: ["Persentase penyelesaian pembayaran gaji dan tunjangan pegawai tepat waktu",
                                 "Persentase ketetapan waktu dalam pembayaran honorarium, uang kehormatan, gaji dan tunjangan pegawai (komisioner dan ASN)"]),
        CatalogueEntry(code: "IK-05", name: "Persentase pengelolaan Barang Milik Negara yang material dengan baik dan tertib", kind: .percentage,
                       aliases: ["Persentase pengelolaan barang milik negara yang material yang baik dan benar",
                                 "Persentase KPU Kabupaten/Kota patuh dan tertib dalam pengelolaan Barang Milik Negara yang Material"]),
        CatalogueEntry(code: "IK-06", name: "Persentase laporan Barang Milik Negara berdasarkan SIMAK BMN yang datanya sesuai dengan SAK", kind: .percentage),
        CatalogueEntry(code: "IK-07", name: "Jumlah laporan Barang Milik Negara berdasarkan SIMAK BMN yang datanya sesuai dengan data SAK", kind: .count,
                       unit: "Laporan"),
        CatalogueEntry(code: "IK-08", name: "Jumlah laporan sistem akuntansi dan pelaporan keuangan", kind: .count, unit: "Laporan",
                       aliases: ["Jumlah Laporan Sistem Akuntansi dan Laporan Keuangan"]),
        CatalogueEntry(code: "IK-09", name: "Persentase laporan monitoring dan evaluasi yang akuntabel dan tepat waktu", kind: .percentage),
        CatalogueEntry(code: "IK-10", name: "Persentase KPU Kabupaten/Kota yang target kinerjanya tercapai sesuai dengan perjanjian kinerja", kind: .percentage),
        CatalogueEntry(code: "IK-11", name: "Persentase pegawai yang mendapatkan layanan kepegawaian secara tepat waktu dan akurat", kind: .percentage),
        CatalogueEntry(code: "IK-12", name: "Persentase pegawai yang tercatat secara akurat dalam database kepegawaian berbasis teknologi informasi", kind: .percentage),
        CatalogueEntry(code: "IK-13", name: "Persentase kesesuaian kompetensi pegawai terhadap standar kompetensi penugasannya", kind: .percentage,
                       aliases: ["Adanya kesesuaian kompetensi pegawai terhadap standar penugasannya, etos kerja yang tinggi dan berintegritas"]),
        CatalogueEntry(code: "IK-14", name: "Persentase KPU Kabupaten/Kota yang melaksanakan Reformasi Birokrasi dengan nilai minimal B untuk penilaian mandiri",
                       kind: .percentage),
        CatalogueEntry(code: "IK-15", name: "Persentase penyampaian Kartu Kendali SPIP", kind: .percentage),
        CatalogueEntry(code: "IK-16", name: "Nilai Maturitas SPIP", kind: .index),
        CatalogueEntry(code: "IK-17", name: "Tersedianya informasi tentang perencanaan dan penganggaran penyelenggaraan pemilu", kind: .percentage),
        CatalogueEntry(code: "IK-18", name: "Persentase hasil rapat pleno yang ditindaklanjuti paling lambat 4 hari kerja", kind: .percentage),
    ]

    /// Election support, legal, information and facilities indicators.
    private static let supportEntries: [CatalogueEntry] = [
        CatalogueEntry(code: "IK-19", name: "Persentase fasilitasi penyusunan dan penyuluhan peraturan pelaksanaan Penyelenggaraan Pemilu", kind: .percentage),
        CatalogueEntry(code: "IK-20", name: "Persentase perencanaan, pembangunan, dan pengembangan sarana dan prasarana TI Pemilu", kind: .percentage),
        CatalogueEntry(code: "IK-21", name: "Persentase badan adhoc yang dipersiapkan, dibentuk dan dievaluasi sesuai ketentuan", kind: .percentage,
                       aliases: ["Persentase fasilitasi tahapan pembentukan dan evaluasi badan adhoc yang transparan dan sesuai ketentuan perundang-undangan",
                                 "Persentase badan Adhoc yang dipersiapkan dan dibentuk"]),
        CatalogueEntry(code: "IK-22", name: "Persentase fasilitasi dan pengelolaan kampanye Pemilu", kind: .percentage,
                       aliases: ["Persentase fasilitasi kegiatan kampanye Pemilu yang damai, taat aturan, dan sesuai ketentuan perundang-undangan",
                                 "Persentase pengelolaan kampanye Pemilu"]),
        CatalogueEntry(code: "IK-23", name: "Persentase fasilitasi pengelolaan, pengadaan, laporan dan dokumentasi logistik dengan tepat waktu", kind: .percentage),
        CatalogueEntry(code: "IK-24", name: "Persentase pelaksanaan pemungutan dan penghitungan suara sampai penetapan hasil", kind: .percentage,
                       aliases: ["Persentase fasilitasi kegiatan persiapan pemungutan dan penghitungan suara dengan baik",
                                 "Persentase Pelaksanaan Pemungutan suara sampai penetapan hasil pemilu"]),
        CatalogueEntry(code: "IK-25", name: "Persentase layanan dalam pelaksanaan sumpah janji anggota DPRD dengan tepat waktu dan sesuai aturan", kind: .percentage),
        CatalogueEntry(code: "IK-26", name: "Persentase pelaksanaan kegiatan penetapan hasil Pemilu dengan baik dan benar", kind: .percentage),
        CatalogueEntry(code: "IK-27", name: "Jumlah dokumen verifikasi partai politik dan/atau syarat dukung calon perseorangan yang disusun sesuai dengan tahapan pemilu",
                       kind: .count, unit: "Dokumen"),
        CatalogueEntry(code: "IK-28", name: "Persentase KPU/KIP Kabupaten/Kota yang memiliki pendidikan pemilih kepemiluan dan demokrasi untuk masyarakat umum",
                       kind: .percentage),
        CatalogueEntry(code: "IK-29", name: "Persentase fasilitasi kerjasama KPU Kabupaten/Kota dengan lembaga riset kepemiluan", kind: .percentage),
        CatalogueEntry(code: "IK-30", name: "Persentase permohonan informasi yang ditindaklanjuti melalui PPID sesuai dengan SOP", kind: .percentage),
        CatalogueEntry(code: "IK-31", name: "Persentase peningkatan pelayanan informasi", kind: .percentage),
        CatalogueEntry(code: "IK-32", name: "Persentase informasi dan publikasi tahapan Pemilu/Pemilihan yang ditampilkan di media publikasi KPU paling lambat 1 (satu) hari kerja",
                       kind: .percentage),
        CatalogueEntry(code: "IK-33", name: "Persentase produk hukum yang dikelola dan didokumentasikan sesuai peraturan perundang-undangan", kind: .percentage),
        CatalogueEntry(code: "IK-34", name: "Persentase informasi produk hukum yang disajikan secara cepat, tepat dan akurat sesuai dengan SOP", kind: .percentage),
        CatalogueEntry(code: "IK-35", name: "Persentase KPU Kabupaten/Kota yang mengelola arsip sesuai aturan kearsipan", kind: .percentage),
        CatalogueEntry(code: "IK-36", name: "Persentase aplikasi KPU yang diterapkan secara terintegrasi", kind: .percentage),
        CatalogueEntry(code: "IK-37", name: "Persentase gangguan keamanan dalam lingkungan KPU Kabupaten/Kota yang dapat ditanggulangi", kind: .percentage),
        CatalogueEntry(code: "IK-38", name: "Persentase ruangan rapat yang dapat digunakan tidak ada yang bersamaan dalam waktu dan tempat", kind: .percentage),
        CatalogueEntry(code: "IK-39", name: "Persentase sarana transportasi untuk mendukung kinerja pegawai yang berfungsi dengan baik", kind: .percentage),
        CatalogueEntry(code: "IK-40", name: "Persentase fasilitas perkantoran untuk mendukung kinerja pegawai yang berfungsi dengan baik", kind: .percentage),
        CatalogueEntry(code: "IK-41", name: "Persentase tersedianya sarana dan prasarana untuk memenuhi kebutuhan kerja pegawai yang berfungsi dengan baik",
                       kind: .percentage),
        CatalogueEntry(code: "IK-42", name: "Persentase gedung dan gudang KPU Kabupaten/Kota yang berfungsi dengan baik", kind: .percentage),
    ]
}
