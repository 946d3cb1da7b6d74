import Foundation
import SakipCore

/// A table before it is numbered: the province page, the XLSX export and the LKj annex number the same drafts in
/// their own sequence.
public struct TableDraft: Sendable {
    public var title: String
    public var columns: [ReportTable.Column]
    public var rows: [ReportTable.Row]

    /// The table numbered `number` ("K.3", "L.4").
    public func numbered(_ number: String) -> ReportTable {
        ReportTable(number: number, title: title, columns: columns, rows: rows)
    }
}

/// The consolidated tables of a province or the whole country, as numbered report tables.
public enum ConsolidationTables {
    /// Every table of a province's consolidation: status board, IKU summary and one table per compared IKU,
    /// unmapped indicators, budget per program and per office, DPT and participation, logistics.
    public static func province(_ consolidation: ProvinceConsolidation) -> [TableDraft] {
        let scope = "KPU Kabupaten/Kota se-Provinsi \(consolidation.province.provinceName ?? consolidation.province.name) Tahun \(consolidation.year)"
        return [statusBoard(consolidation.statusBoard, scope: scope),
                ikuSummary(consolidation.comparisons, scope: scope)]
            + consolidation.comparisons.filter { !$0.rows.isEmpty }.map { comparison($0) }
            + [unmapped(consolidation.unmapped, scope: scope),
               programs(consolidation.totals, scope: scope),
               offices(consolidation.statusBoard, scope: scope),
               elections(consolidation.totals, scope: scope),
               participationByOffice(consolidation.summaries, scope: scope),
               logistics(consolidation.totals, scope: scope)]
    }

    /// Every table of the national view: per province, status board, IKU summary and comparisons, unmapped, budget,
    /// elections, logistics, and the trend over the years.
    public static func national(_ consolidation: NationalConsolidation) -> [TableDraft] {
        let scope = "Nasional Tahun \(consolidation.year)"
        var drafts = [provinces(consolidation.provinces, scope: scope), statusBoard(consolidation.statusBoard, scope: scope),
                      ikuSummary(consolidation.comparisons, scope: scope)]
        drafts += consolidation.comparisons.filter { !$0.rows.isEmpty }.map { comparison($0) }
        drafts += [unmapped(consolidation.unmapped, scope: scope), programs(consolidation.totals, scope: scope),
                   elections(consolidation.totals, scope: scope), logistics(consolidation.totals, scope: scope)]
        if !consolidation.trend.isEmpty {
            drafts += [trend(consolidation.trend), ikuTrend(consolidation.trend, comparisons: consolidation.comparisons)]
        }
        return drafts
    }

    /// Numbers drafts "prefix.1", "prefix.2" … in order.
    public static func numbered(_ drafts: [TableDraft], prefix: String = "K") -> [ReportTable] {
        drafts.enumerated().map { $1.numbered("\(prefix).\($0 + 1)") }
    }

    // MARK: Tables

    static func statusBoard(_ rows: [StatusBoardRow], scope: String) -> TableDraft {
        TableDraft(title: "Status Perjanjian Kinerja dan Laporan Kinerja \(scope)",
                   columns: [.init("No", width: 3), .init("Satuan Kerja", width: 22), .init("PK", width: 9), .init("LKj", width: 9),
                             .init("Terlambat (hari)", width: 7), .init("Kesalahan Reviu", width: 7), .init("Peringatan Reviu", width: 7),
                             .init("Capaian Kinerja", width: 8), .init("Kategori", width: 10), .init("Realisasi Anggaran", width: 8)],
                   rows: rows.enumerated().map { index, row in
                       ReportTable.Row([.count(index + 1), .text(row.office.name), .text(row.pk?.state.label ?? SubmissionState.draft.label),
                                        .text(row.lkj?.state.label ?? SubmissionState.draft.label),
                                        row.daysLate.map { $0 > 0 ? .count($0) : .text("tepat waktu") } ?? .text("-"),
                                        row.reviewErrors.map { .count($0) } ?? .text("-"), row.reviewWarnings.map { .count($0) } ?? .text("-"),
                                        row.hasData ? .percent(row.capaian) : .text("belum ada data"), .text(row.category ?? "-"),
                                        .percent(row.absorption)])
                   })
    }

