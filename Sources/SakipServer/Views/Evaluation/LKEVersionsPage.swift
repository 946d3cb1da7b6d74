import Foundation
import SakipCore

/// The LKE versions the product knows (the bundled PermenPANRB 88/2021 one and those KPU RI loaded): which years
/// each applies to, whether it is offered for new evaluations; and the form to load the next year's version.
struct LKEVersionsPage {
    var versions: [KnownLKEVersion]
    var issues: [String] = []
    var problem: String?

    var title: String { "Versi LKE" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Versi LKE evaluasi SAKIP")),
            EvaluationParts.problem(problem),
            .if(!issues.isEmpty, .ul(.class("findings"), .forEach(issues) { .li(.class("finding error"), .text($0)) })),
            .p(.class("hint"), .text("Evaluasi baru memakai versi aktif yang berlaku untuk tahun kinerjanya (yang mulai berlaku paling akhir). Evaluasi yang sudah dimulai tetap memakai versi yang dipakainya.")),
            .table(
                .class("lke-versions"),
                .thead(.tr(.th(.text("Versi")), .th(.text("Tahun kinerja")), .th(.text("Isi")), .th(.text("Sidik")),
                           .th(.text("Dimuat")), .th(.text("Status")))),
                .tbody(.forEach(versions) { known in
                    let version = known.version
                    return .tr(
                        .td(.strong(.text(version.title)), .p(.class("hint"), .text(version.id + (version.basis.map { " · \($0)" } ?? "")))),
                        .td(.text("\(version.firstYear)–\(version.lastYear.map(String.init) ?? "seterusnya")")),
                        .td(.text("\(version.components.count) komponen, \(version.subComponents.count) sub-komponen, \(version.criteria.count) kriteria")),
                        .td(.small(.class("code"), .text(String(known.digest.prefix(12))))),
                        .td(.text(known.bundled ? "bawaan aplikasi" : "\(known.loadedByName ?? "-"), \(known.loadedAt.map(WIB.moment) ?? "-")")),
                        .td(.text(known.active ? "Aktif" : "Tidak ditawarkan"),
                            .if(!known.bundled, .form(
                                .class("inline"), .action(SiteURL.lkeVersionState.path), .method(.post), Layout.csrfField(csrf),
                                .input(.type(.hidden), .name("digest"), .value(known.digest)),
                                .input(.type(.hidden), .name("active"), .value(known.active ? "tidak" : "ya")),
                                .button(.type(.submit), .text(known.active ? "Nonaktifkan" : "Aktifkan")))))
                    )
                })
            ),
            .h2(.text("Muat versi LKE")),
            .form(
                .action(SiteURL.lkeVersions.path), .method(.post), .enctype(.multipartData), Layout.csrfField(csrf),
                .p(.class("hint"), .text("Berkas JSON berformat \(LKEVersion.formatName) versi \(LKEVersion.formatVersion) (lihat docs/evaluation-format.md): komponen, sub-komponen, bobot, kriteria, tahun berlaku dan skala predikat. Bobot harus berjumlah 100.")),
                .label(.for("file"), .text("Berkas LKE")),
                .input(.type(.file), .id("file"), .name("file"), .attribute(named: "accept", value: ".json,application/json")),
                .button(.type(.submit), .text("Muat LKE"))
            )
        )
    }
}
