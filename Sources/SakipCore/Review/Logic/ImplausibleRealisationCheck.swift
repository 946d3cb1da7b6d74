import Foundation

/// A realisation far outside what the indicator can take: a percentage below 0 or above 100, a negative
/// count, or more than ten times a higher-is-better target (usually a unit or decimal-mark slip).
public struct ImplausibleRealisationCheck: ReviewCheck {
    public let code = "LOGIC-IMPLAUSIBLE"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Realisasi dalam rentang yang masuk akal: persentase 0–100 %, jumlah tidak negatif, tidak lebih dari 10 kali target."

    /// A higher-is-better realisation beyond this multiple of its target is implausible.
    static let maximumMultiple: Decimal = 10

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.measuredRows.compactMap { measured in
            let indicator = measured.input.indicator
            guard let realisation = measured.input.realisation,
                  case .amount(let r)? = try? indicator.reading(of: realisation) else { return nil }
            let place = ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(indicator.id), field: "realisasi",
                                    path: "$.measurement.rows[\(measured.index)].realisation")
            if r < 0 {
                return finding(place, "Realisasi \(realisation) bernilai negatif.", expected: "0 atau lebih", found: realisation.description)
            }
            if indicator.kind == .percentage, r > 100 {
                return finding(place, "Realisasi \(realisation) melebihi 100 % untuk indikator persentase.",
                               expected: "0 – 100 %", found: realisation.description)
            }
            if indicator.polarity == .higherIsBetter, let target = measured.input.target,
               case .amount(let t)? = try? indicator.reading(of: target), t > 0, r > t * Self.maximumMultiple {
                return finding(place, "Realisasi \(realisation) lebih dari \(IndonesianFormat.plain(Self.maximumMultiple)) kali target \(target); periksa satuan dan tanda desimal.",
                               expected: "paling banyak \(IndonesianFormat.plain(t * Self.maximumMultiple))", found: realisation.description)
            }
            return nil
        }
    }
}
