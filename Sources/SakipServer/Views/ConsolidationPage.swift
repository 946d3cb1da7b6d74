import Foundation
import SakipCore

/// The consolidation of a KPU Provinsi (its Kab/Kota) or of KPU RI (every office, with filters and the trend): status
/// board, IKU comparison across offices by national catalogue entry, unmapped indicators, and the sums. Every figure
/// comes from the stored summaries and submissions (``ConsolidationInput``).
struct ConsolidationPage {
    /// What the page shows: one province, or the national view.
    enum View {
        case province(ProvinceConsolidation)
        case national(NationalConsolidation, provinces: [OfficeMetadata], years: [Int])
    }

    var office: OfficeModel
    var year: Int
    var view: View
    /// The filter's query string, kept in the year links and the XLSX link.
    var query: String
    /// The catalogue code whose comparison the national page opens (all offices of one IKU).
    var openEntry: String?
    /// The catalogue mapping page for the offices shown, for a user who may confirm the mapping (nil for the others).
    var catalogueLink: String? = nil

    var title: String { "Konsolidasi \(office.name) \(year)" }

    func body() -> Node {
        let board: [StatusBoardRow]
        let comparisons: [IndicatorComparison]
        let unmapped: [UnmappedIndicator]
        let totals: ConsolidatedTotals
        switch view {
        case .province(let consolidation):
            (board, comparisons, unmapped, totals) = (consolidation.statusBoard, consolidation.comparisons, consolidation.unmapped, consolidation.totals)
        case .national(let consolidation, _, _):
            (board, comparisons, unmapped, totals) = (consolidation.statusBoard, consolidation.comparisons, consolidation.unmapped, consolidation.totals)
        }
        return .div(
            .h1(.text(title)),
            navigation(),
            filterForm(),
            summaryCards(board, totals: totals),
            .h2(.id("status"), .text("Status pengajuan PK dan LKj")),
            statusTable(board),
            provinceRecap(),
            .h2(.id("iku"), .text("Perbandingan IKU antarkantor")),
            .p(.class("method"), .text("Hanya indikator yang telah dipetakan ke katalog indikator nasional yang dibandingkan. Median: nilai tengah "
                + "(rata-rata dua nilai tengah bila jumlahnya genap); peringkat: capaian tertinggi = 1, capaian sama berbagi peringkat.")),
            ikuSummary(comparisons),
            comparisonDetails(comparisons),
            .h2(.id("belum-dipetakan"), .text("Indikator belum dipetakan (\(unmapped.count))")),
            .unwrap(catalogueLink) { link in
                .p(.a(.href(link), .text("Konfirmasi pemetaan indikator ke katalog nasional")),
                   .text(" — usulan, entri lain, atau tidak ada di katalog."))
            },
            unmappedTable(unmapped),
            .h2(.id("jumlah"), .text("Jumlah")),
            totalsSection(totals),
            trendSection()
        )
    }

    private func link(year: Int, query extra: String = "") -> String {
        let parts = [query, extra].filter { !$0.isEmpty }.joined(separator: "&")
        return SiteURL.consolidation(office: office.code, year: year).path + (parts.isEmpty ? "" : "?" + parts)
    }

    private func navigation() -> Node {
        let workbook = SiteURL.consolidationWorkbook(office: office.code, year: year).path + (query.isEmpty ? "" : "?" + query)
        return .nav(.class("tabs"),
                    .a(.href(link(year: year - 1)), .text("‹ \(year - 1)")),
                    .a(.class("current"), .href(link(year: year)), .text("\(year)")),
                    .a(.href(link(year: year + 1)), .text("\(year + 1) ›")),
                    .a(.href(SiteURL.dashboard(office: office.code, year: year).path), .text("Dasbor kantor ini")),
                    .a(.id("consolidation-xlsx"), .href(workbook), .text("Unduh XLSX (semua tabel)")),
                    .a(.id("accepted-zip"), .href(SiteURL.acceptedDocuments(office: office.code, year: year).path),
                       .text("Unduh PK dan LKj yang diterima (ZIP)")))
    }

    private func filterForm() -> Node {
        guard case .national(let consolidation, let provinces, let years) = view else { return .group() }
        let selectedProvince = consolidation.filter.provinceCodes?.first ?? ""
        let selectedLevel = consolidation.filter.levels?.first?.rawValue ?? ""
        return .form(.method(.get), .action(SiteURL.consolidation(office: office.code, year: year).path), .class("filters"),
                     .label(.text("Provinsi "), .select(.name("provinsi"),
                                                        .option(value: "", text: "Semua provinsi", selected: selectedProvince.isEmpty),
                                                        .forEach(provinces) { province in
                                                            .option(value: province.code, text: province.provinceName ?? province.name,
                                                                    selected: province.code == selectedProvince)
                                                        })),
                     .label(.text(" Tingkat "), .select(.name("tingkat"),
                                                        .option(value: "", text: "Semua tingkat", selected: selectedLevel.isEmpty),
                                                        .forEach(Office.Level.allCases) { level in
                                                            .option(value: level.rawValue, text: level.label, selected: level.rawValue == selectedLevel)
                                                        })),
                     .label(.text(" Tahun "), .select(.name("tahun"), .forEach(years) { option in
                         .option(value: "\(option)", text: "\(option)", selected: option == year)
                     })),
                     .button(.type(.submit), .text("Terapkan")))
    }

