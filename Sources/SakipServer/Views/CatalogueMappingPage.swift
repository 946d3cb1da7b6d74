import Foundation
import SakipCore

/// The national catalogue mapping as KPU RI reviews it: one page of office indicators of a year with their state, the
/// counts per state, the filter, the forms that decide one indicator or confirm every strong suggestion, and the latest
/// decisions from the audit trail.
struct CatalogueMappingPage {
    var year: Int
    var years: [Int]
    var selection: CatalogueMappingSelection
    var provinces: [OfficeMetadata]
    var page: MappingReview.Page
    /// Undecided rows of the province filter with a strong best suggestion.
    var strongCount: Int
    var catalogue: IndicatorCatalogue
    var history: [AuditEntryModel]
    var problem: String?

    var title: String { "Pemetaan katalog indikator nasional \(year)" }

    /// The selection of this page with the year shown, kept in every link and form.
    private var shown: CatalogueMappingSelection {
        var shown = selection
        shown.year = year
        shown.page = page.number
        return shown
    }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text(title)),
            .p(.class("hint"), .text("Setiap kantor merumuskan indikatornya dengan kata-kata sendiri. Di sini KPU RI memastikan entri katalog "
                + "nasional tiap indikator kantor: mengonfirmasi usulan, memilih entri lain, atau menyatakannya tidak ada di katalog. "
                + "Indikator yang belum dipastikan tidak pernah digabung dalam perbandingan IKU; setiap keputusan dicatat di jejak perubahan.")),
            .unwrap(problem) { .p(.class("error"), .role("alert"), .text($0)) },
            filterForm(),
            counts(),
            bulkForm(csrf),
            rowsTable(csrf),
            pager(),
            historySection()
        )
    }

    private func filterForm() -> Node {
        .form(
            .class("filter"), .action(SiteURL.catalogueMapping.path), .method(.get),
            .label(.for("katalog-tahun"), .text("Tahun")),
            .select(.id("katalog-tahun"), .name("tahun"), .forEach(years) { .option(value: "\($0)", text: "\($0)", selected: $0 == year) }),
            .label(.for("katalog-provinsi"), .text("Provinsi")),
            .select(.id("katalog-provinsi"), .name("provinsi"),
                    .option(value: "", text: "Semua provinsi", selected: selection.province == nil),
                    .forEach(provinces) { .option(value: $0.code, text: $0.provinceName ?? $0.name, selected: $0.code == selection.province) }),
            .label(.for("katalog-status"), .text("Status")),
            .select(.id("katalog-status"), .name("status"),
                    .option(value: "", text: "Semua status", selected: selection.group == nil),
                    .forEach(MappingReview.Group.allCases) { .option(value: $0.rawValue, text: $0.label, selected: $0 == selection.group) }),
            .button(.type(.submit), .text("Tampilkan"))
        )
    }

    private func counts() -> Node {
        let all = page.counts.values.reduce(0, +)
        return .ul(.class("cards"),
                   .li(.class("card"), .a(.href(link(shown.with(group: .some(nil), page: 1))), .strong(.text("\(all)")),
                                         .span(.class("label"), .text(" semua indikator")))),
                   .forEach(MappingReview.Group.allCases) { group in
                       .li(.class("card"), .id("jumlah-\(group.rawValue)"),
                           .a(.href(link(shown.with(group: .some(group), page: 1))), .strong(.text("\(page.counts[group] ?? 0)")),
                              .span(.class("label"), .text(" \(group.label)"))))
                   })
    }

    private func bulkForm(_ csrf: String) -> Node {
        .form(
            .class("inline"), .action(SiteURL.confirmStrongSuggestions.path), .method(.post), Layout.csrfField(csrf), hiddenFilter(),
            .button(.type(.submit), .text("Konfirmasi semua usulan kuat (\(strongCount))")),
            .small(.class("hint"), .text(" Usulan \"kuat\" pada filter provinsi ini dikonfirmasi sekaligus atas nama Anda; usulan \"mungkin\" tetap diperiksa satu per satu."))
        )
    }

    private func hiddenFilter() -> Node {
        .group(
            .input(.type(.hidden), .name("tahun"), .value("\(year)")),
            .input(.type(.hidden), .name("provinsi"), .value(selection.province ?? "")),
            .input(.type(.hidden), .name("status"), .value(selection.group?.rawValue ?? "")),
            .input(.type(.hidden), .name("halaman"), .value("\(page.number)"))
        )
    }

    private func rowsTable(_ csrf: String) -> Node {
        guard !page.rows.isEmpty else { return .p(.text("Tidak ada indikator kantor pada filter ini.")) }
        return .table(
            .class("catalogue-mapping"),
            .caption(.text("Indikator \(page.firstPosition)–\(page.firstPosition + page.rows.count - 1) dari \(page.total)")),
            .thead(.tr(.th(.text("Kantor")), .th(.text("Indikator kantor")), .th(.text("Status")), .th(.text("Entri katalog / usulan")),
                       .th(.text("Dikonfirmasi")), .th(.text("Keputusan")))),
            .tbody(.forEach(page.rows) { row in
                .tr(.id("baris-\(row.office.code)-\(row.indicatorId)"), .class(row.group.rawValue),
                    .td(.text(row.office.name)),
                    .td(.text("\(row.indicatorId) · \(row.statement)"), .if(row.iku, .small(.class("hint"), .text(" (IKU kantor)")))),
                    .td(.text(row.group.label)),
                    .td(entryCell(row)),
                    .td(.text(row.decision.map { "\($0.confirmedBy ?? "-"), \(IndonesianDate.format($0.confirmedOn))" } ?? "-")),
                    .td(actions(row, csrf)))
            })
        )
    }

    private func entryCell(_ row: MappingReview.Row) -> Node {
        switch row.state {
        case .confirmed(let code): .text("\(code) · \(catalogue.entry(code)?.name ?? "(kode tidak ada di katalog)")")
        case .suggested(let suggestions):
            .group(.forEach(suggestions.prefix(1)) { .text("\($0.code) · \($0.name) (\($0.strength.label), skor \(IndonesianFormat.number($0.score, fractionDigits: 3)))") })
        case .noMatch: .text("-")
        case .notInCatalogue: .text("tidak ada di katalog")
        }
    }

    /// The one form of a row, whose buttons say what is decided: confirm the suggestion, map to the entry chosen in the
    /// catalogue's select (shown for the row whose "Pilih entri lain" was followed, so that a page does not carry the
    /// whole catalogue 25 times), declare it not in the catalogue, or take the decision back.
    private func actions(_ row: MappingReview.Row, _ csrf: String) -> Node {
        let choosing = selection.row == CatalogueMappingSelection.rowKey(row)
        let selectID = "entri-\(row.office.code)-\(row.indicatorId)"
        return .form(
            .class("inline"), .action(SiteURL.catalogueDecision.path), .method(.post), Layout.csrfField(csrf), hiddenFilter(), rowFields(row),
            .unwrap(row.bestSuggestion) { best in
                .group(.input(.type(.hidden), .name("usulan"), .value(best.code)),
                       .button(.type(.submit), .name("keputusan"), .value("usulan"), .text("Konfirmasi usulan \(best.code)")))
            },
            .if(choosing,
                .group(.label(.for(selectID), .text(" Entri katalog ")),
                       .select(.id(selectID), .name("kode"), .forEach(catalogue.entries) { entry in
                           .option(value: entry.code, text: "\(entry.code) · \(Self.short(entry.name))",
                                   selected: entry.code == (row.state.confirmedCode ?? row.bestSuggestion?.code))
                       }),
                       .button(.type(.submit), .name("keputusan"), .value("kode"), .text("Petakan"))),
                else: .a(.href(link(shown.with(row: CatalogueMappingSelection.rowKey(row))) + "#baris-\(row.office.code)-\(row.indicatorId)"),
                         .text(row.group == .confirmed ? " Ubah entri…" : " Pilih entri lain…"))),
            .if(row.group != .notInCatalogue, .button(.type(.submit), .name("keputusan"), .value("bukan"), .text("Tidak ada di katalog"))),
            .if(row.decision != nil, .button(.type(.submit), .name("keputusan"), .value("batal"), .text("Batalkan keputusan")))
        )
    }

    private func rowFields(_ row: MappingReview.Row) -> Node {
        .group(
            .input(.type(.hidden), .name("kantor"), .value(row.office.code)),
            .input(.type(.hidden), .name("indikator"), .value(row.indicatorId)),
            .input(.type(.hidden), .name("pernyataan"), .value(row.statement)),
            .input(.type(.hidden), .name("sebelum"), .value(CatalogueMappingSelection.token(row.decision)))
        )
    }

    private func pager() -> Node {
        guard page.pageCount > 1 else { return .empty }
        return .p(.class("pager"),
                  .if(page.number > 1, .a(.href(link(shown.with(page: page.number - 1))), .text("← Sebelumnya"))),
                  .text(" Halaman \(page.number) dari \(page.pageCount) "),
                  .if(page.number < page.pageCount, .a(.href(link(shown.with(page: page.number + 1))), .text("Berikutnya →"))))
    }

    private func historySection() -> Node {
        .section(
            .h2(.id("riwayat"), .text("Keputusan terakhir")),
            .if(history.isEmpty, .p(.text("Belum ada keputusan yang dicatat dari halaman ini.")),
                else: .table(
                    .thead(.tr(.th(.text("Waktu")), .th(.text("Oleh")), .th(.text("Kantor · indikator")), .th(.text("Sebelum")), .th(.text("Sesudah")))),
                    .tbody(.forEach(history) { entry in
                        .tr(.td(.text(WIB.moment(entry.at))), .td(.text(entry.userName)), .td(.text(entry.row)),
                            .td(.text(entry.before ?? "belum diputuskan")), .td(.text(entry.after ?? "belum diputuskan (dibatalkan)")))
                    })))
        )
    }

    private func link(_ selection: CatalogueMappingSelection) -> String {
        SiteURL.catalogueMapping.path + selection.querySuffix
    }

    /// A catalogue name short enough for an option of every row's select.
    static func short(_ name: String) -> String {
        name.count > 60 ? String(name.prefix(60)) + "…" : name
    }
}
