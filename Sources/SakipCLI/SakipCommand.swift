import ArgumentParser

/// `sakip`: the e-SAKIP KPU command line.
public struct SakipCommand: ParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "sakip",
        abstract: "e-SAKIP KPU: perencanaan, pengukuran dan pelaporan kinerja kantor KPU.",
        subcommands: [ComputeCommand.self, AchievementCommand.self]
    )

    public init() {}
}