    private func summaryCards(_ board: [StatusBoardRow], totals: ConsolidatedTotals) -> Node {
        let pkAccepted = board.filter { $0.pk?.state == .accepted }.count
        let lkjAccepted = board.filter { $0.lkj?.state == .accepted }.count
        let late = board.filter { ($0.daysLate ?? 0) > 0 }.count
        return .div(.class("summary"),
                    card("Kantor", "\(board.count)", "\(board.filter(\.hasData).count) dengan data \(year)"),
                    card("PK diterima", "\(pkAccepted) dari \(board.count)", "LKj diterima: \(lkjAccepted)"),
                    card("Terlambat", "\(late)", "PK atau LKj lewat tenggat"),
                    card("Median capaian kantor", totals.capaian.median.map(percent) ?? "-",
                         "min \(totals.capaian.minimum.map(percent) ?? "-") · maks \(totals.capaian.maximum.map(percent) ?? "-")"),
                    card("Penyerapan anggaran", totals.absorption.map(percent) ?? "-", IndonesianFormat.rupiah(totals.realisasi)))
    }

    private func card(_ title: String, _ value: String, _ note: String) -> Node {
        .div(.class("card"), .h3(.text(title)), .p(.class("big"), .text(value)), .p(.class("muted"), .text(note)))
    }

    private func statusTable(_ board: [StatusBoardRow]) -> Node {
        .table(.class("status-board"),
               .thead(.tr(.th(.text("No")), .th(.text("Kantor")), .th(.text("PK")), .th(.text("LKj")), .th(.text("Terlambat (hari)")),
                          .th(.text("Kesalahan reviu")), .th(.text("Peringatan")), .th(.text("Capaian")), .th(.text("Penyerapan")),
                          .th(.text("Perubahan terakhir")))),
               .tbody(.forEach(Array(board.enumerated())) { index, row in
                   .tr(.id("status-\(row.office.code)"),
                       .td(.class("num"), .text("\(index + 1)")),
                       .td(.a(.href(SiteURL.dashboard(office: row.office.code, year: row.year).path), .text(row.office.name))),
                       .td(.class("state"), .text(stateText(row.pk))),
                       .td(.class("state"), .text(stateText(row.lkj))),
                       .td(.class("num"), .text(row.daysLate.map { $0 > 0 ? "\($0)" : "tepat waktu" } ?? "-")),
                       .td(.class("num"), .text(row.reviewErrors.map { "\($0)" } ?? "-")),
                       .td(.class("num"), .text(row.reviewWarnings.map { "\($0)" } ?? "-")),
                       .td(.class("num"), .text(row.hasData ? (row.capaian.map(percent) ?? "belum terukur") : "belum ada data")),
                       .td(.class("num"), .text(row.absorption.map(percent) ?? "-")),
                       .td(.text(row.lastChange.map(WIB.moment) ?? "-")))
               }))
    }

    private func stateText(_ status: SubmissionStatus?) -> String {
        guard let status else { return SubmissionState.draft.label }
        return status.state.label + (status.isLate ? " (terlambat)" : "")
    }

    private func provinceRecap() -> Node {
        guard case .national(let consolidation, _, _) = view else { return .group() }
        return .group(
            .h2(.id("provinsi"), .text("Rekap per provinsi")),
            .table(.thead(.tr(.th(.text("Provinsi")), .th(.text("Kantor")), .th(.text("Dengan data")), .th(.text("PK diterima")),
                              .th(.text("LKj diterima")), .th(.text("Terlambat")), .th(.text("Median capaian")), .th(.text("Penyerapan")))),
                   .tbody(.forEach(consolidation.provinces) { row in
                       .tr(.td(row.province.level == .provinsi
                               ? .a(.href(SiteURL.consolidation(office: row.province.code, year: year).path), .text(row.province.name))
                               : .text(row.province.name)),
                           .td(.class("num"), .text("\(row.offices)")), .td(.class("num"), .text("\(row.withData)")),
                           .td(.class("num"), .text("\(row.pkAccepted)")), .td(.class("num"), .text("\(row.lkjAccepted)")),
                           .td(.class("num"), .text("\(row.late)")),
                           .td(.class("num"), .text(row.totals.capaian.median.map(percent) ?? "-")),
                           .td(.class("num"), .text(row.totals.absorption.map(percent) ?? "-")))
                   })))
    }

