import SakipCore

/// The offices a user may open, with their years.
struct OfficesPage {
    struct Entry {
        var code: String
        var name: String
        var level: Office.Level
        var parentName: String?
        var years: [Int]
        var canStartYear: Bool
        /// A KPU Provinsi or KPU RI: links to its consolidation of the offices under it.
        var consolidates = false
    }

    var entries: [Entry]
    var thisYear: Int
    /// Whether the user reads evaluation recaps (evaluators, inspectorate, national admin): a link per Provinsi and KPU RI.
    var recaps = false
    /// Whether the viewer (the national admin) may add an office.
    var canAddOffice = false
    var title: String { "Kantor" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Kantor")),
            .if(canAddOffice, .p(.a(.href(SiteURL.newOffice.path), .text("Tambah kantor dan akunnya →")))),
            .if(entries.isEmpty, .p(.text("Belum ada kantor yang dapat Anda buka."))),
            .table(
                .thead(.tr(.th(.text("Kode satker")), .th(.text("Kantor")), .th(.text("Tingkat")), .th(.text("Induk")), .th(.text("Tahun")), .th(.text("Mulai tahun")))),
                .tbody(.forEach(entries) { entry in
                    .tr(.td(.text(entry.code)), .td(.text(entry.name),
                            .if(recaps && entry.level != .kabupatenKota, .group(.text(" · "),
                                .a(.href(SiteURL.evaluationRecap(office: entry.code, year: thisYear - 1).path), .text("Rekap evaluasi \(thisYear - 1)")))),
                            .if(entry.consolidates, .group(.text(" · "),
                                .a(.class("consolidation"), .href(SiteURL.consolidation(office: entry.code, year: consolidationYear(entry)).path),
                                   .text("Konsolidasi \(consolidationYear(entry))"))))),
                        .td(.text(entry.level.label)), .td(.text(entry.parentName ?? "-")),
                        .td(.if(entry.years.isEmpty, .text("belum ada data")),
                            .forEach(entry.years) { .a(.href(SiteURL.dashboard(office: entry.code, year: $0).path), .text("\($0) ")) }),
                        .td(.if(entry.canStartYear, startYear(entry, csrf: csrf))))
                })
            )
        )
    }

    /// The office's latest year, else the latest year of any office listed (a province without data of its own).
    private func consolidationYear(_ entry: Entry) -> Int {
        entry.years.max() ?? entries.compactMap { $0.years.max() }.max() ?? thisYear - 1
    }

    private func startYear(_ entry: Entry, csrf: String) -> Node {
        let next = max(thisYear, (entry.years.max() ?? thisYear - 1) + 1)
        return .form(
            .class("inline"), .action(SiteURL.newYear(office: entry.code).path), .method(.post),
            Layout.csrfField(csrf),
            .input(.type(.text), .name("year"), .value("\(next)"), .attribute(named: "size", value: "5"),
                   .attribute(named: "aria-label", value: "Tahun baru untuk \(entry.name)"), .attribute(named: "inputmode", value: "numeric")),
            .button(.type(.submit), .text("Mulai"))
        )
    }
}
