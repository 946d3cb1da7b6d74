import SakipCore

/// The list of an office-year's tables with their row counts.
struct SheetsPage {
    var office: Office
    var year: Int
    var sheets: [(sheet: Sheet, rows: Int)]
    var access: Access

    var title: String { "Data \(office.name) \(year)" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Data kantor — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .sheets(office: office.code, year: year)).node(),
            .p(.class("hint"), .text(access.edit
                ? "Setiap tabel dapat diisi dengan menempelkan baris dari Excel atau LibreOffice Calc. Tabel disimpan utuh atau tidak sama sekali; kesalahan ditunjukkan per baris dan kolom."
                : "Peran Anda hanya dapat membaca tabel-tabel ini.")),
            .p(.a(.href(SiteURL.profile(office: office.code, year: year).path),
                  .text("Profil kantor, visi-misi Renstra dan aturan pengukuran →"))),
            .forEach(Sheet.Group.allCases) { group in
                .div(
                    .h2(.text(group.title)),
                    .if(group == .elections || group == .logistics,
                        .p(.a(.href(SiteURL.elections(office: office.code, year: year).path),
                              .text("Rekap, tingkat partisipasi dan rekonsiliasi logistik yang dihitung dari tabel-tabel ini →")))),
                    .table(
                        .thead(.tr(.th(.text("Tabel")), .th(.text("Isi")), .th(.text("Baris")))),
                        .tbody(.forEach(sheets.filter { $0.sheet.id.group == group }) { item in
                            .tr(.td(.a(.href(SiteURL.sheet(office: office.code, year: year, sheet: item.sheet.id.rawValue).path), .text(item.sheet.title))),
                                .td(.class("hint"), .text(item.sheet.hint)),
                                .td(.class("num"), .text("\(item.rows)")))
                        })
                    )
                )
            },
            .p(.a(.href(SiteURL.analyses(office: office.code, year: year).path), .text("Analisis capaian per indikator (narasi LKj) →")))
        )
    }
}
