import Foundation
import SakipCore

/// The recap of a set of evaluations as an XLSX workbook: the scores per office with last year's and the change,
/// and the distribution per predikat with the average.
public struct EvaluationRecapWorkbook {
    public let recap: EvaluationRecap

    public init(_ recap: EvaluationRecap) { self.recap = recap }

    /// The two tables: scores per office, distribution per predikat.
    public func tables() -> [ReportTable] {
        let year = recap.year
        var rows = recap.rows.enumerated().map { index, row in
            ReportTable.Row([.number(Decimal(index + 1), .integer), .text(row.current.office.code), .text(row.current.office.name),
                             .text(row.current.state.label), LHEContext.score(row.current.selfScore), LHEContext.score(row.previous?.score),
                             LHEContext.score(row.current.score), .text(row.current.predikat?.code ?? "-"),
                             row.change.map { .number($0, .decimal) } ?? .text("-")])
        }
        rows.append(ReportTable.Row([.empty, .empty, .text("Rata-rata"), .empty, .empty, .empty, LHEContext.score(recap.average),
                                     .text(recap.averagePredikat?.predikat.code ?? "-"),
                                     recap.averageChange.map { .number($0, .decimal) } ?? .text("-")], kind: .total))
        let scores = ReportTable(number: "1", title: "Nilai Evaluasi AKIP \(recap.title) Tahun \(year)",
                                 columns: [.init("No", width: 3), .init("Kode Satker", width: 6), .init("Satker", width: 18),
                                           .init("Tahap", width: 10), .init("Nilai Mandiri", width: 6), .init("Nilai \(year - 1)", width: 6),
                                           .init("Nilai \(year)", width: 6), .init("Predikat", width: 5), .init("Perubahan", width: 6)],
                                 rows: rows)
        var distribution = recap.distribution.map { item in
            ReportTable.Row([.text(item.predikat.code), .text(recap.scale.band(of: item.predikat)?.name ?? ""),
                             .text(recap.scale.band(of: item.predikat)?.rangeText ?? ""), .number(Decimal(item.count), .integer)])
        }
        distribution.append(ReportTable.Row([.empty, .text("Jumlah satker dinilai"), .empty, .number(Decimal(recap.scored.count), .integer)], kind: .total))
        let spread = ReportTable(number: "2", title: "Sebaran Predikat \(recap.title) Tahun \(year)",
                                 columns: [.init("Predikat", width: 5), .init("Kategori", width: 10), .init("Rentang Nilai", width: 8),
                                           .init("Jumlah Satker", width: 6)], rows: distribution)
        return [scores, spread]
    }

    /// The XLSX bytes.
    public func xlsx() throws -> Data {
        var workbook = Workbook()
        for table in tables() { workbook.add(table) }
        return try workbook.xlsx()
    }
}
