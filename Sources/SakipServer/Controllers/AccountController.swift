import Fluent
import Vapor

/// A signed-in user changes their own password.
struct AccountController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.ownPassword, .signedIn, use: show)
        routes.action(.ownPassword, .signedIn, use: change)
    }

    struct PasswordForm: Content {
        var current: String
        var new: String
        var repeated: String
    }

    func show(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        return request.page(title: PasswordPage.title, viewer: user.viewer) { PasswordPage(problem: nil).body(csrf: $0) }
    }

    func change(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let form = try request.form(PasswordForm.self)
        guard let stored = try await UserModel.find(user.id, on: request.db) else { throw Abort.redirect(to: SiteURL.login.path) }
        var problem: String?
        if !(try request.password.verify(form.current, created: stored.passwordHash)) {
            problem = "Kolom Kata sandi saat ini: tidak cocok."
        } else if let rule = PasswordRule.problem(form.new, username: user.username) {
            problem = "Kolom Kata sandi baru: \(rule)"
        } else if form.new != form.repeated {
            problem = "Kolom Ulangi kata sandi baru: tidak sama dengan kata sandi baru."
        }
        if let problem {
            return request.page(title: PasswordPage.title, viewer: user.viewer, status: .unprocessableEntity) {
                PasswordPage(problem: problem).body(csrf: $0)
            }
        }
        stored.passwordHash = try request.password.hash(form.new)
        try await stored.save(on: request.db)
        // Whoever else was signed in with the old password is signed out.
        try await SessionStore.endAll(userID: user.id, except: request.sessionState.current?.id, on: request.db)
        try await request.store.recordEvent(officeID: nil, by: request.actor(user), table: "pengguna", row: user.username,
                                            field: "kata sandi", before: nil, after: "diganti oleh pemiliknya")
        return request.redirect(to: .offices, flash: "Kata sandi diganti.")
    }
}
