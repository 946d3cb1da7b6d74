import SakipCore
import Vapor

extension Request {
    /// The parent office's unanswered notes on an office-year's PK and LKj that point at places of `kinds`, oldest
    /// first, for the page those places are on.
    func parentNotes(officeCode: String, year: Int, kinds: Set<NotePlace.Kind>) async throws -> [SubmissionNoteModel] {
        guard let model = try await store.officeYearModel(officeCode: officeCode, year: year) else { return [] }
        let raw = Set(kinds.map(\.rawValue))
        return try await store.openNotes(officeYearID: try model.requireID()).filter { raw.contains($0.placeKind) }
    }
}
