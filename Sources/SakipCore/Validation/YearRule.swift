/// The one rule for a year (the office-year, a Renstra period, a year of the budget or indicator history, a
/// grant tranche), whichever way it arrives: 2000 to 2100.
public enum YearRule {
    /// The years accepted.
    public static let range = 2000...2100

    /// The longest Renstra period accepted, in years (a Renstra covers five).
    public static let longestRenstra = 10

    /// Why `year` is not an acceptable year, in Indonesian; nil when it is.
    public static func problem(_ year: Int) -> String? {
        range.contains(year) ? nil : "tahun di luar \(range.lowerBound)–\(range.upperBound)"
    }

    /// Why a Renstra period from `start` to `end` is not acceptable, in Indonesian; nil when it is. The years
    /// themselves are checked by ``problem(_:)``.
    public static func renstraProblem(start: Int, end: Int) -> String? {
        if end < start { return "tahun akhir Renstra sebelum tahun awalnya (\(start))" }
        let span = end.subtractingReportingOverflow(start)
        if span.overflow || span.partialValue >= longestRenstra { return "periode Renstra paling lama \(longestRenstra) tahun (\(start)–\(end))" }
        return nil
    }

    /// The period from `start` to `end` when it is acceptable.
    public static func renstraPeriod(start: Int, end: Int) -> ClosedRange<Int>? {
        guard problem(start) == nil, problem(end) == nil, renstraProblem(start: start, end: end) == nil else { return nil }
        return start...end
    }
}
