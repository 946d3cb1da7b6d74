import ArgumentParser

/// `sakip`: the e-SAKIP KPU command line.
public struct SakipCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sakip",
        abstract: "e-SAKIP KPU: perencanaan, pengukuran dan pelaporan kinerja kantor KPU.",
        subcommands: [ServeCommand.self, DemoCommand.self, MigrateCommand.self, ComputeCommand.self, AchievementCommand.self,
                      ReviewCommand.self, ReportCommand.self, BackupCommand.self, RestoreCommand.self, CreateAdminCommand.self,
                      SummariesCommand.self]
    )

    public init() {}

    /// Entry point of the `sakip` executable; runs the asynchronous subcommands (serve, demo, migrate).
    public static func launch() async {
        await main() as Void
    }
}
