import Foundation

/// The secretariat's staff counted by education and by golongan, as BAB I of the LKj tabulates them.
/// Commissioners (Ketua, Anggota) are not staff.
public struct StaffComposition: Hashable, Sendable {
    /// One line of a count: a label and how many.
    public struct Count: Hashable, Sendable {
        public var label: String
        public var count: Int
    }

    /// Counts by highest education, S3 first; people without a recorded education last.
    public var byEducation: [Count]
    /// Counts by golongan/ruang, highest first; PPPK and PPNPN (no golongan) and unrecorded last.
    public var byGrade: [Count]
    public var total: Int

    /// The label for a person whose value is not recorded.
    public static let unrecorded = "Tidak tercatat"

    /// Counts the staff among `people`.
    public init(people: [Person]) {
        let staff = people.filter { $0.employment != .komisioner && $0.role != .ketua && $0.role != .anggota }
        total = staff.count
        var education = Person.Education.allCases.compactMap { level -> Count? in
            let count = staff.filter { $0.education == level }.count
            return count == 0 ? nil : Count(label: level.rawValue, count: count)
        }
        let noEducation = staff.filter { $0.education == nil }.count
        if noEducation > 0 { education.append(Count(label: Self.unrecorded, count: noEducation)) }
        byEducation = education

        var grades: [String: Int] = [:]
        var others: [String: Int] = [:]
        for person in staff {
            if let grade = person.grade?.trimmingCharacters(in: .whitespaces), !grade.isEmpty {
                grades[grade.uppercased().replacingOccurrences(of: " ", with: ""), default: 0] += 1
            } else if let employment = person.employment, employment == .pppk || employment == .ppnpn {
                others[employment.rawValue.uppercased(), default: 0] += 1
            } else {
                others[Self.unrecorded, default: 0] += 1
            }
        }
        let gradeOrder = grades.keys.sorted { Self.rank($0) > Self.rank($1) }
        let otherOrder = ["PPPK", "PPNPN", Self.unrecorded].filter { others[$0] != nil }
        byGrade = gradeOrder.map { Count(label: Self.display($0), count: grades[$0]!) }
            + otherOrder.map { Count(label: $0, count: others[$0]!) }
    }

    /// IV/E above IV/A above III/D …: roman numeral first, then the letter.
    private static func rank(_ grade: String) -> Int {
        let parts = grade.split(separator: "/")
        let roman = ["I": 1, "II": 2, "III": 3, "IV": 4, "V": 5][String(parts.first ?? "")] ?? 0
        let letter = parts.count > 1 ? Int(parts[1].unicodeScalars.first?.value ?? 64) - 64 : 0
        return roman * 100 + letter
    }

    /// "III/A" written as reports do: "III/a".
    private static func display(_ grade: String) -> String {
        let parts = grade.split(separator: "/")
        guard parts.count == 2 else { return grade }
        return "\(parts[0])/\(parts[1].lowercased())"
    }
}
