import SakipCore

/// The evaluations of the offices a Provinsi or KPU RI oversees for one year: score and predikat per office,
/// the change from last year, the distribution per predikat, the average, and the offices not yet started.
struct EvaluationRecapPage {
    var office: OfficeModel
    var recap: EvaluationRecap
    var notStarted: [OfficeModel]

    var title: String { "Rekap evaluasi SAKIP \(office.name) \(recap.year)" }

    func body(csrf: String) -> Node {
        let year = recap.year
        return .div(
            .h1(.text("Rekap evaluasi SAKIP — \(recap.title) \(year)")),
            .nav(.class("tabs"),
                 .a(.href(SiteURL.evaluationRecap(office: office.code, year: year - 1).path), .text("‹ \(year - 1)")),
                 .a(.class("current"), .href(SiteURL.evaluationRecap(office: office.code, year: year).path), .text("\(year)")),
                 .a(.href(SiteURL.evaluationRecap(office: office.code, year: year + 1).path), .text("\(year + 1) ›")),
                 .a(.id("recap-xlsx"), .href(SiteURL.evaluationRecapWorkbook(office: office.code, year: year).path), .text("Unduh XLSX"))),
            .div(.class("summary"),
                 EvaluationParts.card("Kantor dinilai", "\(recap.scored.count) dari \(recap.rows.count + notStarted.count)",
                                      "\(recap.rows.count) evaluasi dimulai"),
                 EvaluationParts.card("Rata-rata nilai", recap.average.map(LKEScore.text) ?? "-",
                                      recap.averagePredikat.map { "Predikat \($0.predikat.code) (\($0.name))" } ?? "belum ada nilai final"),
                 EvaluationParts.card("Perubahan dari \(year - 1)", recap.averageChange.map(LKEScore.change) ?? "-",
                                      "atas kantor yang dinilai pada kedua tahun")),
            .table(
                .class("recap"),
                .caption(.text("Nilai per kantor")),
                .thead(.tr(.th(.text("No")), .th(.text("Kantor")), .th(.text("Tahap")), .th(.text("Nilai mandiri")),
                           .th(.text("Nilai \(year - 1)")), .th(.text("Nilai \(year)")), .th(.text("Predikat")), .th(.text("Perubahan")))),
                .tbody(.forEach(Array(recap.rows.enumerated())) { index, row in
                    let current = row.current
                    return .tr(.id("rekap-\(current.office.code)"),
                               .td(.class("num"), .text("\(index + 1)")),
                               .td(.a(.href(SiteURL.evaluation(office: current.office.code, year: year).path), .text(current.office.name))),
                               .td(.text(current.state.label)),
                               .td(.class("num"), .text(current.selfScore.map(LKEScore.text) ?? "-")),
                               .td(.class("num"), .text(row.previous?.score.map(LKEScore.text) ?? "-")),
                               .td(.class("num"), .text(current.score.map(LKEScore.text) ?? "-")),
                               .td(.text(current.predikat.map { "\($0.code) (\(recap.scale.band(of: $0)?.name ?? ""))" } ?? "-")),
                               .td(.class("num"), .text(row.change.map(LKEScore.change) ?? "-")))
                })
            ),
            .table(
                .caption(.text("Sebaran predikat")),
                .thead(.tr(.th(.text("Predikat")), .th(.text("Kategori")), .th(.text("Rentang nilai")), .th(.text("Jumlah kantor")))),
                .tbody(.forEach(recap.distribution) { item in
                    .tr(.td(.text(item.predikat.code)), .td(.text(recap.scale.band(of: item.predikat)?.name ?? "")),
                        .td(.text(recap.scale.band(of: item.predikat)?.rangeText ?? "")), .td(.class("num"), .text("\(item.count)")))
                })
            ),
            .if(!notStarted.isEmpty, .group(
                .h2(.text("Belum memulai evaluasi \(year)")),
                .p(.text(notStarted.map(\.name).joined(separator: ", ")))))
        )
    }
}
