
/// The navigation between the pages of one office-year.
struct OfficeYearTabs {
    var office: String
    var year: Int
    var current: SiteURL

    func node() -> Node {
        let links: [(SiteURL, String)] = [
            (.dashboard(office: office, year: year), "Dasbor"),
            (.realisations(office: office, year: year), "Realisasi triwulan"),
            (.agreement(office: office, year: year, level: "ketua"), "PK Ketua"),
            (.agreement(office: office, year: year, level: "sekretaris"), "PK Sekretaris"),
            (.budget(office: office, year: year), "Anggaran"),
            (.sheets(office: office, year: year), "Data"),
            (.elections(office: office, year: year), "Pemilu & logistik"),
            (.analyses(office: office, year: year), "Analisis"),
            (.documents(office: office, year: year), "Dokumen"),
            (.submissions(office: office, year: year), "Pengajuan"),
            (.auditTrail(office: office, year: year), "Jejak perubahan"),
            (.evaluation(office: office, year: year), "Evaluasi SAKIP"),
            (.export(office: office, year: year), "Ekspor berkas"),
            (.exportBundle(office: office, year: year), "Ekspor + bukti (ZIP)"),
        ]
        return .nav(.class("tabs"), .forEach(links) { url, label in
            .a(.class(url == current ? "current" : ""), .href(url.path), .text(label))
        })
    }
}
