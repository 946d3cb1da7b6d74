import FluentKit
import Foundation
import NIOConcurrencyHelpers
@testable import SakipServer
import Testing
import Vapor

/// A password hasher that counts the checks it makes (real bcrypt underneath).
final class CountingHasher: PasswordHasher, @unchecked Sendable {
    let checks = NIOLockedValueBox(0)

    func hash<Password: DataProtocol>(_ password: Password) throws -> [UInt8] {
        Array(try Bcrypt.hash(String(decoding: password, as: UTF8.self), cost: 4).utf8)
    }

    func verify<Password: DataProtocol, Digest: DataProtocol>(_ password: Password, created digest: Digest) throws -> Bool {
        checks.withLockedValue { $0 += 1 }
        return try Bcrypt.verify(String(decoding: Array(password), as: UTF8.self), created: String(decoding: Array(digest), as: UTF8.self))
    }
}

@Suite(.serialized) struct SessionTests {
    @Test func anonymousRequests_storeNoSession() async throws {
        try await withDemoApp { app in
            let client = WebClient(app: app)
            try await client.get(SiteURL.login.path)
            try await client.get(SiteURL.home.path)
            try await client.get(SiteURL.stylesheet.path)
            try await client.get(SiteURL.dashboard(office: asahan, year: 2024).path)
            try await client.login("operator.asahan", password: "salah")

            #expect(try await SessionModel.query(on: app.db).count() == 0)
            #expect(client.cookies[SessionPolicy.cookieName] == nil)

            try await client.login("operator.asahan")
            #expect(try await SessionModel.query(on: app.db).count() == 1)
        }
    }

    @Test func ownPasswordChange_endsTheUsersOtherSessions() async throws {
        try await withDemoApp { app in
            let desk = WebClient(app: app), laptop = WebClient(app: app), other = WebClient(app: app)
            try await desk.login("operator.asahan")
            try await laptop.login("operator.asahan")
            try await other.login("ketua.asahan")

            let changed = try await desk.post(SiteURL.ownPassword.path,
                                              form: ["current": "sakip-demo", "new": "Kisaran-Asahan-77", "repeated": "Kisaran-Asahan-77"])

            #expect(changed.status == .seeOther)
            #expect(try await desk.get(SiteURL.offices.path).status == .ok)
            #expect(try await laptop.get(SiteURL.offices.path).location == SiteURL.login.path)
            #expect(try await other.get(SiteURL.offices.path).status == .ok)
            #expect(try await WebClient(app: app).login("operator.asahan", password: "Kisaran-Asahan-77").status == .seeOther)
        }
    }

    @Test func adminReset_endsEverySessionOfThatUser() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app), operatorClient = WebClient(app: app)
            try await admin.login("admin")
            try await operatorClient.login("operator.asahan")

            let reset = try await admin.post(SiteURL.resetPassword(username: "operator.asahan").path, form: ["password": "Asahan-Baru-2025"])

            #expect(reset.status == .seeOther)
            #expect(try await operatorClient.get(SiteURL.offices.path).location == SiteURL.login.path)
            #expect(try await admin.get(SiteURL.offices.path).status == .ok)
        }
    }

    @Test func idleOrOldSessions_expire_andAreCleanedUp() async throws {
        try await withDemoApp { app in
            let idle = WebClient(app: app), old = WebClient(app: app)
            try await idle.login("operator.asahan")
            try await old.login("ketua.asahan")
            let policy = SessionPolicy()
            let sessions = try await SessionModel.query(on: app.db).with(\.$user).all()
            for session in sessions {
                if session.user.username == "operator.asahan" { session.lastSeenAt = Date().addingTimeInterval(-policy.idle - 60) }
                else { session.createdAt = Date().addingTimeInterval(-policy.absolute - 60) }
                try await session.update(on: app.db)
            }

            #expect(try await idle.get(SiteURL.offices.path).location == SiteURL.login.path)
            #expect(try await old.get(SiteURL.offices.path).location == SiteURL.login.path)
            #expect(try await SessionModel.query(on: app.db).count() == 0)
            #expect(idle.cookies[SessionPolicy.cookieName] == nil)
        }
    }

    @Test func unknownAndKnownUsers_costTheSameOnePasswordCheck() async throws {
        try await withDemoApp { app in
            let hasher = CountingHasher()
            app.passwords.use { _ in hasher }

            try await WebClient(app: app).login("tidak.ada", password: "apa-saja-123")
            let unknown = hasher.checks.withLockedValue { $0 }
            try await WebClient(app: app).login("operator.asahan", password: "apa-saja-123")
            let known = hasher.checks.withLockedValue { $0 } - unknown

            #expect(unknown == 1)
            #expect(known == 1)
        }
    }

    @Test func parallelWrongPasswords_neverGetMoreChecksThanTheLimit() async throws {
        try await withDemoApp { app in
            let hasher = CountingHasher()
            app.passwords.use { _ in hasher }
            let statuses = await withTaskGroup(of: HTTPResponseStatus?.self) { group in
                for _ in 0..<30 {
                    group.addTask { try? await WebClient(app: app).login("ketua.asahan", password: "tebakan-salah").status }
                }
                var all: [HTTPResponseStatus?] = []
                for await status in group { all.append(status) }
                return all
            }

            let checks = hasher.checks.withLockedValue { $0 }
            #expect(checks <= 5, "\(checks) password checks for a limit of 5")
            #expect(statuses.filter { $0 == .tooManyRequests }.count >= 25)
            #expect(statuses.allSatisfy { $0 == .unauthorized || $0 == .tooManyRequests })
        }
    }

    @Test(arguments: ["1234567890", "aaaaaaaaaa", "          ", "qwertyuiop", "password123", "Indonesia2024!", "abababab12",
                      "0987654321", "Sakip2024!!"])
    func weakPasswords_areRefused(_ password: String) {
        #expect(PasswordRule.problem(password, username: "operator.contoh") != nil)
    }

    @Test(arguments: ["Kisaran-Asahan-77", "hujan turun di pagar alam", "T4nj4ng-B4lai!"])
    func strongPasswords_pass(_ password: String) {
        #expect(PasswordRule.problem(password, username: "operator.contoh") == nil)
    }

    @Test func passwordContainingTheUserName_isRefused() {
        #expect(PasswordRule.problem("operator.asahan-2025", username: "operator.asahan") == "Kata sandi tidak boleh memuat nama pengguna.")
    }
}
