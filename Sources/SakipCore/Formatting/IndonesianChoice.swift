/// A closed set of values that the office-year file stores by a raw name ("higherIsBetter") and that users
/// read and type by an Indonesian label ("naik").
public protocol IndonesianChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {
    /// The short Indonesian label of the value, as lists of choices show it and tables accept it.
    var choiceLabel: String { get }
}

extension IndonesianChoice {
    /// The labels of every value, in order: "persentase, jumlah, indeks, nilai".
    public static var choiceLabels: String { allCases.map(\.choiceLabel).joined(separator: ", ") }

    /// The raw names of every value, for technical small print: "percentage, count, index, grade".
    public static var rawNames: String { allCases.map(\.rawValue).joined(separator: ", ") }

    /// The value written by its raw name, or by its label in any case ("Naik", "opini bpk").
    public static func matching(_ text: String) -> Self? {
        Self(rawValue: text) ?? allCases.first { $0.choiceLabel.lowercased() == text.lowercased() }
    }
}
