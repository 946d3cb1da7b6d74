import SakipCore

/// One table: its stored rows, and for the operator a paste area that keeps what was typed when refused.
struct SheetPage {
    var office: Office
    var year: Int
    var sheet: Sheet
    var rows: [[String]]
    var text: String
    var problems: [SheetProblem]
    var access: Access
    /// Review findings located in this table.
    var findings: [ReviewFinding] = []
    /// The office-year's elections, to choose the one an imported DPT recap belongs to.
    var elections: [ElectionEvent] = []
    /// The workbook that was refused, named in the message.
    var rejectedFile: String?

    var title: String { "\(sheet.title) — \(office.name) \(year)" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("\(sheet.title) — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .sheets(office: office.code, year: year)).node(),
            .p(.a(.href(SiteURL.sheets(office: office.code, year: year).path), .text("← Semua tabel"))),
            .p(.class("hint"), .text(sheet.hint)),
            .if(!problems.isEmpty, .div(
                .class("error"), .attribute(named: "role", value: "alert"),
                .p(.text("\(rejectedFile.map { "Berkas \($0) tidak diimpor" } ?? "Tabel tidak disimpan"); data yang tersimpan tidak berubah. \(problems.count) masalah:")),
                .ul(.forEach(problems) { .li(.text($0.description)) })
            )),
            FindingsList(findings: findings).node(),
            .table(
                .class("sheet"),
                .thead(.tr(.th(.text("No")), .forEach(sheet.headers) { .th(.text($0)) })),
                .tbody(
                    .if(rows.isEmpty, .tr(.td(.attribute(named: "colspan", value: "\(sheet.columns.count + 1)"), .text("Belum ada baris.")))),
                    .forEach(Array(rows.enumerated())) { index, row in
                        .tr(.td(.class("num"), .text("\(index + 1)")), .forEach(row) { .td(.text($0)) })
                    }
                )
            ),
            .if(access.edit, editor(csrf: csrf)),
            .if(access.edit, workbookImport(csrf: csrf))
        )
    }

    /// Upload of an .xlsx in the layout the office keeps; the header row is found by its column names.
    private func workbookImport(csrf: String) -> Node {
        let needsEvent = sheet.columns.contains { $0.key == "eventId" }
        return .form(
            .class("sheet-import"), .action(SiteURL.importSheet(office: office.code, year: year, sheet: sheet.id.rawValue).path),
            .method(.post), .enctype(.multipartData),
            Layout.csrfField(csrf),
            .h2(.text("Impor dari berkas Excel (.xlsx)")),
            .p(.class("hint"), .text("Baris judul dikenali dari nama kolomnya (\(sheet.headers.joined(separator: ", ")), atau nama yang lazim di laporan seperti \(aliasExamples)). Kolom No, baris nomor kolom (1, 2, 3 …) dan baris Jumlah dilewati. Tabel yang sekarang diganti seluruhnya, atau tidak sama sekali bila ada sel yang salah.")),
            .if(needsEvent, .div(
                .label(.for("eventId"), .text("Pemilu/Pemilihan (bila berkas tidak memiliki kolom ID Pemilihan)")),
                .select(.id("eventId"), .attribute(named: "name", value: "eventId"),
                        .forEach(elections) { Node.option(value: $0.id, text: "\($0.name) (\($0.id))") })
            )),
            .label(.for("file"), .text("Berkas (.xlsx)")),
            .input(.type(.file), .id("file"), .name("file"),
                   .attribute(named: "accept", value: ".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                   .attribute(named: "required", value: "required")),
            .button(.type(.submit), .text("Impor berkas"))
        )
    }

    private var aliasExamples: String {
        let names = sheet.columns.flatMap(\.aliases).prefix(3).map { "\"\($0)\"" }
        return names.isEmpty ? "judul kolom tabel ini" : names.joined(separator: ", ")
    }

    private func editor(csrf: String) -> Node {
        .form(
            .class("sheet-editor"), .action(SiteURL.sheet(office: office.code, year: year, sheet: sheet.id.rawValue).path), .method(.post),
            Layout.csrfField(csrf),
            .label(.for("rows"), .text("Ubah tabel: tempel dari spreadsheet (kolom dipisah tab) atau ketik dengan pemisah titik koma. Baris judul boleh ikut.")),
            .textarea(.id("rows"), .name("rows"), .attribute(named: "rows", value: "\(max(8, min(30, rows.count + 4)))"),
                      .attribute(named: "spellcheck", value: "false"), .text(text)),
            .button(.type(.submit), .text("Simpan tabel"))
        )
    }
}
