import Fluent
import SakipCore
import Vapor

/// KPU RI's deadlines for submitting the PK and the LKj, per year; a year without one keeps the default
/// (the PK by 31 January of its year, the LKj by the end of February after it).
struct DeadlineController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.deadlines, .nationalAdmin, use: list)
        routes.action(.deadlines, .nationalAdmin, use: save)
    }

    struct DeadlineForm: Content {
        var year: String?
        var document: String?
        var date: String?
    }

    func list(request: Request) async throws -> Response {
        try await page(request)
    }

    func save(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(DeadlineForm.self)
        let yearText = (form.year ?? "").trimmingCharacters(in: .whitespaces)
        guard let year = Int(yearText), (2000...2100).contains(year) else {
            return try await page(request, problem: "Kolom Tahun: \"\(yearText)\" bukan tahun (misalnya \(CalendarDate.today.year)).", typed: form)
        }
        guard let document = form.document.flatMap(SubmissionDocument.init(rawValue:)) else {
            return try await page(request, problem: "Kolom Dokumen: pilih PK atau LKj.", typed: form)
        }
        let date: CalendarDate
        do { date = try IndonesianDate.parse((form.date ?? "").trimmingCharacters(in: .whitespaces)) } catch {
            return try await page(request, problem: "Kolom Batas waktu: \(error.reason) (tulis seperti 28 Februari \(year + 1)).", typed: form)
        }
        try await request.store.setDeadline(document, year: year, to: date, by: request.actor(user))
        return request.redirect(to: .deadlines, flash: "Batas waktu \(document.shortLabel) \(year): \(IndonesianDate.format(date)).")
    }

    private func page(_ request: Request, problem: String? = nil, typed: DeadlineForm? = nil) async throws -> Response {
        let user = try await request.gatedUser()
        let stored = Set(try await request.store.yearsByOffice().values.flatMap { $0 })
        let thisYear = CalendarDate.today.year
        let years = Array(stored.union([thisYear, thisYear + 1])).sorted(by: >)
        var rows: [DeadlinesPage.Row] = []
        for year in years {
            let set = try await request.store.deadlines(year: year)
            rows.append(.init(year: year, pk: set[.pk], lkj: set[.lkj]))
        }
        let page = DeadlinesPage(rows: rows, problem: problem, typedYear: typed?.year, typedDocument: typed?.document, typedDate: typed?.date)
        return request.page(title: page.title, viewer: user.viewer, status: problem == nil ? .ok : .unprocessableEntity) { page.body(csrf: $0) }
    }
}
