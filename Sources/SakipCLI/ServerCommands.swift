import ArgumentParser
import Foundation
import SakipServer
import Vapor

/// Starts an application with the environment's settings; arguments are ours, not Vapor's.
func makeApplication(config: AppConfig? = nil) async throws -> Application {
    let app = try await Application.make(Environment(name: "production", arguments: ["sakip"]))
    // Migration chatter at info level buries the demo accounts; LOG_LEVEL brings it back.
    app.logger.logLevel = Environment.get("LOG_LEVEL").flatMap(Logger.Level.init(rawValue:)) ?? .warning
    do {
        try await SakipServer.configure(app, config: try config ?? AppConfig.fromEnvironment())
    } catch let error as ConfigError {
        try await app.asyncShutdown()
        printError(error.description)
        throw ExitCode(2)
    }
    return app
}

private func serve(_ app: Application, hostname: String, port: Int) async throws {
    app.http.server.configuration.hostname = hostname
    app.http.server.configuration.port = port
    do {
        try await app.execute()
    } catch {
        try await app.asyncShutdown()
        throw error
    }
    try await app.asyncShutdown()
}

/// `sakip serve`: the web application.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "serve", abstract: "Menjalankan aplikasi web.")

    @ArgumentParser.Option(help: "Alamat yang didengarkan.") var hostname = "127.0.0.1"
    @ArgumentParser.Option(help: "Port.") var port = 8080

    func run() async throws {
        let app = try await makeApplication()
        try await serve(app, hostname: hostname, port: port)
    }
}

/// `sakip migrate`: brings the database schema up to date and exits.
struct MigrateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "migrate", abstract: "Memperbarui skema basis data lalu keluar.")

    func run() async throws {
        let app = try await makeApplication()
        try await app.asyncShutdown()
        print("Skema basis data sudah mutakhir.")
    }
}

/// `sakip demo`: loads the three reference offices and one account per role, then serves.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo",
        abstract: "Memuat data demo (Asahan, Pematangsiantar, Pagar Alam) dan akun demo, lalu menjalankan aplikasi web."
    )

    @ArgumentParser.Option(help: "Port.") var port = 8080
    @ArgumentParser.Option(help: "Alamat yang didengarkan.") var hostname = "127.0.0.1"
    @ArgumentParser.Flag(help: "Hanya memuat data, tanpa menjalankan aplikasi web.") var noServe = false
    @ArgumentParser.Flag(help: "Juga memuat data nasional: 553 satker (KPU RI, 38 KPU Provinsi, 514 KPU Kab/Kota) tahun 2020–2024.")
    var national = false

    func run() async throws {
        let app = try await makeApplication()
        var accounts: [DemoData.Account]
        var report: NationalDemoData.Report?
        do {
            accounts = try await DemoData.load(on: app.db, hasher: app.password)
            if national {
                print("Memuat data nasional (553 satker × 2020–2024)…")
                report = try await NationalDemoData.load(on: app.db, hasher: app.password)
            }
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        print("Data demo dimuat: KPU Kabupaten Asahan, KPU Kota Pematangsiantar, KPU Kota Pagar Alam (tahun 2024).")
        if let report {
            print(String(format: "Data nasional dimuat dalam %.1f detik: ", report.seconds)
                  + "\(report.offices) satker baru, \(report.officeYears) office-year baru (\(report.officeYearsKept) yang sudah ada dibiarkan), "
                  + "\(report.submissions) pengajuan, \(report.events) transisi, \(report.notes) catatan, \(report.versions) versi beku, "
                  + "\(report.decisions) pemetaan katalog.")
            accounts += report.accounts
        }
        print("Akun demo (kata sandi semuanya \"\(accounts.first?.password ?? "")\"):")
        for account in accounts {
            print("  \(account.username.padding(toLength: 26, withPad: " ", startingAt: 0)) \(account.role.label) — \(account.office)")
        }
        if noServe {
            try await app.asyncShutdown()
            return
        }
        print("Buka http://\(hostname):\(port)/ di peramban.")
        try await serve(app, hostname: hostname, port: port)
    }
}

/// `sakip create-admin NAME`: the first national admin of a new installation, the password read from standard
/// input so that it is neither in the shell's history nor in the process list.
struct CreateAdminCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-admin",
        abstract: "Membuat akun admin nasional (atau mengganti kata sandinya); kata sandi dibaca dari masukan standar."
    )

    @ArgumentParser.Argument(help: "Nama pengguna admin, misalnya admin.pusat.") var username: String

    func run() async throws {
        guard let password = readLine(strippingNewline: true), !password.isEmpty else {
            printError("Kata sandi tidak terbaca: tuliskan kata sandi pada masukan standar, misalnya\n  printf '%s\\n' \"$KATA_SANDI\" | sakip create-admin \(username)")
            throw ExitCode(2)
        }
        let app = try await makeApplication()
        let outcome: (created: Bool, problems: [String])
        do {
            outcome = try await AdminAccount.createOrReset(username: username, password: password, on: app.db, hasher: app.password)
        } catch {
            try await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        guard outcome.problems.isEmpty else {
            printError("Akun admin tidak dibuat:\n" + outcome.problems.map { "- \($0)" }.joined(separator: "\n"))
            throw ExitCode(2)
        }
        print(outcome.created ? "Akun admin nasional \(username) dibuat. Masuk di peramban, lalu tambahkan kantor dan akunnya di menu Admin."
                              : "Kata sandi admin nasional \(username) diganti; sesi lamanya diakhiri.")
    }
}
