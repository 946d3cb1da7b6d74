import Foundation

extension OfficeYearSummary {
    /// The summary as JSON: keys sorted, so that the same summary always gives the same bytes, and every decimal
    /// written with all its digits.
    public func jsonData() throws -> Data {
        try Self.encoder.encode(self)
    }

    /// Reads a summary written by ``jsonData()``.
    public static func decode(_ data: Data) throws -> OfficeYearSummary {
        try JSONDecoder().decode(OfficeYearSummary.self, from: data)
    }

    /// Reads many summaries kept as one JSON array (a page that reads a whole province at once).
    public static func decodeArray(_ data: Data) throws -> [OfficeYearSummary] {
        try JSONDecoder().decode([OfficeYearSummary].self, from: data)
    }

    /// Writes many summaries as one JSON array.
    public static func encodeArray(_ summaries: [OfficeYearSummary]) throws -> Data {
        try encoder.encode(summaries)
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}
