import Fluent
import SakipCore
import Vapor

/// What a route of the submission workflow asks of the user.
enum SubmissionRight: String, Sendable {
    /// Reads the submission page and the frozen versions: anyone who may read the office.
    case read
    /// Submits (Ketua or Sekretaris of the office).
    case submit
    /// Returns or accepts (an evaluator of the parent office).
    case decide
    /// Answers a note (the office's operator or leader).
    case answer

    var refusal: String {
        switch self {
        case .read: OfficeRight.read.refusal
        case .submit: "Hanya Ketua atau Sekretaris kantor ini yang dapat mengajukan PK atau LKj."
        case .decide: "Hanya evaluator kantor induk (KPU Provinsi untuk KPU Kabupaten/Kota, KPU RI untuk KPU Provinsi) yang dapat mengembalikan atau menerima PK dan LKj kantor ini."
        case .answer: "Hanya operator atau pimpinan kantor ini yang dapat menjawab catatan kantor induk."
        }
    }

    func isGranted(to role: SubmissionActor) -> Bool {
        switch self {
        case .read: true
        case .submit: role == .leader
        case .decide: role == .parentEvaluator
        case .answer: role == .leader || role == .preparer
        }
    }
}

/// Decides the part a user plays in one office's submissions, from the user's role and office and the office above.
enum SubmissionAccess {
    /// The office's leader submits; its operator prepares; the evaluator of the office directly above decides (the
    /// Provinsi's evaluator for its Kab/Kota; KPU RI's evaluator or inspectorate for a Provinsi); everyone else reads.
    static func role(of user: SessionUser, office: String, parentCode: String?, parentLevel: Office.Level?) -> SubmissionActor {
        let own = user.officeCode == office
        switch user.role {
        case .officeLeader: return own ? .leader : .other
        case .officeOperator: return own ? .preparer : .other
        case .provincialEvaluator, .reviewer:
            return AccessPolicy.isParentEvaluator(role: user.role, userOffice: user.officeCode, parentCode: parentCode, parentLevel: parentLevel)
                ? .parentEvaluator : .other
        case .nationalAdmin: return .other
        }
    }
}

/// The office and year in the path, the user, and the user's part in its submissions.
struct SubmissionGrant: Sendable {
    var user: SessionUser
    var office: OfficeModel
    var year: Int
    var access: Access
    var role: SubmissionActor
}

/// Lets a request through only when the user may read the office and holds `right` in its submissions; decided from
/// the session and the path, before any of the body is read.
struct SubmissionAccessMiddleware: AsyncMiddleware {
    var right: SubmissionRight

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let grant = try await request.submissionGrant()
        guard right.isGranted(to: grant.role) else { throw Abort(.forbidden, reason: right.refusal) }
        return try await next.respond(to: request)
    }
}

private struct SubmissionGrantKey: StorageKey { typealias Value = SubmissionGrant }

extension Request {
    /// The office and year in the path and the user's part in its submissions; 403 for a user who may not read it.
    func submissionGrant() async throws -> SubmissionGrant {
        if let grant = storage[SubmissionGrantKey.self] { return grant }
        let (user, office, year, access) = try await officeAccess()
        let parent = try await office.$parent.get(on: db)
        let role = SubmissionAccess.role(of: user, office: office.code, parentCode: parent?.code,
                                         parentLevel: parent.flatMap { Office.Level(rawValue: $0.level) })
        let grant = SubmissionGrant(user: user, office: office, year: year, access: access, role: role)
        storage[SubmissionGrantKey.self] = grant
        return grant
    }
}
