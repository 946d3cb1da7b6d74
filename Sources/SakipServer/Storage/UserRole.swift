/// The roles of the application.
public enum UserRole: String, CaseIterable, Codable, Sendable {
    /// Administrator at KPU RI: reads everything, imports files, manages offices.
    case nationalAdmin
    /// Evaluator at a KPU Provinsi: reads and comments on its own office and its Kab/Kota.
    case provincialEvaluator
    /// Planning operator of an office: edits its own office.
    case officeOperator
    /// Ketua or Sekretaris: reads, approves and signs the PK of its own office.
    case officeLeader
    /// Inspectorate: reads and comments on the offices it reviews (its own and those below it).
    case reviewer

    /// Indonesian name shown in the interface.
    public var label: String {
        switch self {
        case .nationalAdmin: "Admin Nasional"
        case .provincialEvaluator: "Evaluator Provinsi"
        case .officeOperator: "Operator Kantor"
        case .officeLeader: "Pimpinan Kantor (Ketua/Sekretaris)"
        case .reviewer: "Reviu (Inspektorat)"
        }
    }
}