    static func ikuSummary(_ comparisons: [IndicatorComparison], scope: String) -> TableDraft {
        let labels = comparisons.first?.distribution.bins.map(\.label) ?? CategoryScale.kpuDefault.bands.map(\.label)
        return TableDraft(title: "Ringkasan Perbandingan Indikator Kinerja Utama \(scope)",
                          columns: [.init("Kode", width: 5), .init("Indikator (katalog nasional)", width: 26), .init("Satker", width: 5),
                                    .init("Median", width: 7), .init("Terendah", width: 7), .init("Tertinggi", width: 7)]
                              + labels.map { .init($0, width: 6) } + [.init("Tidak Diukur", width: 6)],
                          rows: comparisons.map { comparison in
                              let statistics = comparison.statistics
                              return ReportTable.Row([.text(comparison.entry.code), .text(comparison.entry.name), .count(comparison.rows.count),
                                                      .percent(statistics.median), .percent(statistics.minimum), .percent(statistics.maximum)]
                                                     + comparison.distribution.bins.map { .count($0.count) } + [.count(comparison.distribution.notMeasured)])
                          })
    }

    static func comparison(_ comparison: IndicatorComparison) -> TableDraft {
        var rows = comparison.rows.map { row in
            ReportTable.Row([row.rank.map { .count($0) } ?? .text("-"), .text(row.office.name), .text(row.statement),
                             .text(row.target ?? "-"), .text(row.realisation ?? "-"),
                             row.capaian.map { .percent($0) } ?? .text(row.status.label), .text(row.category ?? "-")])
        }
        let statistics = comparison.statistics
        for (label, value) in [("Median", statistics.median), ("Terendah", statistics.minimum), ("Tertinggi", statistics.maximum),
                               ("Rata-rata", statistics.mean)] {
            rows.append(ReportTable.Row([.empty, .text(label), .empty, .empty, .empty, .percent(value), .empty], kind: .total))
        }
        let spread = comparison.distribution.bins.map { "\($0.label) \($0.count)" } + ["Tidak diukur \(comparison.distribution.notMeasured)"]
        rows.append(ReportTable.Row([.empty, .text("Sebaran: " + spread.joined(separator: "; ")), .empty, .empty, .empty, .empty, .empty], kind: .total))
        return TableDraft(title: "Perbandingan \(comparison.entry.code) \(comparison.entry.name) Tahun \(comparison.year)",
                          columns: [.init("Peringkat", width: 5), .init("Satuan Kerja", width: 18), .init("Rumusan Indikator Satker", width: 26),
                                    .init("Target", width: 7), .init("Realisasi", width: 7), .init("Capaian", width: 7), .init("Kategori", width: 9)],
                          rows: rows)
    }

    static func unmapped(_ items: [UnmappedIndicator], scope: String) -> TableDraft {
        TableDraft(title: "Indikator Satker yang Belum Dipetakan ke Katalog Nasional \(scope)",
                   columns: [.init("No", width: 3), .init("Satuan Kerja", width: 18), .init("Kode", width: 4), .init("Rumusan Indikator", width: 28),
                             .init("Status", width: 12), .init("Usulan Padanan", width: 20)],
                   rows: items.enumerated().map { index, item in
                       let suggestion = item.suggestion.map {
                           "\($0.code) \($0.name) (kemiripan \(IndonesianFormat.number($0.score, fractionDigits: 2)), \($0.strength.label))"
                       }
                       return ReportTable.Row([.count(index + 1), .text(item.office.name), .text(item.indicatorId), .text(item.statement),
                                               .text(item.state.label), .text(suggestion ?? "-")])
                   })
    }

