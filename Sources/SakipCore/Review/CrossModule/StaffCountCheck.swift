/// A staff count the report states (BAB I's tables by employment, education or golongan) that the staff list
/// contradicts. People whose education or golongan is not recorded may be in any group, so a count is only
/// wrong when no assignment of them could give it.
public struct StaffCountCheck: ReviewCheck {
    public let code = "CROSS-STAFF-COUNT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Jumlah pegawai yang disebut (per status, pendidikan atau golongan) sesuai dengan daftar pegawai."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        let staff = year.people.filter { $0.employment != .komisioner && $0.role != .ketua && $0.role != .anggota }
        guard !year.partial, !staff.isEmpty else { return [] }
        return year.report.claims.enumerated().compactMap { index, claim in
            guard claim.countOf == .staff, let count = claim.count,
                  let group = StaffGroup(claim.group) else { return nil }
            let (certain, unknown) = group.count(in: staff)
            guard count < certain || count > certain + unknown else { return nil }
            let range = unknown == 0 ? "\(certain)" : "\(certain) sampai \(certain + unknown) (\(unknown) orang belum tercatat \(group.attribute))"
            return finding(ReviewPlace(table: claim.location, row: claim.label ?? group.name, field: "jumlah", path: "$.report.claims[\(index)].count"),
                           "Tertulis \(count) \(group.name), padahal daftar pegawai memuat \(range).",
                           expected: range, found: "\(count)")
        }
    }
}

/// A group of staff a table counts: all staff, an employment (PNS, PPPK, PPNPN), an education level or a golongan.
enum StaffGroup {
    case all
    case employment(Person.Employment)
    case education(Person.Education)
    case grade(String)

    /// Nil when the text names no group the staff list records.
    init?(_ text: String?) {
        guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else {
            self = .all
            return
        }
        if let employment = Person.Employment.allCases.first(where: { $0.rawValue == text.lowercased() && $0 != .komisioner }) {
            self = .employment(employment)
        } else if let education = Person.Education.allCases.first(where: { $0.rawValue.lowercased() == text.lowercased() }) {
            self = .education(education)
        } else if let grade = StaffGroup.normalizedGrade(text) {
            self = .grade(grade)
        } else {
            return nil
        }
    }

    /// "III/A" for "III/a", "III.a", "iii a"; nil when the text is no golongan.
    static func normalizedGrade(_ text: String) -> String? {
        let parts = text.uppercased().split { $0 == "/" || $0 == "." || $0 == " " }
        guard parts.count == 2, ["I", "II", "III", "IV", "V"].contains(String(parts[0])), parts[1].count == 1,
              let letter = parts[1].first, ("A"..."E").contains(letter) else { return nil }
        return "\(parts[0])/\(letter)"
    }

    /// "pegawai", "PNS", "pegawai berpendidikan S1", "pegawai golongan III/a".
    var name: String {
        switch self {
        case .all: "pegawai"
        case .employment(let e): e.rawValue.uppercased()
        case .education(let e): "pegawai berpendidikan \(e.rawValue)"
        case .grade(let g): "pegawai golongan \(g.prefix { $0 != "/" })/\(g.split(separator: "/").last?.lowercased() ?? "")"
        }
    }

    /// What an unrecorded person lacks for this group.
    var attribute: String {
        switch self {
        case .all, .employment: "statusnya"
        case .education: "pendidikannya"
        case .grade: "golongannya"
        }
    }

    /// Those surely in the group, and those who may be (their attribute is not recorded).
    func count(in staff: [Person]) -> (certain: Int, unknown: Int) {
        switch self {
        case .all:
            return (staff.count, 0)
        case .employment(let e):
            return (staff.filter { $0.employment == e }.count, staff.filter { $0.employment == nil }.count)
        case .education(let e):
            return (staff.filter { $0.education == e }.count, staff.filter { $0.education == nil }.count)
        case .grade(let g):
            let graded = staff.filter { $0.grade.flatMap(StaffGroup.normalizedGrade) == g }.count
            // Only a PNS without a recorded golongan may hold one; PPPK and PPNPN have none.
            let unknown = staff.filter { $0.grade == nil && ($0.employment == .pns || $0.employment == nil) }.count
            return (graded, unknown)
        }
    }
}
