/// The one rule for a count of people or things (voters, TPS, ballots, boxes, vehicles), whichever way it
/// arrives: a whole number from 0 to ten billion, about fifty times the national DPT. The bound keeps every
/// sum of counts an office-year can hold far from the integer limit.
public enum CountRule {
    /// The largest count accepted: 10.000.000.000.
    public static let maximum = 10_000_000_000

    /// Why `count` is not an acceptable count, in Indonesian; nil when it is.
    public static func problem(_ count: Int) -> String? {
        if count < 0 { return "jumlah tidak boleh negatif" }
        if count > maximum { return tooLarge }
        return nil
    }

    /// The refusal of a count above ``maximum``.
    public static var tooLarge: String { "jumlah terlalu besar (paling banyak \(IndonesianFormat.count(maximum)))" }
}
