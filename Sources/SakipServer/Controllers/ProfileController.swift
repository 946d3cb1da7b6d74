import SakipCore
import Vapor

/// The office's profile, the Renstra's header (period, decree, vision, missions, policies) and the
/// measurement settings of an office-year.
struct ProfileController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.profile(office: "", year: 0), .office(.read), use: show)
        routes.action(.profile(office: "", year: 0), .office(.edit), use: save)
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let page = ProfilePage(file: file, entry: ProfileEntry(file), problems: [], access: access)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func save(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let entry = try request.form(ProfileEntry.self)
        do {
            try await request.store.change(officeCode: office.code, year: year, by: request.actor(user), basedOn: request.formVersion) { file in
                file = try entry.applied(to: file)
            }
            return request.redirect(to: .profile(office: office.code, year: year), flash: "Profil dan pengaturan disimpan.")
        } catch let rejection as ProfileRejection {
            let page = ProfilePage(file: file, entry: entry, problems: rejection.problems, access: access)
            return request.page(title: page.title, viewer: user.viewer, status: .unprocessableEntity) { page.body(csrf: $0) }
        } catch let conflict as any RefusedSave {
            let fresh = try await request.requireOfficeYear(office.code, year)
            let page = ProfilePage(file: fresh, entry: entry, problems: [("Profil", conflict.description)], access: access)
            return request.page(title: page.title, viewer: user.viewer, status: .conflict) { page.body(csrf: $0) }
        }
    }
}
