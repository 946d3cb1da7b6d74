import Foundation
import SakipCore
import Vapor

/// What an evaluation page needs: the user's part in the evaluation, the stored evaluation and, when the
/// office-year's data exist, the facts that suggest answers.
struct EvaluationView: Sendable {
    var grant: EvaluationGrant
    var stored: StoredEvaluation
    /// The facts of the office-year; nil when the year has no data.
    var facts: EvaluationFacts?
    /// The evidence files uploaded for the criteria (without their bytes), oldest first.
    var evidence: [EvidenceFile] = []
    /// The stored office-year the files belong to; nil when the year has no data.
    var officeYearID: UUID?

    var evaluation: Evaluation { stored.evaluation }
    var lke: LKEVersion { stored.lke }
    var role: EvaluationRole { grant.role }
    var office: String { grant.office.code }
    var year: Int { grant.year }

    /// The files uploaded for one criterion.
    func evidence(for criterionId: String) -> [EvidenceFile] { evidence.filter { $0.owner.key == criterionId } }

    /// Whether the user's role may take an action now.
    func may(_ action: EvaluationAction) -> Bool { EvaluationPolicy.allows(role, action, in: evaluation.state) }
}

/// Why a change to an evaluation was not made, for the page that shows it again.
struct EvaluationRefusal: Error {
    var message: String
    var status: HTTPResponseStatus
}

extension Request {
    /// The evaluation in the path as the user may see it; 404 (with the way to start it) when not started.
    /// Its version is kept for the page's forms.
    func requireEvaluation() async throws -> EvaluationView {
        let grant = try await evaluationGrant()
        guard let stored = try await store.evaluation(officeCode: grant.office.code, year: grant.year) else {
            throw Abort(.notFound, reason: "Evaluasi SAKIP tahun \(grant.year) untuk kantor ini belum dimulai. Kantor memulainya dari halaman Evaluasi SAKIP.")
        }
        showVersion(stored.version)
        // The office-year is read once: its facts suggest answers, its id finds the criteria's files.
        guard let data = try await store.stored(officeCode: grant.office.code, year: grant.year) else {
            return EvaluationView(grant: grant, stored: stored, facts: nil)
        }
        return EvaluationView(grant: grant, stored: stored, facts: try await evaluationFacts(data, grant.office.code, grant.year),
                              evidence: try await store.evidence(officeYearID: data.id, kind: EvidenceOwner.criterionKind),
                              officeYearID: data.id)
    }

    /// The facts of an office-year for suggestions and consistency checks, with last year's evaluation; nil when
    /// the year has no data.
    func evaluationFacts(_ office: String, _ year: Int) async throws -> EvaluationFacts? {
        guard let data = try await store.stored(officeCode: office, year: year) else { return nil }
        return try await evaluationFacts(data, office, year)
    }

    /// The facts of a stored office-year, with its LKj's submission to the parent office and last year's evaluation.
    func evaluationFacts(_ data: StoredOfficeYear, _ office: String, _ year: Int) async throws -> EvaluationFacts {
        EvaluationFacts(officeYear: data.file, submission: try await lkjSubmission(data, year),
                        previous: try await previousEvaluation(office, year), asOf: .today)
    }

    /// When the LKj was first submitted to the parent office, and the deadline that applied; nil (nothing known) when
    /// the LKj was never submitted here and KPU RI set no deadline for the year here, as for a year delivered before
    /// the office used the product.
    func lkjSubmission(_ data: StoredOfficeYear, _ year: Int) async throws -> LKjSubmission? {
        guard let record = try await store.submissions(officeYearID: data.id, year: year, currentVersion: data.version)
            .first(where: { $0.document == .lkj }) else { return nil }
        let submittedOn = record.model?.firstSubmittedOn.flatMap(CalendarDate.init(iso:))
        guard submittedOn != nil || record.deadlineSet else { return nil }
        return LKjSubmission(submittedOn: submittedOn, deadline: record.deadline)
    }

    /// Last year's evaluation of an office, distilled; nil when there was none.
    func previousEvaluation(_ office: String, _ year: Int) async throws -> PreviousEvaluation? {
        guard let last = try await store.evaluation(officeCode: office, year: year - 1) else { return nil }
        return PreviousEvaluation(last.evaluation, version: last.lke)
    }

    /// Changes the evaluation in the path as the user, on the version the form was shown with. A refusal (by the
    /// workflow, by a newer change, or by the document's checks) becomes ``EvaluationRefusal`` with its message.
    @discardableResult
    func changeEvaluation(_ grant: EvaluationGrant,
                          _ apply: @escaping @Sendable (inout Evaluation, LKEVersion, EvaluationActor) throws -> Void) async throws -> StoredEvaluation {
        let actor = grant.actor
        do {
            return try await store.changeEvaluation(officeCode: grant.office.code, year: grant.year, by: self.actor(grant.user),
                                                    basedOn: formVersion) { evaluation, version in
                try apply(&evaluation, version, actor)
            }.stored
        } catch let error as EvaluationWorkflowError {
            throw EvaluationRefusal(message: error.message, status: .conflict)
        } catch let conflict as ChangeConflict {
            throw EvaluationRefusal(message: conflict.description, status: .conflict)
        } catch let error as StorageError where error.kind == .invalid || error.kind == .notFound {
            throw EvaluationRefusal(message: "Perubahan tidak disimpan: \(error.message).", status: .unprocessableEntity)
        }
    }
}

/// A page of the evaluation that can be shown again with the reason a change was refused.
protocol EvaluationScreen {
    var title: String { get }
    func body(csrf: String) -> Node
}

extension Request {
    /// An evaluation page for the evaluation in the path.
    func evaluationPage(_ make: (EvaluationView) -> any EvaluationScreen) async throws -> Response {
        let view = try await requireEvaluation()
        let page = make(view)
        return self.page(title: page.title, viewer: view.grant.user.viewer) { page.body(csrf: $0) }
    }

    /// One workflow step from a page: done, to `then` with `done` as the message; refused, the page again
    /// (as `refused` builds it from the newest evaluation and the reason) with the refusal's status.
    func evaluationStep(done: String, then url: @escaping (EvaluationGrant) -> SiteURL,
                        refused: (EvaluationView, String) -> any EvaluationScreen,
                        _ apply: @escaping @Sendable (inout Evaluation, LKEVersion, EvaluationActor) throws -> Void) async throws -> Response {
        let grant = try await evaluationGrant()
        do {
            try await changeEvaluation(grant, apply)
        } catch let refusal as EvaluationRefusal {
            let page = refused(try await requireEvaluation(), refusal.message)
            return self.page(title: page.title, viewer: grant.user.viewer, status: refusal.status) { page.body(csrf: $0) }
        }
        return redirect(to: url(grant), flash: done)
    }
}
