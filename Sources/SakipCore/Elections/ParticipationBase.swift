/// The denominator of participation rates, a setting per event that the report states (DOMAIN §6):
/// 2019 used the DPT, the 2024 presidential figure used DPT + DPTb + DPK.
public enum ParticipationBase: String, CaseIterable, Sendable {
    /// Daftar Pemilih Tetap only.
    case dpt
    /// DPT + Daftar Pemilih Tambahan + Daftar Pemilih Khusus.
    case dptDptbDpk

    /// The denominator's name as the report writes it.
    public var label: String {
        switch self {
        case .dpt: "DPT"
        case .dptDptbDpk: "DPT + DPTb + DPK"
        }
    }
}
