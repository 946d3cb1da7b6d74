import SakipCore
import Vapor

/// The version of the office-year a page shows, carried by every form of the page (next to its CSRF token)
/// and sent back, so that a save over someone else's newer change to the same values is refused instead
/// of silently undoing it.
enum FormVersion {
    static let field = "_version"

    /// Set while a page is rendered (``Request/page(title:viewer:status:body:)``); read by ``Layout/csrfField(_:)``.
    @TaskLocal static var current: Int?
}

private struct ShownVersionKey: StorageKey { typealias Value = Int }

extension Request {
    /// The office-year's data, or 404 with the reason. Its version is kept for the forms of the page.
    func requireOfficeYear(_ code: String, _ year: Int) async throws -> OfficeYear {
        guard let stored = try await store.stored(officeCode: code, year: year) else {
            throw Abort(.notFound, reason: "Belum ada data tahun \(year) untuk kantor ini. Mulai tahunnya dari daftar kantor, atau pilih tahun lain.")
        }
        storage[ShownVersionKey.self] = stored.version
        return stored.file
    }

    /// The version of the office-year this request's page shows.
    var shownVersion: Int? { storage[ShownVersionKey.self] }

    /// The version the submitted form was shown with; nil for a form without one (a script, an old page).
    var formVersion: Int? {
        (try? content.get(Int.self, at: FormVersion.field)) ?? (try? content.get(String.self, at: FormVersion.field)).flatMap { Int($0) }
    }
}
