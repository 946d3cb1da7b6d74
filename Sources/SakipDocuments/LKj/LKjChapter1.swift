import SakipCore

/// BAB I Pendahuluan: latar belakang, tugas/wewenang/kewajiban, struktur organisasi, SDM tables, sistematika.
enum LKjChapter1 {
    static func write(_ document: inout WordDocument, _ context: inout LKjContext) {
        let office = context.office
        document.heading("BAB I PENDAHULUAN", level: 1, newPage: true)
        document.heading("A. Latar Belakang", level: 2)
        document.text("Sistem Akuntabilitas Kinerja Instansi Pemerintah (SAKIP) menurut Peraturan Presiden Nomor 29 Tahun 2014 merupakan rangkaian perencanaan strategis, perencanaan kinerja, pengukuran kinerja dan pelaporan kinerja. Sebagai bagian dari Komisi Pemilihan Umum yang bersifat nasional, tetap dan mandiri, \(office) wajib menyampaikan Laporan Kinerja sebagai bentuk pertanggungjawaban atas pelaksanaan tugas dan fungsinya selama Tahun \(context.year).")
        document.heading("B. Tugas, Wewenang dan Kewajiban", level: 2)
        document.text("Tugas, wewenang dan kewajiban \(office) diatur dalam Undang-Undang Nomor 7 Tahun 2017 tentang Pemilihan Umum dan Peraturan KPU Nomor 8 Tahun 2019 tentang Tata Kerja Komisi Pemilihan Umum, Komisi Pemilihan Umum Provinsi dan Komisi Pemilihan Umum Kabupaten/Kota beserta perubahannya.")
        organisation(&document, &context)
        staff(&document, &context)
        document.heading("E. Sistematika Penyajian", level: 2)
        document.text("Laporan Kinerja ini disajikan dengan sistematika sebagai berikut:")
        document.bullets([
            "Kata Pengantar dan Ikhtisar Eksekutif: ringkasan capaian kinerja dan realisasi anggaran;",
            "BAB I Pendahuluan: gambaran umum organisasi, tugas dan sumber daya manusia;",
            "BAB II Perencanaan Kinerja: Rencana Strategis, Rencana Kinerja Tahunan dan Perjanjian Kinerja;",
            "BAB III Akuntabilitas Kinerja: capaian kinerja per sasaran dan indikator serta realisasi anggaran;",
            "BAB IV Penutup: simpulan dan langkah perbaikan ke depan;",
            "Lampiran: Perjanjian Kinerja dan Rencana Kinerja Tahunan.",
        ])
    }

    private static func organisation(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("C. Struktur Organisasi", level: 2)
        let commissioners = context.data.people.filter { $0.role == .ketua || $0.role == .anggota }
        let secretariat = context.data.people.filter { $0.role == .sekretaris || $0.role == .kasubbag }
        guard !commissioners.isEmpty || !secretariat.isEmpty else {
            document.text("Susunan pimpinan dan sekretariat belum diisi.")
            return
        }
        var rows: [ReportTable.Row] = []
        if !commissioners.isEmpty { rows.append(ReportTable.Row([.text("Anggota Komisi")], kind: .group)) }
        for (index, person) in commissioners.enumerated() {
            rows.append(ReportTable.Row([.text("\(index + 1)"), .text(person.name), .text(person.position ?? person.role.rawValue.capitalized),
                                         .text(person.division.map { "Divisi \($0)" } ?? "-")]))
        }
        if !secretariat.isEmpty { rows.append(ReportTable.Row([.text("Sekretariat")], kind: .group)) }
        for (index, person) in secretariat.enumerated() {
            rows.append(ReportTable.Row([.text("\(index + 1)"), .text(person.name), .text(person.position ?? person.role.rawValue.capitalized),
                                         .text(person.nip.map { "NIP. \($0)" } ?? "-")]))
        }
        let table = context.table("1", "Susunan Pimpinan dan Pejabat \(context.office)",
                                  columns: [.init("No", width: 4), .init("Nama", width: 22), .init("Jabatan", width: 28), .init("Divisi / NIP", width: 24)],
                                  rows: rows)
        document.text("\(context.office) dipimpin oleh \(commissioners.count) orang anggota komisi, dibantu sekretariat yang dipimpin oleh seorang Sekretaris, sebagaimana \(table.label).")
        document.table(table)
    }

    private static func staff(_ document: inout WordDocument, _ context: inout LKjContext) {
        document.heading("D. Sumber Daya Manusia", level: 2)
        let composition = StaffComposition(people: context.data.people)
        guard composition.total > 0 else {
            document.text("Data pegawai sekretariat belum diisi.")
            return
        }
        let columns: [ReportTable.Column] = [.init("No", width: 4), .init("Uraian", width: 30), .init("Jumlah (orang)", width: 14)]
        func rows(_ counts: [StaffComposition.Count]) -> [ReportTable.Row] {
            counts.enumerated().map { ReportTable.Row([.text("\($0.offset + 1)"), .text($0.element.label), .count($0.element.count)]) }
                + [ReportTable.Row([.empty, .text("Jumlah"), .count(composition.total)], kind: .total)]
        }
        let education = context.table("1", "Pegawai Sekretariat \(context.office) menurut Pendidikan", columns: columns, rows: rows(composition.byEducation))
        let grade = context.table("1", "Pegawai Sekretariat \(context.office) menurut Golongan", columns: columns, rows: rows(composition.byGrade))
        document.text("Sekretariat \(context.office) didukung oleh \(composition.total) orang pegawai. Komposisi pegawai menurut tingkat pendidikan disajikan pada \(education.label) dan menurut golongan pada \(grade.label).")
        document.table(education)
        document.table(grade)
    }
}
