/// The kind of an election event.
public enum ElectionKind: String, CaseIterable, Sendable {
    /// Pemilihan Umum (Presiden, DPR, DPD, DPRD).
    case pemilu
    /// Pemilihan Gubernur, Bupati, Walikota (Pilkada).
    case pemilihan
    /// Pemungutan Suara Ulang.
    case psu
}
