import ArgumentParser
import Foundation
import SakipCLI
import SakipCore
import SakipDocuments
import ZIPFoundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// Everything computed from an accepted office-year: measurement, review, the file written and read back, the
/// `sakip compute` and `sakip review` outputs, and the documents, each of whose XML parts must open.
struct Downstream {
    func run(_ file: OfficeYear, cli: Bool, documents: Bool, table: Sheet.ID) -> [String] {
        var problems: [String] = []
        let result = file.measure()
        _ = result.rows.map { $0.achievement.display }
        _ = file.review().findings.map(\.message)
        let written = JSONWriter.write(OfficeYearWriter.value(file))
        do { _ = try OfficeYearReader.read(written) } catch {
            problems.append("written file does not read back: \(MessageCheck.clip(error.issues.first?.description ?? ""))")
        }
        if cli { problems += commandLine(Data(written.utf8)) }
        if documents { problems += self.documents(file) }
        _ = SheetEditor.text(Sheet.sheet(table, for: file), of: file)
        return problems
    }

    /// `sakip compute`, `sakip compute --json`, `sakip review` and `sakip review --json` on the file (their output
    /// goes to /dev/null in a worker).
    private func commandLine(_ json: Data) -> [String] {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-fuzz-\(getpid()).json")
        defer { try? FileManager.default.removeItem(at: path) }
        do { try json.write(to: path) } catch { return [] }
        var problems: [String] = []
        for arguments in [["compute", path.path], ["compute", "--json", path.path], ["review", path.path], ["review", "--json", path.path]] {
            do {
                var command = try SakipCommand.parseAsRoot(arguments)
                try command.run()
            } catch let exit as ExitCode {
                if exit.rawValue > 1 { problems.append("sakip \(arguments.joined(separator: " ")) exited with \(exit.rawValue) on a readable file") }
            } catch {
                problems.append("sakip \(arguments[0]): \(MessageCheck.clip("\(error)"))")
            }
        }
        return problems
    }

    private func documents(_ file: OfficeYear) -> [String] {
        var problems: [String] = []
        for kind in DocumentRenderer.Kind.allCases {
            for format in kind == .lkj ? [DocumentRenderer.Format.docx, .xlsx] : [.docx] {
                do {
                    let data = try DocumentRenderer.render(kind, file, format: format, reviewedOn: CalendarDate(year: 2025, month: 1, day: 31))
                    problems += Self.malformedParts(data).map { "\(kind.rawValue).\(format.rawValue): \($0)" }
                } catch let error as DocumentError {
                    if let problem = MessageCheck.problem(error.description) { problems.append("\(kind.rawValue).\(format.rawValue): \(problem)") }
                } catch {
                    problems.append("\(kind.rawValue).\(format.rawValue): \(MessageCheck.clip("\(error)"))")
                }
            }
        }
        return problems
    }

    /// XML parts of a package that do not parse.
    static func malformedParts(_ data: Data) -> [String] {
        guard let archive = try? Archive(data: data, accessMode: .read) else { return ["not a ZIP archive"] }
        var malformed: [String] = []
        for entry in archive where entry.path.hasSuffix(".xml") || entry.path.hasSuffix(".rels") {
            var bytes = Data()
            guard (try? archive.extract(entry, consumer: { bytes.append($0) })) != nil else { malformed.append(entry.path); continue }
            let parser = XMLParser(data: bytes)
            let errors = ParseErrors()
            parser.delegate = errors
            if !parser.parse() || errors.found { malformed.append("\(entry.path) (baris \(parser.lineNumber))") }
        }
        return malformed
    }

    private final class ParseErrors: NSObject, XMLParserDelegate {
        var found = false
        func parser(_ parser: XMLParser, parseErrorOccurred parseError: any Error) { found = true }
    }
}
