import Foundation
import SakipCore

/// Everything `sakip compute` shows, computed once, rendered as text or JSON.
struct ComputeReport {
    let officeYear: OfficeYear
    let warnings: [LocatedIssue]
    let measurement: MeasurementResult
    let comparison: YearComparison

    init(officeYear: OfficeYear, warnings: [LocatedIssue]) {
        self.officeYear = officeYear
        self.warnings = warnings
        self.measurement = officeYear.measure()
        self.comparison = officeYear.yearComparison(measurement)
    }

    /// Where the measured rows come from, in words.
    var basis: String {
        if !officeYear.measurement.rows.isEmpty { return "tabel pengukuran kinerja" }
        guard let pk = officeYear.governingAgreement else { return "tidak ada PK" }
        return "\(pk.level.label) revisi \(pk.revision)"
    }

    /// Rows that could not be measured because a value does not fit its indicator.
    var rejections: [String] {
        measurement.rows.compactMap { row in
            guard case .rejected(let reason) = row.achievement else { return nil }
            return "\(row.indicator.id) \(row.indicator.statement): \(reason)"
        }
    }

    static func money(_ value: Decimal) -> String { IndonesianFormat.number(value) }
    static func percent(_ value: Decimal?) -> String { value.map { IndonesianFormat.percent($0) } ?? "-" }
}
