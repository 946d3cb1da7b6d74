/// Where a submitted document (the PK or the LKj of an office-year) stands with the parent office.
public enum SubmissionState: String, Hashable, CaseIterable, Codable, Sendable {
    case draft, submitted, returned, resubmitted, accepted

    /// "Draf", "Diajukan", "Dikembalikan", "Diajukan ulang", "Diterima".
    public var label: String {
        switch self {
        case .draft: "Draf"
        case .submitted: "Diajukan"
        case .returned: "Dikembalikan"
        case .resubmitted: "Diajukan ulang"
        case .accepted: "Diterima"
        }
    }

    /// Waiting for the parent office's decision.
    public var awaitsDecision: Bool { self == .submitted || self == .resubmitted }
}

/// The documents an office submits to its parent office.
public enum SubmissionDocument: String, CaseIterable, Codable, Sendable {
    case pk
    case lkj

    /// "Perjanjian Kinerja", "Laporan Kinerja".
    public var label: String {
        switch self {
        case .pk: "Perjanjian Kinerja"
        case .lkj: "Laporan Kinerja"
        }
    }

    /// "PK", "LKj".
    public var shortLabel: String { self == .pk ? "PK" : "LKj" }
}