    static func programs(_ totals: ConsolidatedTotals, scope: String) -> TableDraft {
        var rows = totals.programs.map { program in
            ReportTable.Row([.text(program.program), .text(program.name), .count(program.offices), .money(program.pagu), .money(program.realisasi),
                             .money(program.pagu - program.realisasi), .percent(program.absorption)])
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .count(totals.offices), .money(totals.pagu), .money(totals.realisasi),
                                     .money(totals.pagu - totals.realisasi), .percent(totals.absorption)], kind: .total))
        return TableDraft(title: "Pagu dan Realisasi Anggaran per Program \(scope)", columns: moneyColumns("Program", "Nama Program"), rows: rows)
    }

    static func offices(_ board: [StatusBoardRow], scope: String) -> TableDraft {
        var rows: [ReportTable.Row] = []
        var pagu = Decimal(0)
        var realisasi = Decimal(0)
        for (index, row) in board.enumerated() {
            guard let rowPagu = row.pagu, let rowRealisasi = row.realisasi else { continue }
            pagu += rowPagu
            realisasi += rowRealisasi
            rows.append(ReportTable.Row([.count(index + 1), .text(row.office.name), .money(rowPagu), .money(rowRealisasi),
                                         .money(rowPagu - rowRealisasi), .percent(row.absorption)]))
        }
        rows.append(ReportTable.Row([.empty, .text("Jumlah"), .money(pagu), .money(realisasi), .money(pagu - realisasi),
                                     .percent(pagu == 0 ? nil : realisasi / pagu * 100)], kind: .total))
        return TableDraft(title: "Pagu dan Realisasi Anggaran per Satuan Kerja \(scope)",
                          columns: [.init("No", width: 3), .init("Satuan Kerja", width: 22), .init("Pagu (Rp)", width: 12),
                                    .init("Realisasi (Rp)", width: 12), .init("Sisa (Rp)", width: 11), .init("%", width: 6)],
                          rows: rows)
    }

    static func elections(_ totals: ConsolidatedTotals, scope: String) -> TableDraft {
        TableDraft(title: "DPT dan Partisipasi Pemilih \(scope)",
                   columns: [.init("Pemilu/Pemilihan", width: 18), .init("Satker", width: 5), .init("TPS", width: 7), .init("DPT L", width: 9),
                             .init("DPT P", width: 9), .init("DPT L+P", width: 10), .init("Pengguna Hak Pilih", width: 10),
                             .init("Partisipasi", width: 7), .init("Perempuan", width: 7), .init("Disabilitas", width: 7), .init("Pemula", width: 7)],
                   rows: totals.elections.map { event in
                       ReportTable.Row([.text(event.name), .count(event.offices), .count(event.tps), .count(event.dptMale), .count(event.dptFemale),
                                        .count(event.dptTotal), .count(event.voted), .percent(event.participation),
                                        .percent(event.womenParticipation), .percent(event.disabilityParticipation),
                                        .percent(event.firstTimeParticipation)])
                   })
    }

    static func participationByOffice(_ summaries: [OfficeYearSummary], scope: String) -> TableDraft {
        let rows = summaries.flatMap { summary in
            summary.elections.map { event in
                ReportTable.Row([.text(summary.officeName), .text(event.name), .count(event.tps), .count(event.dptTotal),
                                 event.votedTotal.map { .count($0) } ?? .text("-"), .percent(event.participation),
                                 .percent(event.womenParticipation), .percent(event.disabilityParticipation)])
            }
        }
        return TableDraft(title: "Partisipasi Pemilih per Satuan Kerja \(scope)",
                          columns: [.init("Satuan Kerja", width: 18), .init("Pemilu/Pemilihan", width: 16), .init("TPS", width: 6),
                                    .init("DPT", width: 9), .init("Pengguna Hak Pilih", width: 9), .init("Partisipasi", width: 7),
                                    .init("Perempuan", width: 7), .init("Disabilitas", width: 7)],
                          rows: rows)
    }

    static func logistics(_ totals: ConsolidatedTotals, scope: String) -> TableDraft {
        let sum = totals.logistics
        let share = { (part: Int, whole: Int, rate: Decimal?) -> ReportTable.Cell in
            whole == 0 ? .text("-") : .text("\(IndonesianFormat.count(part)) dari \(IndonesianFormat.count(whole)) (\(rate.map { IndonesianFormat.percent($0) } ?? "-"))")
        }
        let rows: [(String, ReportTable.Cell)] = [
            ("Satuan kerja yang melaporkan logistik", .count(sum.offices)),
            ("Volume kebutuhan logistik", .count(sum.needsQuantity)),
            ("Pagu kebutuhan (Rp)", .money(sum.needsPagu)),
            ("Pagu pengadaan (Rp)", .money(sum.procurementPagu)),
            ("Nilai kontrak (Rp)", .money(sum.procurementContract)),
            ("Efisiensi pengadaan (Rp)", .money(sum.procurementEfficiency)),
            ("TPS yang menerima logistik", .count(sum.distributedTPS)),
            ("Kotak suara didistribusikan", .count(sum.distributedBoxes)),
            ("Kantong logistik didistribusikan", .count(sum.distributedBags)),
            ("Distribusi ke TPS tepat waktu", share(sum.distributionOnTime, sum.distributionDated, sum.distributionOnTimePercent)),
            ("Pengiriman penyedia tepat waktu", share(sum.deliveriesOnTime, sum.deliveriesDated, sum.deliveriesOnTimePercent)),
            ("Jenis logistik terpenuhi", share(sum.itemsFulfilled, sum.itemsSorted, sum.fulfilmentPercent)),
            ("Surat suara dimusnahkan", .count(sum.destroyed)),
            ("Gudang logistik", .count(sum.warehouses)),
        ]
        return TableDraft(title: "Logistik Pemilu/Pemilihan \(scope)", columns: [.init("Uraian", width: 26), .init("Jumlah", width: 20)],
                          rows: rows.map { ReportTable.Row([.text($0.0), $0.1]) })
    }

    static func provinces(_ rows: [NationalConsolidation.ProvinceRow], scope: String) -> TableDraft {
        TableDraft(title: "Rekapitulasi per Provinsi \(scope)",
                   columns: [.init("Provinsi", width: 16), .init("Satker", width: 5), .init("Berdata", width: 5), .init("PK Diterima", width: 6),
                             .init("LKj Diterima", width: 6), .init("Terlambat", width: 6), .init("Median Capaian", width: 7),
                             .init("Pagu (Rp)", width: 13), .init("Realisasi (Rp)", width: 13), .init("%", width: 6),
                             .init("Kesalahan Reviu", width: 6)],
                   rows: rows.map { row in
                       ReportTable.Row([.text(row.province.provinceName ?? row.province.name), .count(row.offices), .count(row.withData),
                                        .count(row.pkAccepted), .count(row.lkjAccepted), .count(row.late), .percent(row.totals.capaian.median),
                                        .money(row.totals.pagu), .money(row.totals.realisasi), .percent(row.totals.absorption),
                                        .count(row.totals.reviewErrors)])
                   })
    }

    static func trend(_ points: [NationalConsolidation.TrendPoint]) -> TableDraft {
        TableDraft(title: "Tren Kinerja Tahun \(points.first?.year ?? 0)–\(points.last?.year ?? 0)",
                   columns: [.init("Tahun", width: 5), .init("Satker Berdata", width: 6), .init("Median Capaian", width: 7),
                             .init("Rata-rata Capaian", width: 7), .init("Pagu (Rp)", width: 14), .init("Realisasi (Rp)", width: 14),
                             .init("%", width: 6), .init("Partisipasi Pemilih", width: 7), .init("Satker dengan Kesalahan Reviu", width: 7)],
                   rows: points.map { point in
                       ReportTable.Row([.text("\(point.year)"), .count(point.totals.offices), .percent(point.totals.capaian.median),
                                        .percent(point.totals.capaian.mean), .money(point.totals.pagu), .money(point.totals.realisasi),
                                        .percent(point.totals.absorption), .percent(point.participation), .count(point.totals.officesWithErrors)])
                   })
    }

    static func ikuTrend(_ points: [NationalConsolidation.TrendPoint], comparisons: [IndicatorComparison]) -> TableDraft {
        TableDraft(title: "Median Capaian IKU per Tahun",
                   columns: [.init("Kode", width: 5), .init("Indikator", width: 26)] + points.map { .init("\($0.year)", width: 7) },
                   rows: comparisons.map { comparison in
                       ReportTable.Row([.text(comparison.entry.code), .text(comparison.entry.name)]
                                       + points.map { .percent($0.ikuMedians[comparison.entry.code]) })
                   })
    }

    private static func moneyColumns(_ code: String, _ name: String) -> [ReportTable.Column] {
        [.init(code, width: 5), .init(name, width: 22), .init("Satker", width: 5), .init("Pagu (Rp)", width: 13),
         .init("Realisasi (Rp)", width: 13), .init("Sisa (Rp)", width: 12), .init("%", width: 6)]
    }
}

/// The XLSX exports of consolidated tables.
public enum ConsolidationExport {
    /// One workbook with every table of a province's consolidation, one sheet per table.
    public static func xlsx(province consolidation: ProvinceConsolidation) throws -> Data {
        try xlsx(ConsolidationTables.numbered(ConsolidationTables.province(consolidation)))
    }

    /// One workbook with every table of the national view.
    public static func xlsx(national consolidation: NationalConsolidation) throws -> Data {
        try xlsx(ConsolidationTables.numbered(ConsolidationTables.national(consolidation)))
    }

    /// A workbook of the given tables (one table for a page's "unduh XLSX" button).
    public static func xlsx(_ tables: [ReportTable]) throws -> Data {
        var workbook = Workbook()
        for table in tables { workbook.add(table) }
        return try workbook.xlsx()
    }
}
