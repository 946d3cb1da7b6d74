import SakipCore
import Vapor

/// What a route requires of the signed-in user. It is decided from the session and the path alone,
/// before any of the request's body is read, so that nobody without the right can make the server
/// collect, parse or store what they send.
enum Permission: Sendable, Equatable {
    /// Sign-in, sign-out, the stylesheet and the script.
    case anyone
    case signedIn
    case nationalAdmin
    /// A role that may import office-year files at all; the office is named inside the file, so the
    /// office itself is checked once the file is read.
    case importer
    /// The office in the path (and its year, when the path has one), with this right over it.
    case office(OfficeRight)
    /// The SAKIP evaluation of the office in the path: a part in it (office, evaluator, observer) that may take
    /// this action in some state; whether it may now is the workflow's answer.
    case evaluation(EvaluationAction)
    /// The evaluation recap of the Provinsi or KPU RI in the path (evaluators, reviewers, national admin).
    case evaluationRecap
    /// The PK and LKj submission of the office-year in the path, with this part in it.
    case submission(SubmissionRight)
    /// The consolidation of the Provinsi or KPU RI in the path: users who may read that office (its own people, KPU RI's,
    /// the national admin); a Kab/Kota has none (404).
    case consolidation
    /// The national catalogue mapping: the national admin and KPU RI's evaluators (``CatalogueAccess``).
    case catalogueMapping

    /// The middleware that enforce it, in order: the user first, then their right.
    var middleware: [any Middleware] {
        switch self {
        case .anyone: []
        case .signedIn: [RequireUserMiddleware()]
        case .nationalAdmin:
            [RequireUserMiddleware(), RoleMiddleware(roles: [.nationalAdmin], refusal: "Halaman ini hanya untuk Admin Nasional.")]
        case .importer:
            [RequireUserMiddleware(), RoleMiddleware(roles: [.nationalAdmin, .officeOperator], refusal: "Peran Anda tidak dapat mengimpor berkas.")]
        case .office(let right): [RequireUserMiddleware(), OfficeAccessMiddleware(right: right)]
        case .evaluation(let action): [RequireUserMiddleware(), EvaluationAccessMiddleware(action: action)]
        case .evaluationRecap: [RequireUserMiddleware(), EvaluationRecapMiddleware()]
        case .submission(let right): [RequireUserMiddleware(), SubmissionAccessMiddleware(right: right)]
        case .consolidation: [RequireUserMiddleware(), OfficeAccessMiddleware(right: .read), ConsolidationLevelMiddleware()]
        case .catalogueMapping: [RequireUserMiddleware(), CatalogueAccessMiddleware()]
        }
    }
}

/// A right over one office's data, as ``Access`` grants it.
enum OfficeRight: String, Sendable {
    case read, edit, sign, comment

    func isGranted(by access: Access) -> Bool {
        switch self {
        case .read: access.read
        case .edit: access.edit
        case .sign: access.sign
        case .comment: access.comment
        }
    }

    /// The Indonesian refusal when the user lacks it.
    var refusal: String {
        switch self {
        case .read: "Anda tidak berwenang membuka data kantor ini."
        case .edit: "Peran Anda tidak dapat mengubah data kantor ini."
        case .sign: "Hanya Ketua atau Sekretaris kantor ini yang dapat menandatangani PK atau memfinalkan LKj."
        case .comment: "Peran Anda tidak dapat memberi komentar pada kantor ini."
        }
    }
}
