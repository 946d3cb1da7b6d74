/// A recommendation of an LHE: what the office must improve in a component, who is in charge, by when, and
/// the follow-up actions recorded against it.
public struct Recommendation: Hashable, Sendable {
    public var id: String
    /// The LKE component it belongs to ("1").
    public var componentId: String
    /// "Agar menyusun Rencana Aksi Kinerja untuk seluruh indikator PK …".
    public var text: String
    /// The person or unit in charge ("Sekretaris KPU Kabupaten Asahan").
    public var personInCharge: String
    public var targetDate: CalendarDate
    public var actions: [FollowUpAction]

    public init(id: String, componentId: String, text: String, personInCharge: String, targetDate: CalendarDate,
                actions: [FollowUpAction] = []) {
        self.id = id
        self.componentId = componentId
        self.text = text
        self.personInCharge = personInCharge
        self.targetDate = targetDate
        self.actions = actions
    }

    /// Where the follow-up stands, from its actions and their verification: done once the evaluator accepts an
    /// action that completes it.
    public var state: RecommendationState {
        if actions.contains(where: { $0.completes && $0.verification?.verdict == .accepted }) { return .done }
        if actions.contains(where: { $0.completes && $0.verification == nil }) { return .awaitingVerification }
        return actions.isEmpty ? .open : .inProgress
    }

    /// Not done and past its target date on `date`.
    public func isOverdue(on date: CalendarDate) -> Bool { state != .done && targetDate < date }
}

/// The state of a recommendation's follow-up.
public enum RecommendationState: String, CaseIterable, Sendable {
    case open, inProgress, awaitingVerification, done

    /// "Belum ditindaklanjuti", "Dalam proses", "Menunggu verifikasi", "Selesai".
    public var label: String {
        switch self {
        case .open: "Belum ditindaklanjuti"
        case .inProgress: "Dalam proses"
        case .awaitingVerification: "Menunggu verifikasi"
        case .done: "Selesai"
        }
    }
}

/// Counts of a set of recommendations by state, and those overdue on a date.
public struct FollowUpStatus: Hashable, Sendable {
    public var total: Int
    public var done: Int
    public var overdue: [Recommendation]
    public var byState: [RecommendationState: Int]

    public init(_ recommendations: [Recommendation], on date: CalendarDate) {
        total = recommendations.count
        done = recommendations.filter { $0.state == .done }.count
        overdue = recommendations.filter { $0.isOverdue(on: date) }
        byState = Dictionary(grouping: recommendations, by: \.state).mapValues(\.count)
    }

    /// Whether every recommendation is done (true for none).
    public var isComplete: Bool { done == total }
}
