import Foundation
import SakipCore

/// How core values are written to text columns and read back: decimals in POSIX spelling ("74.63"),
/// measured values as their Indonesian spelling ("74,63 %"), dates as ISO ("2025-01-17").
///
/// Each reader and writer has an optional twin (nil stays nil), disfavoured so that a non-optional
/// argument always picks the non-optional version.
enum StoredCoding {
    private static let posix = Locale(identifier: "en_US_POSIX")

    /// "83389671000", "74.63", "-0.5".
    static func text(_ value: Decimal) -> String { value.description }

    @_disfavoredOverload
    static func text(_ value: Decimal?) -> String? { value.map { text($0) } }

    /// Reads a decimal written by ``text(_:)-(Decimal)``; `column` names the column in the error.
    static func decimal(_ text: String, _ column: String) throws(StorageError) -> Decimal {
        // Decimal(string:) also accepts a number followed by junk ("12abc"), so the spelling is checked first.
        guard text.contains(where: { ("0"..."9").contains($0) }), text.allSatisfy({ ("0"..."9").contains($0) || $0 == "." || $0 == "-" }),
              let value = Decimal(string: text, locale: posix) else {
            throw .corrupt("kolom \(column) berisi \"\(text)\", bukan angka desimal")
        }
        return value
    }

    @_disfavoredOverload
    static func decimal(_ text: String?, _ column: String) throws(StorageError) -> Decimal? {
        guard let text else { return nil }
        return try decimal(text, column)
    }

    /// "74,63 %", "2 Laporan", "B", "N/A".
    static func text(_ value: MeasureValue) -> String { value.description }

    @_disfavoredOverload
    static func text(_ value: MeasureValue?) -> String? { value.map { text($0) } }

    /// Reads a measured value written by ``text(_:)-(MeasureValue)``.
    static func measure(_ text: String, _ column: String) throws(StorageError) -> MeasureValue {
        do { return try MeasureValue.parse(text) } catch {
            throw .corrupt("kolom \(column) berisi \"\(text)\" yang tidak dapat dibaca sebagai nilai: \(error.reason)")
        }
    }

    @_disfavoredOverload
    static func measure(_ text: String?, _ column: String) throws(StorageError) -> MeasureValue? {
        guard let text else { return nil }
        return try measure(text, column)
    }

    static func date(_ text: String, _ column: String) throws(StorageError) -> CalendarDate {
        guard let date = CalendarDate(iso: text) else {
            throw .corrupt("kolom \(column) berisi \"\(text)\", bukan tanggal YYYY-MM-DD")
        }
        return date
    }

    @_disfavoredOverload
    static func date(_ text: String?, _ column: String) throws(StorageError) -> CalendarDate? {
        guard let text else { return nil }
        return try date(text, column)
    }

    /// A stored enum's raw value read back as the enum.
    static func choice<E: RawRepresentable>(_ raw: String, _ type: E.Type, _ column: String) throws(StorageError) -> E
        where E.RawValue == String {
        guard let value = E(rawValue: raw) else {
            throw .corrupt("kolom \(column) berisi \"\(raw)\" yang tidak dikenal")
        }
        return value
    }

    @_disfavoredOverload
    static func choice<E: RawRepresentable>(_ raw: String?, _ type: E.Type, _ column: String) throws(StorageError) -> E?
        where E.RawValue == String {
        guard let raw else { return nil }
        return try choice(raw, type, column)
    }
}
