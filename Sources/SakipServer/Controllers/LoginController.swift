import Fluent
import SakipCore
import Vapor

/// Sign-in and sign-out, with throttling of failed attempts.
struct LoginController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.login, .anyone, use: form)
        routes.action(.login, .anyone, body: .signIn, use: signIn)
        routes.action(.logout, .anyone, body: .signIn, use: signOut)
    }

    struct Credentials: Content {
        var username: String
        var password: String
    }

    func form(request: Request) async throws -> Response {
        if try await request.sessionUser() != nil { return request.redirect(to: SiteURL.offices.path) }
        return request.page(title: LoginPage().title, viewer: nil) { LoginPage().body(csrf: $0) }
    }

    func signIn(request: Request) async throws -> Response {
        let credentials = (try? request.form(Credentials.self)) ?? Credentials(username: "", password: "")
        let username = credentials.username.trimmingCharacters(in: .whitespaces).lowercased()
        let address = request.remoteAddress?.ipAddress ?? "-"
        switch try await request.application.loginThrottle.admit(username: username, address: address, on: request.db) {
        case .wait(let seconds):
            let minutes = Int((seconds / 60).rounded(.up))
            let page = LoginPage(username: credentials.username,
                                 error: "Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam \(minutes) menit.")
            return request.page(title: page.title, viewer: nil, status: .tooManyRequests) { page.body(csrf: $0) }
        case .check(let attempt):
            let user = username.count <= 40 ? try await UserModel.query(on: request.db).filter(\.$username == username).with(\.$office).first() : nil
            // An unknown name costs the same bcrypt check as a known one: the answer's timing tells nothing.
            let hash = user?.passwordHash ?? request.application.unknownUserHash
            let valid = try request.password.verify(credentials.password, created: hash) && user != nil
            guard let user, valid, let role = user.userRole else {
                let page = LoginPage(username: credentials.username, error: "Nama pengguna atau kata sandi salah.")
                return request.page(title: page.title, viewer: nil, status: .unauthorized) { page.body(csrf: $0) }
            }
            try await request.application.loginThrottle.succeeded(attempt, on: request.db)
            try await request.startNewSession(for: SessionUser(id: try user.requireID(), username: user.username, name: user.name,
                                                               role: role, officeCode: user.office?.code, officeName: user.office?.name,
                                                               officeLevel: user.office.flatMap { Office.Level(rawValue: $0.level) }))
            return request.redirect(to: SiteURL.offices.path)
        }
    }

    func signOut(request: Request) async throws -> Response {
        if let current = request.sessionState.current { try await SessionStore.end(current.id, on: request.db) }
        request.sessionState.ended()
        return request.redirect(to: SiteURL.login.path)
    }
}
