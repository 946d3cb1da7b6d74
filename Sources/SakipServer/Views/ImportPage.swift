import SakipCore

/// Upload of an office-year file; on refusal, every rejected value with its place.
struct ImportPage {
    var issues: [LocatedIssue] = []
    var warnings: [LocatedIssue] = []
    var imported: (office: String, name: String, year: Int)?
    var title: String { "Impor berkas office-year" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Impor berkas office-year")),
            .p(.class("hint"), .text("Satu berkas JSON memuat seluruh data satu kantor untuk satu tahun. Impor bersifat semua-atau-tidak-sama-sekali: bila ada satu nilai yang ditolak, tidak ada yang diubah.")),
            .unwrap(imported) { done in
                .p(.class("flash"), .text("Berkas \(done.name) \(done.year) berhasil diimpor. "),
                   .a(.href(SiteURL.dashboard(office: done.office, year: done.year).path), .text("Buka dasbor")))
            },
            .if(!issues.isEmpty, .div(
                .class("error"), .attribute(named: "role", value: "alert"),
                .p(.text("Berkas ditolak; tidak ada data yang diubah. \(issues.count) nilai bermasalah:")),
                issueTable(issues)
            )),
            .if(!warnings.isEmpty, .div(.p(.text("Peringatan (data tetap diimpor):")), issueTable(warnings))),
            .form(
                .action(SiteURL.importFile.path), .method(.post), .enctype(.multipartData),
                Layout.csrfField(csrf),
                .label(.for("file"), .text("Berkas (.json)")),
                .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: "application/json,.json"), .attribute(named: "required", value: "required")),
                .button(.type(.submit), .text("Impor"))
            )
        )
    }

    private func issueTable(_ list: [LocatedIssue]) -> Node {
        .table(
            .thead(.tr(.th(.text("Masalah")), .th(.text("Nilai")), .th(.text("Letak dalam berkas")))),
            .tbody(.forEach(list) { issue in
                .tr(.td(.text(issue.reason)), .td(.text(issue.value ?? "")), .td(.small(.class("code"), .text(issue.path))))
            })
        )
    }
}
