import SakipCore

/// What a signed-in user may do with one office's data. Decided from the user's role, the user's own
/// office, and the chain of offices above the target (Kab/Kota → Provinsi → RI).
public struct Access: Hashable, Sendable {
    public var read = false
    public var edit = false
    public var sign = false
    public var comment = false
    public var importFile = false

    public static let none = Access()
}

/// Decides ``Access`` for a role over an office.
public enum AccessPolicy {
    /// - Parameters:
    ///   - userOffice: the code of the user's office (nil for a national admin without one).
    ///   - target: the office's code.
    ///   - ancestors: the codes of the offices above the target, nearest first.
    public static func access(role: UserRole, userOffice: String?, target: String, ancestors: [String]) -> Access {
        let own = userOffice == target
        let below = userOffice.map { ancestors.contains($0) } ?? false
        switch role {
        case .nationalAdmin:
            return Access(read: true, edit: true, sign: false, comment: true, importFile: true)
        case .provincialEvaluator:
            return own || below ? Access(read: true, comment: true) : .none
        case .officeOperator:
            return own ? Access(read: true, edit: true, comment: true, importFile: true) : .none
        case .officeLeader:
            return own ? Access(read: true, sign: true, comment: true) : .none
        case .reviewer:
            return own || below ? Access(read: true, comment: true) : .none
        }
    }

    /// Whether a user is the evaluator of the office directly above an office, who decides on its submissions and
    /// scores its evaluation: the Provinsi's evaluator for its Kab/Kota; KPU RI's evaluator or inspectorate for a
    /// Provinsi.
    static func isParentEvaluator(role: UserRole, userOffice: String?, parentCode: String?, parentLevel: Office.Level?) -> Bool {
        guard role == .provincialEvaluator || role == .reviewer, let parentCode, userOffice == parentCode else { return false }
        return role == .provincialEvaluator || parentLevel == .ri
    }
}
