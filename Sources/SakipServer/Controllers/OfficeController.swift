import Fluent
import Vapor

/// The list of offices the user may open.
struct OfficeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(SiteURL.offices.pattern, use: list)
    }

    func list(request: Request) async throws -> Response {
        let user = try await request.requireUser()
        var entries: [OfficesPage.Entry] = []
        for office in try await request.store.offices() {
            let access = AccessPolicy.access(role: user.role, userOffice: user.officeCode, target: office.code,
                                             ancestors: try await request.ancestors(of: office))
            guard access.read else { continue }
            let parent = try await office.$parent.get(on: request.db)
            entries.append(.init(code: office.code, name: office.name, level: .init(rawValue: office.level) ?? .kabupatenKota,
                                 parentName: parent?.name, years: try await request.store.years(officeCode: office.code)))
        }
        let page = OfficesPage(entries: entries)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }
}
