import SakipCore
import Vapor

/// Who reviews the national catalogue mapping: KPU RI keeps the catalogue, so its national admin and KPU RI's evaluators
/// (an evaluator or the inspectorate whose office is KPU RI) confirm, choose or decline each office indicator's entry.
/// A province's evaluator, an office's operator or leader may not. Decided from the session alone (the user's role and
/// the level of the user's office), before any of the body is read.
enum CatalogueAccess {
    static let refusal = "Pemetaan katalog indikator nasional hanya untuk Admin Nasional dan evaluator KPU RI."

    static func mayDecide(_ user: SessionUser) -> Bool {
        switch user.role {
        case .nationalAdmin: true
        case .provincialEvaluator, .reviewer: user.officeLevel == .ri
        case .officeOperator, .officeLeader: false
        }
    }
}

/// Lets through only a user who may review the catalogue mapping (``CatalogueAccess``).
struct CatalogueAccessMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard CatalogueAccess.mayDecide(try await request.gatedUser()) else { throw Abort(.forbidden, reason: CatalogueAccess.refusal) }
        return try await next.respond(to: request)
    }
}
