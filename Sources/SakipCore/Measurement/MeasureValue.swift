import Foundation

/// A target or realisation as written: "74,63 %", "2 Laporan", "66", "B", "WTP", or not applicable ("-").
///
/// The value is read without knowing its indicator; ``Indicator/reading(of:)`` then checks that it fits.
public enum MeasureValue: Hashable, Sendable, CustomStringConvertible {
    case percentage(Decimal)
    case count(Decimal, unit: String?)
    /// A bare number: an index, or a percentage or count written without its sign or unit.
    case number(Decimal)
    case grade(String)
    /// "-", "N/A", "tidak diukur": nothing to measure this year.
    case notApplicable
    /// Text a document printed in a value's place that is no value ("99.08%%", "abc"), kept as typed so
    /// that it is reported, never dropped. ``parse(_:)`` never returns it; a file reader keeps it.
    case unreadable(String)

    private static let notApplicableSpellings: Set<String> = ["-", "–", "—", "n/a", "na", "tidak diukur", "tidak ada", "tidak berlaku"]

    /// Reads a value in any spelling the seeds use. Refuses what is not a value, or an ambiguous number.
    public static func parse(_ text: String) throws(ValueParseError) -> MeasureValue {
        let trimmed = IndonesianFormat.ordinarySpaces(text).trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty { throw ValueParseError(text, "nilai kosong") }
        if notApplicableSpellings.contains(trimmed.lowercased()) { return .notApplicable }
        if trimmed.hasSuffix("%") {
            do { return .percentage(try IndonesianNumber.parsePercent(trimmed)) } catch {
                throw ValueParseError(text, error.reason)
            }
        }
        if GradeScale.containing(trimmed) != nil { return .grade(trimmed.uppercased()) }
        let number = trimmed.prefix { $0.isASCIIDigit || $0 == "." || $0 == "," || $0 == "-" }
        let unit = trimmed.dropFirst(number.count).trimmingCharacters(in: .whitespaces)
        guard !number.isEmpty else {
            throw ValueParseError(text, "bukan nilai yang dikenal; tulis persentase (\"95 %\"), jumlah (\"2 Laporan\"), angka indeks, atau nilai (\"B\", \"WTP\")")
        }
        let amount: Decimal
        do { amount = try IndonesianNumber.parse(String(number)) } catch {
            throw ValueParseError(text, error.reason)
        }
        if unit.isEmpty { return .number(amount) }
        if unit.lowercased() == "persen" { return .percentage(amount) }
        guard unit.allSatisfy({ $0.isLetter || $0 == " " || $0 == "." }) else {
            throw ValueParseError(text, "satuan \"\(unit)\" tidak dikenal")
        }
        return .count(amount, unit: unit)
    }

    /// The amount of a percentage, count or number; nil for grades and not-applicable.
    public var amount: Decimal? {
        switch self {
        case .percentage(let value), .count(let value, _), .number(let value): value
        case .grade, .notApplicable, .unreadable: nil
        }
    }

    /// The same kind of value with another amount.
    public func replacingAmount(_ amount: Decimal) -> MeasureValue {
        switch self {
        case .percentage: .percentage(amount)
        case .count(_, let unit): .count(amount, unit: unit)
        case .number: .number(amount)
        case .grade, .notApplicable, .unreadable: self
        }
    }

    /// Whether the value is text that could not be read.
    public var isUnreadable: Bool {
        if case .unreadable = self { return true }
        return false
    }

    /// Indonesian spelling as documents and pages show it: "74,63 %", "2 Laporan", "66", "B", "N/A" (unreadable text as
    /// typed), with a no-break space (``IndonesianFormat/unitSpace``) before the sign or unit.
    public var description: String { spelled(space: IndonesianFormat.unitSpace) }

    /// The spelling the office-year file stores: as ``description`` with an ordinary space ("74,63 %"), so that
    /// files, and the hashes of signed versions, do not change with the display.
    public var fileSpelling: String { spelled(space: " ") }

    private func spelled(space: String) -> String {
        switch self {
        case .percentage(let value): IndonesianFormat.plain(value) + space + "%"
        case .count(let value, let unit): unit.map { IndonesianFormat.plain(value) + space + $0 } ?? IndonesianFormat.plain(value)
        case .number(let value): IndonesianFormat.plain(value)
        case .grade(let grade): grade
        case .notApplicable: "N/A"
        case .unreadable(let text): text
        }
    }
}
