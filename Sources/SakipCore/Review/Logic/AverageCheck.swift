import Foundation

/// The office capaian as printed against the mean of its parts. It agrees when it equals either the mean
/// over sasaran (the engine's rule) or the mean over indicators (some reports state that one).
public struct AverageCheck: ReviewCheck {
    public let code = "LOGIC-AVERAGE"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Capaian kantor yang tertulis sama dengan rata-rata capaian sasaran (atau rata-rata indikator) yang diukur."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let officeMean = context.measurement.officeMean else { return [] }
        let means = [officeMean] + (context.measurement.indicatorMean.map { [$0] } ?? [])
        return context.statedOfficeCapaian.compactMap { place, printed in
            let comparisons = means.compactMap { PrintedComparison.compare(printed, with: $0) }
            guard !comparisons.isEmpty, comparisons.allSatisfy({ $0 == .mismatch }) else { return nil }
            let parts = context.measurement.objectives.compactMap { objective in
                objective.mean.map { "\(context.objectiveName(objective.objective.id)) \(ReviewText.percent($0))" }
            }
            return finding(place,
                           "Capaian kantor tertulis \(ReviewText.quoted(printed)), padahal rata-rata capaian \(parts.count) sasaran yang diukur (\(parts.joined(separator: "; "))) = \(ReviewText.percent(officeMean))\(context.measurement.indicatorMean.map { ", rata-rata seluruh indikator = \(ReviewText.percent($0))" } ?? "").",
                           expected: ReviewText.percent(officeMean), found: printed)
        }
    }
}

extension ReviewContext {
    /// The office capaian wherever the document states it: under the measurement table and in claims
    /// that name no indicator.
    var statedOfficeCapaian: [(place: ReviewPlace, printed: String)] {
        var out: [(ReviewPlace, String)] = []
        if let printed = officeYear.measurement.printedOfficeCapaian {
            out.append((ReviewPlace(table: "Tabel pengukuran kinerja", row: "Capaian kantor", field: "capaian",
                                    path: "$.measurement.printed.officeCapaian"), printed))
        }
        for (index, claim) in officeYear.report.claims.enumerated() where claim.indicatorId == nil {
            guard let printed = claim.capaian else { continue }
            out.append((ReviewPlace(table: claim.location, row: claim.label ?? "Capaian kantor", field: "capaian",
                                    path: "$.report.claims[\(index)].capaian"), printed))
        }
        return out
    }
}
