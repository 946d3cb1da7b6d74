import ArgumentParser
import Foundation
import SakipCore

/// Writes a message for the user to standard error.
func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Reads an office-year file named on the command line; a file that does not read ends the command with
/// exit code 2 and the reader's located messages.
func readOfficeYearFile(_ path: String) throws -> OfficeYearReader.Result {
    do { return try OfficeYearReader.read(contentsOf: URL(fileURLWithPath: path)) } catch {
        printError("\(path): \(error.detailedDescription)")
        throw ExitCode(2)
    }
}
