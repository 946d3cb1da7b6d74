import Foundation

/// A value understood in the terms of its indicator.
public enum MeasureReading: Hashable, Sendable {
    /// A percentage, count or index amount.
    case amount(Decimal)
    /// A grade's rank on its scale, counted from the worst.
    case rank(Int)
    case notApplicable
}

extension Indicator {
    /// Checks that a value fits this indicator's kind and reads it. A grade indicator given "100 %", a
    /// percentage indicator given "2 Laporan", or a count in another unit is refused with the reason.
    public func reading(of value: MeasureValue) throws(ValueParseError) -> MeasureReading {
        let refuse = { (why: String) in ValueParseError(value.description, "bukan nilai yang sah untuk indikator bertipe \(self.kindDescription): \(why)") }
        switch (kind, value) {
        case (_, .notApplicable):
            return .notApplicable
        case (_, .unreadable(let text)):
            throw ValueParseError(text, "tidak dapat dibaca sebagai nilai; tulis persentase (\"95 %\"), jumlah (\"2 Laporan\"), angka indeks, atau nilai (\"B\", \"WTP\")")
        case (.percentage, .percentage(let amount)), (.percentage, .number(let amount)),
             (.index, .number(let amount)), (.count, .number(let amount)):
            return .amount(amount)
        case (.count, .count(let amount, let written)):
            if let unit, let written, !Indicator.unitsMatch(unit, written) {
                throw refuse("satuannya \"\(written)\", seharusnya \"\(unit)\"")
            }
            return .amount(amount)
        case (.grade, .grade(let grade)):
            let scale = scale ?? GradeScale.containing(grade)
            guard let scale, let rank = scale.rank(of: grade) else {
                throw refuse("\"\(grade)\" tidak ada pada skala")
            }
            return .rank(rank)
        case (.grade, _):
            throw refuse("diharapkan salah satu nilai \(scale?.grades.joined(separator: ", ") ?? "skala")")
        case (_, .grade):
            throw refuse("nilai huruf hanya untuk indikator bertipe nilai")
        case (_, .percentage):
            throw refuse("persentase hanya untuk indikator bertipe persentase")
        case (_, .count(_, let written)):
            throw refuse("jumlah dengan satuan \"\(written ?? "")\" hanya untuk indikator bertipe jumlah")
        }
    }

    /// "nilai (grade) skala SAKIP (AA, …)", "jumlah (Laporan)", "persentase".
    public var kindDescription: String {
        switch kind {
        case .grade: "\(kind.label) skala \(scale?.label ?? "tidak ditentukan")"
        case .count: unit.map { "\(kind.label) (\($0))" } ?? kind.label
        default: kind.label
        }
    }

    /// "Lap" matches "Laporan": a written unit may abbreviate the indicator's unit, in any case.
    static func unitsMatch(_ unit: String, _ written: String) -> Bool {
        let a = unit.lowercased().trimmingCharacters(in: .init(charactersIn: ". "))
        let b = written.lowercased().trimmingCharacters(in: .init(charactersIn: ". "))
        return a.hasPrefix(b) || b.hasPrefix(a)
    }
}
