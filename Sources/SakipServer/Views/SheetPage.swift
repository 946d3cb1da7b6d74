import Plot
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

    var title: String { "\(sheet.title) — \(office.name) \(year)" }

    func body(csrf: String) -> Node<HTML.BodyContext> {
        .div(
            .h1(.text("\(sheet.title) — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .sheets(office: office.code, year: year)).node(),
            .p(.a(.href(SiteURL.sheets(office: office.code, year: year).path), .text("← Semua tabel"))),
            .p(.class("hint"), .text(sheet.hint)),
            .if(!problems.isEmpty, .div(
                .class("error"), .attribute(named: "role", value: "alert"),
                .p(.text("Tabel tidak disimpan; data yang tersimpan tidak berubah. \(problems.count) masalah:")),
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
            .if(access.edit, editor(csrf: csrf))
        )
    }

    private func editor(csrf: String) -> Node<HTML.BodyContext> {
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
