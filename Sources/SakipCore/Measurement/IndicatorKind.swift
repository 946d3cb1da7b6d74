/// What kind of value an indicator takes.
public enum IndicatorKind: String, CaseIterable, Sendable {
    /// "95 %".
    case percentage
    /// A number of things with a unit: "2 Laporan", "10 kali".
    case count
    /// An index: "Indeks RB 66".
    case index
    /// A grade on an ordered scale: SAKIP "B", Opini BPK "WTP".
    case grade

    /// Indonesian name used in messages.
    public var label: String {
        switch self {
        case .percentage: "persentase"
        case .count: "jumlah"
        case .index: "indeks"
        case .grade: "nilai (grade)"
        }
    }
}

/// Whether a larger realisation is better.
public enum Polarity: String, CaseIterable, Sendable {
    case higherIsBetter, lowerIsBetter, equalToTarget

    /// Indonesian name used in reports.
    public var label: String {
        switch self {
        case .higherIsBetter: "semakin tinggi semakin baik"
        case .lowerIsBetter: "semakin rendah semakin baik"
        case .equalToTarget: "semakin mendekati target semakin baik"
        }
    }
}

/// The capaian formula of a lower-is-better indicator (DOMAIN §4), chosen per office or per indicator.
public enum LowerIsBetterFormula: String, CaseIterable, Sendable {
    /// (2 × target − realisasi) / target × 100, floored at 0.
    case mirror
    /// target / realisasi × 100.
    case ratio

    /// The formula as the report's method note writes it.
    public var methodNote: String {
        switch self {
        case .mirror: "Capaian = (2 × Target − Realisasi) / Target × 100 %, paling rendah 0 %"
        case .ratio: "Capaian = Target / Realisasi × 100 %"
        }
    }
}
