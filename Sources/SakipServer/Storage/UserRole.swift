/// What a user may do, stored as the case name in `users.role`.
public enum UserRole: String, CaseIterable, Codable, Sendable {
    /// KPU RI administrator: every office, every year.
    case nationalAdmin
    /// A KPU Provinsi evaluator: reads and comments on the offices of the province.
    case provincialEvaluator
    /// Enters the data of one office.
    case officeOperator
    /// Ketua or Sekretaris of one office: approves and signs.
    case officeLeader
    /// Reads and comments (inspectorate, auditors).
    case reviewer
}
