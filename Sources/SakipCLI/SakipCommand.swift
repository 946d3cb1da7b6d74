import ArgumentParser

/// `sakip`: the e-SAKIP KPU command line.
public struct SakipCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sakip",
        abstract: "e-SAKIP KPU: perencanaan, pengukuran dan pelaporan kinerja kantor KPU.",
        subcommands: [ServeCommand.self, DemoCommand.self, MigrateCommand.self, ComputeCommand.self, AchievementCommand.self]
    )

    public init() {}
}
