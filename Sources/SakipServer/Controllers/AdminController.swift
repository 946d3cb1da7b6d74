import Fluent
import SakipCore
import Vapor

/// The national admin's pages: accounts (create, reset a password) and offices (add).
struct AdminController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.users, .nationalAdmin, use: users)
        routes.action(.users, .nationalAdmin, use: createUser)
        routes.action(.resetPassword(username: ""), .nationalAdmin, use: resetPassword)
        routes.page(.newOffice, .nationalAdmin, use: offices)
        routes.action(.newOffice, .nationalAdmin, use: createOffice)
    }

    func users(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        // `?kantor=CODE` (after adding an office): the new account's office is chosen already.
        let office = try? request.query.get(String.self, at: "kantor")
        let typed = office.map { AccountRequest(username: "", name: "", role: UserRole.officeOperator.rawValue, office: $0, password: "") }
        return try await usersPage(request, user, typed: typed, problems: [], status: .ok)
    }

    func createUser(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(AccountRequest.self)
        let offices = try await OfficeModel.query(on: request.db).all()
        let taken = try await UserModel.query(on: request.db).filter(\.$username == form.username).first() != nil
        let problems = form.problems(officeExists: { code in offices.contains { $0.code == code } }, usernameTaken: taken)
        guard problems.isEmpty, let role = UserRole(rawValue: form.role) else {
            return try await usersPage(request, user, typed: form, problems: problems, status: .unprocessableEntity)
        }
        let office = offices.first { $0.code == form.office?.trimmingCharacters(in: .whitespaces) }
        let account = UserModel(username: form.username, passwordHash: try request.password.hash(form.password),
                                name: form.name.trimmingCharacters(in: .whitespaces), role: role, officeID: try office?.requireID())
        try await account.save(on: request.db)
        try await request.store.recordEvent(officeID: office?.id, by: request.actor(user), table: "pengguna", row: account.username,
                                            field: "", before: nil, after: "\(role.label) · \(office?.name ?? "tanpa kantor")")
        return request.redirect(to: .users, flash: "Akun \(form.username) (\(role.label)) dibuat.")
    }

    struct ResetForm: Content { var password: String }

    func resetPassword(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let username = request.parameters.get("username") ?? ""
        guard let account = try await UserModel.query(on: request.db).filter(\.$username == username).first() else {
            throw Abort(.notFound, reason: "Akun \(username) tidak ada.")
        }
        let form = try request.form(ResetForm.self)
        if let reason = PasswordRule.problem(form.password, username: username) {
            return try await usersPage(request, user, typed: nil, problems: [("Kata sandi baru untuk \(username)", reason)], status: .unprocessableEntity)
        }
        account.passwordHash = try request.password.hash(form.password)
        try await account.save(on: request.db)
        try await SessionStore.endAll(userID: try account.requireID(), on: request.db)
        try await request.store.recordEvent(officeID: account.$office.id, by: request.actor(user), table: "pengguna", row: username,
                                            field: "kata sandi", before: nil, after: "diatur ulang oleh admin nasional")
        return request.redirect(to: .users, flash: "Kata sandi \(username) diganti.")
    }

    private func usersPage(_ request: Request, _ user: SessionUser, typed: AccountRequest?,
                           problems: [(field: String, reason: String)], status: HTTPResponseStatus) async throws -> Response {
        let accounts = try await UserModel.query(on: request.db).with(\.$office).sort(\.$username).all()
        let offices = try await request.store.offices()
        let page = UsersPage(accounts: accounts.map { .init(username: $0.username, name: $0.name, role: $0.userRole, office: $0.office?.name) },
                             offices: offices.map { ($0.code, $0.name) }, typed: typed, problems: problems)
        return request.page(title: UsersPage.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
    }

    func offices(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        return try await officePage(request, user, typed: nil, problems: [], status: .ok)
    }

    func createOffice(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(OfficeRequest.self)
        let offices = try await OfficeModel.query(on: request.db).all()
        let problems = form.problems(office: { code in offices.first { $0.code == code }.map { ($0.level, $0.name) } },
                                     codeTaken: offices.contains { $0.code == form.code })
        guard problems.isEmpty, let level = Office.Level(rawValue: form.level) else {
            return try await officePage(request, user, typed: form, problems: problems, status: .unprocessableEntity)
        }
        let parentCode = form.parent?.trimmingCharacters(in: .whitespaces)
        let parent = offices.first { $0.code == parentCode }
        let office = OfficeModel()
        office.code = form.code
        office.name = form.name.trimmingCharacters(in: .whitespaces)
        office.level = level.rawValue
        office.$parent.id = try parent?.requireID()
        try await office.save(on: request.db)
        try await request.store.recordEvent(officeID: office.id, by: request.actor(user), table: "kantor", row: office.code, field: "",
                                            before: nil, after: "\(office.name) · \(level.label) · induk \(parent?.name ?? "-")")
        // Straight on to the new office's accounts: nobody can fill its data before it has them.
        request.sessionState.setFlash("\(office.name) (\(office.code)) ditambahkan. Buat akun operator, Ketua dan Sekretarisnya di bawah, lalu mulai tahun datanya dari daftar kantor.")
        return request.redirect(to: SiteURL.users.path + "?kantor=" + office.code)
    }

    private func officePage(_ request: Request, _ user: SessionUser, typed: OfficeRequest?,
                            problems: [(field: String, reason: String)], status: HTTPResponseStatus) async throws -> Response {
        let offices = try await request.store.offices().filter { $0.level != Office.Level.kabupatenKota.rawValue }
        let page = NewOfficePage(parents: offices.map { ($0.code, $0.name) }, typed: typed, problems: problems)
        return request.page(title: NewOfficePage.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
    }
}
