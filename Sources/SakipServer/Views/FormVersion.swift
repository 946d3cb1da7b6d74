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
/// The office-year read and its version (kept apart from the forms' version, which an evaluation page replaces).
private struct ShownOfficeYearKey: StorageKey { typealias Value = (id: UUID, version: Int) }

extension Request {
    /// The office-year's data, or 404 with the reason. Its version is kept for the forms of the page.
    func requireOfficeYear(_ code: String, _ year: Int) async throws -> OfficeYear {
        guard let stored = try await store.stored(officeCode: code, year: year) else {
            throw Abort(.notFound, reason: "Belum ada data tahun \(year) untuk kantor ini. Mulai tahunnya dari daftar kantor, atau pilih tahun lain.")
        }
        storage[ShownVersionKey.self] = stored.version
        storage[ShownOfficeYearKey.self] = (stored.id, stored.version)
        return stored.file
    }

    /// The review of the office-year this request read with ``requireOfficeYear(_:_:)``, computed once per
    /// stored version and process (every page shows the review's findings; the dashboard its measurement too).
    /// `file` must be that office-year as read, unchanged.
    func review(of file: OfficeYear) -> ReviewReport {
        derived(file, "review") { file.review() }
    }

    /// The measurement of the office-year this request read, computed once per stored version and process.
    func measurement(of file: OfficeYear) -> MeasurementResult {
        derived(file, "measure") { file.measure() }
    }

    private func derived<T: Sendable>(_ file: OfficeYear, _ name: String, compute: () -> T) -> T {
        guard let shown = storage[ShownOfficeYearKey.self] else { return compute() }
        return OfficeYearCache.shared.derived(shown.id, version: shown.version, name, compute: compute)
    }

    /// Keeps the version of a versioned document other than an office-year (an evaluation) for the page's forms.
    func showVersion(_ version: Int) {
        storage[ShownVersionKey.self] = version
    }

    /// The stored office-year this request read with ``requireOfficeYear(_:_:)``: its id (unique in every
    /// database) and version.
    var shownOfficeYear: (id: UUID, version: Int)? { storage[ShownOfficeYearKey.self] }

    /// The version of the office-year this request's page shows.
    var shownVersion: Int? { storage[ShownVersionKey.self] }

    /// The version the submitted form was shown with; nil for a form without one (a script, an old page).
    var formVersion: Int? {
        (try? content.get(Int.self, at: FormVersion.field)) ?? (try? content.get(String.self, at: FormVersion.field)).flatMap { Int($0) }
    }
}
