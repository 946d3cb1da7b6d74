import SakipCore

/// The submission deadlines of each year, as KPU RI set them or by default, and the form to set one.
struct DeadlinesPage {
    struct Row {
        var year: Int
        /// Set by KPU RI; nil keeps the default.
        var pk: CalendarDate?
        var lkj: CalendarDate?
    }

    var rows: [Row]
    var problem: String?
    var typedYear: String?
    var typedDocument: String?
    var typedDate: String?

    var title: String { "Batas waktu pengajuan PK dan LKj" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text(title)),
            .p(.class("hint"), .text("Tanpa ketetapan KPU RI berlaku batas bawaan: PK paling lambat 31 Januari tahunnya, LKj paling lambat akhir Februari tahun berikutnya. Pengajuan pertama sesudah batas waktu ditandai terlambat dengan jumlah harinya.")),
            .table(
                .thead(.tr(.th(.text("Tahun")), .th(.text("PK")), .th(.text("LKj")))),
                .tbody(.forEach(rows) { row in
                    .tr(.td(.text("\(row.year)")), cell(row.pk, .pk, row.year), cell(row.lkj, .lkj, row.year))
                })
            ),
            .form(
                .class("deadline"), .action(SiteURL.deadlines.path), .method(.post), Layout.csrfField(csrf),
                .h2(.text("Tetapkan batas waktu")),
                .unwrap(problem) { .p(.class("error"), .role("alert"), .text($0)) },
                .label(.for("tenggat-tahun"), .text("Tahun")),
                .input(.type(.text), .id("tenggat-tahun"), .name("year"), .value(typedYear ?? "\(CalendarDate.today.year)")),
                .label(.for("tenggat-dokumen"), .text("Dokumen")),
                .select(.id("tenggat-dokumen"), .name("document"), .forEach(SubmissionDocument.allCases) {
                    .option(value: $0.rawValue, text: "\($0.label) (\($0.shortLabel))", selected: $0.rawValue == typedDocument)
                }),
                .label(.for("tenggat-tanggal"), .text("Batas waktu")),
                .input(.type(.text), .id("tenggat-tanggal"), .name("date"), .value(typedDate ?? "")),
                .button(.type(.submit), .text("Simpan batas waktu"))
            )
        )
    }

    private func cell(_ set: CalendarDate?, _ document: SubmissionDocument, _ year: Int) -> Node {
        if let set { return .td(.text(IndonesianDate.format(set))) }
        let fallback = SubmissionDeadline.default(document, year: year).map(IndonesianDate.format) ?? "-"
        return .td(.text(fallback), .small(.class("hint"), .text(" (bawaan)")))
    }
}
