import Fluent
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
        let address = request.remoteAddress?.ipAddress ?? "-"
        let throttle = request.application.loginThrottle
        if let wait = await throttle.waitTime(username: credentials.username, address: address) {
            let minutes = Int((wait / 60).rounded(.up))
            let page = LoginPage(username: credentials.username,
                                 error: "Terlalu banyak percobaan masuk yang gagal untuk akun ini. Coba lagi dalam \(minutes) menit.")
            return request.page(title: page.title, viewer: nil, status: .tooManyRequests) { page.body(csrf: $0) }
        }
        let user = try await UserModel.query(on: request.db).filter(\.$username == credentials.username.lowercased()).first()
        let valid = try user.map { try request.password.verify(credentials.password, created: $0.passwordHash) } ?? false
        guard let user, valid else {
            await throttle.recordFailure(username: credentials.username, address: address)
            let page = LoginPage(username: credentials.username, error: "Nama pengguna atau kata sandi salah.")
            return request.page(title: page.title, viewer: nil, status: .unauthorized) { page.body(csrf: $0) }
        }
        await throttle.recordSuccess(username: credentials.username, address: address)
        // A new session on sign-in, so that a session id known before sign-in is worthless after it.
        try await request.startNewSession(userID: try user.requireID())
        return request.redirect(to: SiteURL.offices.path)
    }

    func signOut(request: Request) async throws -> Response {
        request.session.destroy()
        return request.redirect(to: SiteURL.login.path)
    }
}