    private func ikuSummary(_ comparisons: [IndicatorComparison]) -> Node {
        .table(.class("iku-summary"),
               .thead(.tr(.th(.text("Kode")), .th(.text("IKU (katalog nasional)")), .th(.text("Kantor")), .th(.text("Median")),
                          .th(.text("Minimum")), .th(.text("Maksimum")), .th(.text("Tanpa indikator ini")))),
               .tbody(.forEach(comparisons) { comparison in
                   .tr(.td(.text(comparison.entry.code)),
                       .td(isNational ? .a(.href(link(year: year, query: "iku=\(comparison.entry.code)") + "#iku-\(comparison.entry.code)"),
                                           .text(comparison.entry.name))
                                      : .a(.href("#iku-\(comparison.entry.code)"), .text(comparison.entry.name))),
                       .td(.class("num"), .text("\(comparison.statistics.count)")),
                       .td(.class("num"), .text(comparison.statistics.median.map(percent) ?? "-")),
                       .td(.class("num"), .text(comparison.statistics.minimum.map(percent) ?? "-")),
                       .td(.class("num"), .text(comparison.statistics.maximum.map(percent) ?? "-")),
                       .td(.class("num"), .text("\(comparison.officesWithout.count)")))
               }))
    }

    private var isNational: Bool {
        if case .national = view { return true }
        return false
    }

    /// Each entry's comparison: every one on a province page; on the national page only the one opened (hundreds of rows each).
    private func comparisonDetails(_ comparisons: [IndicatorComparison]) -> Node {
        let shown = isNational ? comparisons.filter { $0.entry.code == openEntry } : comparisons
        return .forEach(shown) { comparison in
            .section(.id("iku-\(comparison.entry.code)"), .class("comparison"),
                     .h3(.text("\(comparison.entry.code) · \(comparison.entry.name)")),
                     .p(.text("Median \(comparison.statistics.median.map(percent) ?? "-"), minimum \(comparison.statistics.minimum.map(percent) ?? "-"), "
                        + "maksimum \(comparison.statistics.maximum.map(percent) ?? "-"), rata-rata \(comparison.statistics.mean.map(percent) ?? "-") "
                        + "atas \(comparison.statistics.count) kantor terukur.")),
                     distributionChart(comparison),
                     .table(.thead(.tr(.th(.text("Peringkat")), .th(.text("Kantor")), .th(.text("Indikator kantor")), .th(.text("Target")),
                                       .th(.text("Realisasi")), .th(.text("Capaian")), .th(.text("Kategori")))),
                            .tbody(.forEach(comparison.rows) { row in
                                .tr(.td(.class("num"), .text(row.rank.map { "\($0)" } ?? "-")),
                                    .td(.a(.href(SiteURL.dashboard(office: row.office.code, year: year).path), .text(row.office.name))),
                                    .td(.text("\(row.indicatorId) · \(row.statement)")),
                                    .td(.class("num"), .text(row.target ?? "-")), .td(.class("num"), .text(row.realisation ?? "-")),
                                    .td(.class("num"), .text(row.capaian.map(percent) ?? row.status.label)),
                                    .td(.text(row.category ?? "-")))
                            })),
                     .if(!comparison.duplicates.isEmpty, .p(.class("muted"), .text("Dipetakan ganda (ditampilkan, tidak dihitung): "
                        + comparison.duplicates.map { "\($0.office.name) \($0.indicatorId)" }.joined(separator: ", ")))))
        }
    }

    private func distributionChart(_ comparison: IndicatorComparison) -> Node {
        let total = max(comparison.distribution.measured + comparison.distribution.notMeasured, 1)
        var bars = comparison.distribution.bins.map { bin in
            BarChart.Bar(label: "\(bin.label) (\(bin.range))", value: Decimal(bin.count) * 100 / Decimal(total),
                         caption: "\(bin.count) kantor", tone: BarChart.tone(for: bin.label))
        }
        bars.append(BarChart.Bar(label: "Tidak terukur", value: Decimal(comparison.distribution.notMeasured) * 100 / Decimal(total),
                                 caption: "\(comparison.distribution.notMeasured) kantor", tone: "budget"))
        return BarChart(title: "Sebaran kategori capaian (% kantor)", bars: bars).node()
    }

