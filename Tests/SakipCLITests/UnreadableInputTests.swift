import ArgumentParser
import Foundation
import Testing
@testable import SakipCLI

/// A file that once stopped `sakip compute` and `sakip review` with exit code 132 (a Renstra ending before it
/// starts, issue 11) now ends them with exit code 2 and the reader's located message.
@Suite struct UnreadableInputTests {
    static func file(replacing old: String, with new: String) throws -> String {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("Fixtures/seeds/asahan-2024.json")
        let text = try String(contentsOf: seed, encoding: .utf8)
        #expect(text.contains(old))
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-\(UUID().uuidString).json")
        try text.replacingOccurrences(of: old, with: new).write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    static func exitCode(_ arguments: [String]) throws -> Int32 {
        var command = try SakipCommand.parseAsRoot(arguments)
        do {
            try command.run()
            return 0
        } catch let exit as ExitCode {
            return exit.rawValue
        }
    }

    @Test(arguments: ["compute", "review"])
    func aRenstraEndingBeforeItStarts_exitsWith2(command: String) throws {
        let path = try Self.file(replacing: "\"endYear\": 2024", with: "\"endYear\": 2019")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.exitCode([command, path]) == 2)
    }

    @Test(arguments: ["compute", "review"])
    func aNegativePagu_exitsWith2(command: String) throws {
        let path = try Self.file(replacing: "\"pagu\": 81023066000", with: "\"pagu\": -5")
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try Self.exitCode([command, path]) == 2)
    }
}
