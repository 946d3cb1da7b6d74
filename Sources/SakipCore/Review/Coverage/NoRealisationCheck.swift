/// A measured indicator with a target but no realisation and no stated reason.
public struct NoRealisationCheck: ReviewCheck {
    public let code = "COV-NO-REALISATION"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.coverage
    public let summary = "Setiap indikator di tabel pengukuran memiliki realisasi, atau alasan tidak diukur."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.measuredRows.compactMap { measured in
            guard case .missing(let reason) = measured.achievement else { return nil }
            return finding(ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(measured.input.indicator.id),
                                       field: "realisasi", path: "$.measurement.rows[\(measured.index)].realisation"),
                           "\(context.indicatorName(measured.input.indicator.id).capitalizedFirst): \(reason); isi realisasinya atau nyatakan alasan tidak diukur.",
                           expected: "realisasi atau alasan", found: "kosong")
        }
    }
}