    private func unmappedTable(_ unmapped: [UnmappedIndicator]) -> Node {
        guard !unmapped.isEmpty else { return .p(.text("Semua indikator kantor telah dipetakan ke katalog nasional.")) }
        return .table(.class("unmapped"),
                      .thead(.tr(.th(.text("Kantor")), .th(.text("Indikator")), .th(.text("IKU")), .th(.text("Status")), .th(.text("Usulan katalog")))),
                      .tbody(.forEach(unmapped) { item in
                          .tr(.td(.text(item.office.name)), .td(.text("\(item.indicatorId) · \(item.statement)")),
                              .td(.text(item.iku ? "ya" : "tidak")), .td(.text(item.state.label)),
                              .td(.text(item.suggestion.map { "\($0.code) · \($0.name) (\($0.strength.label))" } ?? "-")))
                      }))
    }

    private func totalsSection(_ totals: ConsolidatedTotals) -> Node {
        .group(
            .table(.caption(.text("Anggaran per program (\(totals.offices) kantor)")),
                   .thead(.tr(.th(.text("Program")), .th(.text("Nama")), .th(.text("Kantor")), .th(.text("Pagu")), .th(.text("Realisasi")),
                              .th(.text("Penyerapan")))),
                   .tbody(.forEach(totals.programs) { program in
                       .tr(.td(.text(program.program)), .td(.text(program.name)), .td(.class("num"), .text("\(program.offices)")),
                           .td(.class("num"), .text(IndonesianFormat.rupiah(program.pagu))),
                           .td(.class("num"), .text(IndonesianFormat.rupiah(program.realisasi))),
                           .td(.class("num"), .text(program.absorption.map(percent) ?? "-")))
                   }),
                   .tr(.th(.text("Jumlah")), .th(), .th(),
                       .th(.class("num"), .text(IndonesianFormat.rupiah(totals.pagu))),
                       .th(.class("num"), .text(IndonesianFormat.rupiah(totals.realisasi))),
                       .th(.class("num"), .text(totals.absorption.map(percent) ?? "-")))),
            .table(.caption(.text("DPT dan partisipasi")),
                   .thead(.tr(.th(.text("Pemilihan")), .th(.text("Tanggal")), .th(.text("Kantor")), .th(.text("TPS")), .th(.text("DPT")),
                              .th(.text("Partisipasi")), .th(.text("Partisipasi perempuan")))),
                   .tbody(.forEach(totals.elections) { election in
                       .tr(.td(.text(election.name)), .td(.text(election.date ?? "-")), .td(.class("num"), .text("\(election.offices)")),
                           .td(.class("num"), .text(IndonesianFormat.count(election.tps))),
                           .td(.class("num"), .text(IndonesianFormat.count(election.dptTotal))),
                           .td(.class("num"), .text(election.participation.map(percent) ?? "-")),
                           .td(.class("num"), .text(election.womenParticipation.map(percent) ?? "-")))
                   })),
            .table(.caption(.text("Logistik (\(totals.logistics.offices) kantor)")),
                   .tbody(
                       .tr(.th(.text("Kebutuhan (jumlah)")), .td(.class("num"), .text(IndonesianFormat.count(totals.logistics.needsQuantity)))),
                       .tr(.th(.text("Pagu pengadaan")), .td(.class("num"), .text(IndonesianFormat.rupiah(totals.logistics.procurementPagu)))),
                       .tr(.th(.text("Nilai kontrak")), .td(.class("num"), .text(IndonesianFormat.rupiah(totals.logistics.procurementContract)))),
                       .tr(.th(.text("Distribusi tepat waktu")), .td(.class("num"), .text(totals.logistics.distributionOnTimePercent.map(percent) ?? "-"))),
                       .tr(.th(.text("Pemenuhan kebutuhan setelah sortir")), .td(.class("num"), .text(totals.logistics.fulfilmentPercent.map(percent) ?? "-"))))))
    }

    private func trendSection() -> Node {
        guard case .national(let consolidation, _, _) = view, !consolidation.trend.isEmpty else { return .group() }
        return .group(
            .h2(.id("tren"), .text("Tren \(consolidation.trend.first?.year ?? year)–\(consolidation.trend.last?.year ?? year)")),
            .table(.thead(.tr(.th(.text("Tahun")), .th(.text("Kantor dengan data")), .th(.text("Median capaian kantor")), .th(.text("Pagu")),
                              .th(.text("Penyerapan")), .th(.text("Partisipasi")))),
                   .tbody(.forEach(consolidation.trend) { point in
                       .tr(.td(.text("\(point.year)")), .td(.class("num"), .text("\(point.totals.offices)")),
                           .td(.class("num"), .text(point.totals.capaian.median.map(percent) ?? "-")),
                           .td(.class("num"), .text(IndonesianFormat.rupiah(point.totals.pagu))),
                           .td(.class("num"), .text(point.totals.absorption.map(percent) ?? "-")),
                           .td(.class("num"), .text(point.participation.map(percent) ?? "-")))
                   })))
    }

    private func percent(_ value: Decimal) -> String { IndonesianFormat.percent(value) }
}
