/// The elections every KPU office runs in a year: the general election (Pemilu) every five years since
/// 2004, and the nationwide simultaneous regional elections (Pemilihan serentak) of 2024.
enum ElectionCalendar {
    /// "Pemilu 2024", "Pemilihan serentak 2024"; empty in a year without a nationwide election.
    static func elections(in year: Int) -> [String] {
        var names: [String] = []
        if year >= 2004, year % 5 == 4 { names.append("Pemilu \(year)") }
        if year == 2024 { names.append("Pemilihan serentak \(year)") }
        return names
    }

    /// Whether an indicator measures voter participation, which only an election year can realise.
    static func measuresParticipation(_ indicator: Indicator) -> Bool {
        indicator.statement.lowercased().contains("partisipasi")
    }
}
