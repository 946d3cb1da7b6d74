import Foundation
import SakipCore

/// The audit trail of an office-year, newest first, with its filter and the XLSX download.
struct AuditPage {
    var officeCode: String
    var officeName: String
    var year: Int
    var entries: [AuditEntryModel]
    var truncated: Bool
    var people: [String]
    var tables: [String]
    var filter: AuditController.Filter

    var title: String { "Jejak perubahan \(officeName) \(year)" }

    func body(csrf: String) -> Node {
        let query = [("orang", filter.orang), ("tabel", filter.tabel), ("dari", filter.dari), ("sampai", filter.sampai)]
            .compactMap { key, value in value.flatMap { $0.isEmpty ? nil : "\(key)=\($0.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")" } }
            .joined(separator: "&")
        let workbook = SiteURL.auditTrailWorkbook(office: officeCode, year: year).path + (query.isEmpty ? "" : "?" + query)
        return .div(
            .h1(.text("Jejak perubahan — \(officeName) \(year)")),
            OfficeYearTabs(office: officeCode, year: year, current: .auditTrail(office: officeCode, year: year)).node(),
            .p(.class("hint"), .text("Setiap perubahan data tahun ini, dari halaman mana pun, impor berkas atau perintah, tercatat di sini: siapa, kapan, lewat apa, di mana, dan nilai sebelum serta sesudahnya. Catatan tidak dapat diubah atau dihapus.")),
            .form(
                .class("filter"), .action(SiteURL.auditTrail(office: officeCode, year: year).path), .method(.get),
                .label(.for("orang"), .text("Oleh")),
                .select(.id("orang"), .name("orang"), .option(value: "", text: "semua orang", selected: (filter.orang ?? "").isEmpty),
                        .forEach(people) { .option(value: $0, text: $0, selected: filter.orang == $0) }),
                .label(.for("tabel"), .text("Tabel")),
                .select(.id("tabel"), .name("tabel"), .option(value: "", text: "semua tabel", selected: (filter.tabel ?? "").isEmpty),
                        .forEach(tables) { .option(value: $0, text: FieldChange.tableLabel($0), selected: filter.tabel == $0) }),
                .label(.for("dari"), .text("Dari tanggal")),
                .input(.type(.date), .id("dari"), .name("dari"), .value(filter.dari ?? "")),
                .label(.for("sampai"), .text("Sampai tanggal")),
                .input(.type(.date), .id("sampai"), .name("sampai"), .value(filter.sampai ?? "")),
                .button(.type(.submit), .text("Saring"))
            ),
            .p(.a(.href(workbook), .text("Unduh jejak ini (XLSX)"))),
            .if(entries.isEmpty, .p(.text("Tidak ada perubahan yang cocok dengan saringan ini."))),
            .if(truncated, .p(.class("status"), .text("Menampilkan \(entries.count) perubahan terbaru; persempit saringan atau unduh XLSX untuk semuanya."))),
            .if(!entries.isEmpty, .table(
                .class("audit"),
                .thead(.tr(.th(.text("Waktu")), .th(.text("Oleh")), .th(.text("Tabel")), .th(.text("Baris")), .th(.text("Kolom")),
                           .th(.text("Sebelum")), .th(.text("Sesudah")))),
                .tbody(.forEach(entries) { entry in
                    .tr(.td(.text(WIB.moment(entry.at)), .small(.class("block"), .text(entry.via))),
                        .td(.text(entry.userName)),
                        .td(.text(FieldChange.tableLabel(entry.table))),
                        .td(.text(entry.row)),
                        .td(.text(FieldChange.fieldLabel(entry.field)), .small(.class("path block"), .text(entry.path))),
                        .td(.class("value"), .text(entry.before ?? "—")),
                        .td(.class("value"), .text(entry.after ?? "—")))
                })
            ))
        )
    }
}
