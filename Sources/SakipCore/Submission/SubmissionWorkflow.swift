/// The rules of submission and verification (Draf → Diajukan → Dikembalikan → Diajukan ulang → Diterima):
/// which action each state allows, to whom, and what it needs.
public enum SubmissionWorkflow {
    /// A refused transition, in Indonesian, naming the state and the role.
    public struct Refusal: Error, Equatable, CustomStringConvertible, Sendable {
        public let description: String

        public init(description: String) { self.description = description }
    }

    /// The state after `action` by `actor` on a document in `state`; a note is required to return.
    public static func next(from state: SubmissionState, _ action: SubmissionAction, by actor: SubmissionActor,
                            document: SubmissionDocument, note: String?) throws(Refusal) -> SubmissionState {
        let name = document.shortLabel
        switch action {
        case .submit:
            guard actor == .leader else {
                throw Refusal(description: "\(name) hanya dapat diajukan oleh Ketua atau Sekretaris kantor, bukan oleh \(actor.label).")
            }
            switch state {
            case .draft: return .submitted
            case .returned: return .resubmitted
            case .submitted, .resubmitted:
                throw Refusal(description: "\(name) sudah diajukan dan menunggu keputusan kantor induk.")
            case .accepted:
                throw Refusal(description: "\(name) sudah diterima; ubah datanya untuk membuat versi baru lalu ajukan versi itu.")
            }
        case .returnToOffice, .accept:
            guard actor == .parentEvaluator else {
                throw Refusal(description: "\(name) hanya dapat \(action == .accept ? "diterima" : "dikembalikan") oleh evaluator kantor induk, bukan oleh \(actor.label).")
            }
            guard state.awaitsDecision else {
                throw Refusal(description: "\(name) berstatus \(state.label): hanya \(name) yang sedang diajukan dapat \(action == .accept ? "diterima" : "dikembalikan").")
            }
            if action == .returnToOffice {
                guard let note, !note.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw Refusal(description: "Kolom Catatan: tulis apa yang harus diperbaiki sebelum \(name) dikembalikan.")
                }
                return .returned
            }
            return .accepted
        }
    }

    /// The actions `actor` may take in `state` (for the buttons a page shows).
    public static func allowed(in state: SubmissionState, by actor: SubmissionActor, document: SubmissionDocument) -> [SubmissionAction] {
        SubmissionAction.allCases.filter { action in
            (try? next(from: state, action, by: actor, document: document, note: "catatan")) != nil
        }
    }
}
