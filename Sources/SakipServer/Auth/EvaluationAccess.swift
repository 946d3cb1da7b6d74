import Fluent
import SakipCore
import Vapor

/// Decides the part a user plays in one office's SAKIP evaluation, from the user's role and the offices above
/// the evaluated one. Only the evaluator of the office directly above scores: the Provinsi's evaluator for its
/// Kab/Kota, KPU RI's evaluator or inspectorate for a Provinsi, and KPU RI's inspectorate for KPU RI itself. The office's operator and leader fill its
/// self-assessment; everyone else who may read the office reads.
enum EvaluationAccess {
    /// - Parameters:
    ///   - ancestors: the codes of the offices above the evaluated office, nearest first.
    ///   - parentLevel: the level of the office directly above.
    ///   - level: the evaluated office's level: KPU RI, having no office above, is evaluated by its own inspectorate.
    static func role(of user: SessionUser, office: String, level: Office.Level?, ancestors: [String],
                     parentLevel: Office.Level?) -> EvaluationRole? {
        if level == .ri, ancestors.isEmpty, user.role == .reviewer, user.officeCode == office { return .evaluator }
        switch user.role {
        case .officeOperator:
            return EvaluationRole.resolve(kind: .staff, userOffice: user.officeCode, evaluatedOffice: office, ancestors: ancestors)
        case .officeLeader:
            return EvaluationRole.resolve(kind: .leader, userOffice: user.officeCode, evaluatedOffice: office, ancestors: ancestors)
        case .provincialEvaluator, .reviewer:
            if let parent = ancestors.first,
               AccessPolicy.isParentEvaluator(role: user.role, userOffice: user.officeCode, parentCode: parent, parentLevel: parentLevel) {
                return EvaluationRole.resolve(kind: .evaluator, userOffice: user.officeCode, evaluatedOffice: office, ancestors: [parent])
            }
            return EvaluationRole.resolve(kind: .reader, userOffice: user.officeCode, evaluatedOffice: office, ancestors: ancestors)
        case .nationalAdmin:
            return .observer
        }
    }

    /// Whether a role may take an action in some state: a role that never may is refused before the body is read
    /// (403); one that may, but not now, is told why by the workflow (409).
    static func mayEver(_ role: EvaluationRole, _ action: EvaluationAction) -> Bool {
        EvaluationState.allCases.contains { EvaluationPolicy.allows(role, action, in: $0) }
    }

    /// The Indonesian refusal for a role that never may take an action.
    static func refusal(_ action: EvaluationAction) -> String {
        switch action {
        case .editSelfAssessment, .submitSelfAssessment, .recordFollowUp:
            "Hanya kantor yang dievaluasi yang dapat \(action.label)" + (action == .submitSelfAssessment ? ", dan hanya pimpinannya yang mengajukan." : ".")
        case .read:
            "Anda tidak berwenang membuka evaluasi kantor ini."
        default:
            "Hanya evaluator kantor di atasnya (KPU Provinsi untuk KPU Kabupaten/Kota, KPU RI untuk KPU Provinsi) yang dapat \(action.label)."
        }
    }
}

/// The office in the path, the user, and the user's part in the office's evaluation.
struct EvaluationGrant: Sendable {
    var user: SessionUser
    var office: OfficeModel
    var year: Int
    /// What the user may do with the office's data (the office-year pages).
    var access: Access
    var role: EvaluationRole

    /// The actor the evaluation's history records.
    var actor: EvaluationActor { EvaluationActor(name: user.name, role: role) }
}

/// Lets a request through only when the user has a part in the office's evaluation that may take `action` in
/// some state. Decided from the session and the path, before any of the body is read.
struct EvaluationAccessMiddleware: AsyncMiddleware {
    var action: EvaluationAction

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let grant = try await request.evaluationGrant()
        guard EvaluationAccess.mayEver(grant.role, action) else { throw Abort(.forbidden, reason: EvaluationAccess.refusal(action)) }
        return try await next.respond(to: request)
    }
}

/// Lets through only a user who may read the recap of the office in the path: an evaluator, reviewer or
/// national admin who reads it, on a Provinsi or KPU RI.
struct EvaluationRecapMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let grant = try await request.officeGrant()
        guard [.provincialEvaluator, .reviewer, .nationalAdmin].contains(grant.user.role) else {
            throw Abort(.forbidden, reason: "Rekap evaluasi hanya untuk evaluator, inspektorat dan admin nasional.")
        }
        guard grant.office.level != Office.Level.kabupatenKota.rawValue else {
            throw Abort(.notFound, reason: "Rekap evaluasi dibuat untuk KPU Provinsi (atas KPU Kabupaten/Kota di wilayahnya) atau KPU RI.")
        }
        return try await next.respond(to: request)
    }
}

private struct EvaluationGrantKey: StorageKey { typealias Value = EvaluationGrant }

extension Request {
    /// The office and year in the path, and the user's part in its evaluation; 403 for a user without one.
    /// Computed once per request.
    func evaluationGrant() async throws -> EvaluationGrant {
        if let grant = storage[EvaluationGrantKey.self] { return grant }
        let (user, office, year, access) = try await officeAccess()
        let ancestors = try await ancestors(of: office)
        let parent = try await office.$parent.get(on: db)
        guard let role = EvaluationAccess.role(of: user, office: office.code, level: Office.Level(rawValue: office.level), ancestors: ancestors,
                                               parentLevel: parent.flatMap { Office.Level(rawValue: $0.level) }) else {
            throw Abort(.forbidden, reason: EvaluationAccess.refusal(.read))
        }
        let grant = EvaluationGrant(user: user, office: office, year: year, access: access, role: role)
        storage[EvaluationGrantKey.self] = grant
        return grant
    }
}
