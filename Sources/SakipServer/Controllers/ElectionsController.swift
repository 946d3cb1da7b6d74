import SakipCore
import Vapor

/// The election and logistics review page: what the entered tables add up to, the rates and shares
/// computed from them, the indicators they feed, and the review findings about them.
struct ElectionsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.elections(office: "", year: 0), .office(.read), use: show)
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let review = file.review()
        let findings = ["$.elections", "$.logistics", "$.bindings"].flatMap { review.findings(under: $0) }
        let page = ElectionsPage(file: file, findings: findings, access: access)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }
}
