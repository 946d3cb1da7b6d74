import Fluent
import Foundation
@testable import SakipServer
import Testing
import Vapor

/// The first national admin of an empty installation, made from the command line; everything else is web.
@Suite(.serialized) struct AdminAccountTests {
    @Test func anEmptyDatabase_getsItsAdmin_whoSignsIn_andSeesNoOffice() async throws {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, config: .testing)
            let made = try await AdminAccount.createOrReset(username: "admin.pusat", password: "Pusat-Sakip-2025!", on: app.db, hasher: app.password)
            #expect(made.created && made.problems.isEmpty)
            let admin = WebClient(app: app)
            #expect(try await admin.login("admin.pusat", password: "Pusat-Sakip-2025!").status == .seeOther)
            let offices = try await admin.get(SiteURL.offices.path)
            #expect(offices.status == .ok)
            #expect(offices.body.contains(SiteURL.newOffice.path))
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
    }

    @Test func aWeakPassword_orAnotherRolesName_isRefusedInIndonesian_andNothingIsSaved() async throws {
        try await withDemoApp { app in
            let weak = try await AdminAccount.createOrReset(username: "admin.baru", password: "pendek", on: app.db, hasher: app.password)
            #expect(!weak.created && weak.problems.contains { $0.hasPrefix("Kata sandi:") })
            let taken = try await AdminAccount.createOrReset(username: "operator.asahan", password: "Pusat-Sakip-2025!", on: app.db, hasher: app.password)
            #expect(taken.problems == ["Nama pengguna operator.asahan sudah dipakai akun lain yang bukan admin nasional."])
            let operatorClient = WebClient(app: app)
            #expect(try await operatorClient.login("operator.asahan").status == .seeOther)
            #expect(try await UserModel.query(on: app.db).filter(\.$username == "admin.baru").count() == 0)
        }
    }

    @Test func runningItAgain_setsANewPassword_andEndsTheOldSessions() async throws {
        try await withDemoApp { app in
            let admin = WebClient(app: app)
            #expect(try await admin.login("admin").status == .seeOther)
            let reset = try await AdminAccount.createOrReset(username: "admin", password: "Baru-Sakip-2025!", on: app.db, hasher: app.password)
            #expect(!reset.created && reset.problems.isEmpty)
            #expect(try await admin.get(SiteURL.users.path).status != .ok)
            let again = WebClient(app: app)
            #expect(try await again.login("admin").status != .seeOther)
            #expect(try await again.login("admin", password: "Baru-Sakip-2025!").status == .seeOther)
        }
    }
}
