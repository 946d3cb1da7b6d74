import Plot
import SakipCore

/// The offices a user may open, with their years.
struct OfficesPage {
    struct Entry {
        var code: String
        var name: String
        var level: Office.Level
        var parentName: String?
        var years: [Int]
    }

    var entries: [Entry]
    var title: String { "Kantor" }

    func body(csrf: String) -> Node<HTML.BodyContext> {
        .div(
            .h1(.text("Kantor")),
            .if(entries.isEmpty, .p(.text("Belum ada kantor yang dapat Anda buka."))),
            .table(
                .thead(.tr(.th(.text("Kode satker")), .th(.text("Kantor")), .th(.text("Tingkat")), .th(.text("Induk")), .th(.text("Tahun")))),
                .tbody(.forEach(entries) { entry in
                    .tr(.td(.text(entry.code)), .td(.text(entry.name)), .td(.text(entry.level.label)), .td(.text(entry.parentName ?? "-")),
                        .td(.if(entry.years.isEmpty, .text("belum ada data")),
                            .forEach(entry.years) { .a(.href(SiteURL.dashboard(office: entry.code, year: $0).path), .text("\($0) ")) }))
                })
            )
        )
    }
}
