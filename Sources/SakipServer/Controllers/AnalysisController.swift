import SakipCore
import Vapor

/// The office's narrative per PK indicator (actions, obstacles, solutions) that the LKj's BAB III places
/// under each indicator.
struct AnalysisController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.analyses(office: "", year: 0), .office(.read), use: show)
        routes.action(.analyses(office: "", year: 0), .office(.edit), use: save)
    }

    struct AnalysisForm: Content {
        var actions: [String: String]?
        var obstacles: [String: String]?
        var solutions: [String: String]?
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let page = AnalysisPage(file: file, access: access)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func save(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let form = try request.form(AnalysisForm.self)
        let apply: @Sendable (inout OfficeYear) -> Void = { file in
            file.analyses = IndicatorAnalysis.merged(file.analyses, ids: AnalysisPage.indicatorIds(file),
                                                     actions: form.actions ?? [:], obstacles: form.obstacles ?? [:],
                                                     solutions: form.solutions ?? [:])
        }
        do {
            try await request.store.change(officeCode: office.code, year: year, by: request.actor(user), basedOn: request.formVersion, apply)
        } catch let conflict as any RefusedSave {
            // The newest data with the user's texts put back into the form, unsaved.
            var shown = try await request.requireOfficeYear(office.code, year)
            apply(&shown)
            let page = AnalysisPage(file: shown, access: access, error: conflict.description)
            return request.page(title: page.title, viewer: user.viewer, status: .conflict) { page.body(csrf: $0) }
        }
        return request.redirect(to: .analyses(office: office.code, year: year), flash: "Analisis disimpan.")
    }
}
