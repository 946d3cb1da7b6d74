import Foundation
import SakipCore

/// The mutation score of several files, as the tool prints it.
public struct MutationSummary: Sendable {
    public var reports: [FileMutationReport]

    public init(reports: [FileMutationReport]) { self.reports = reports }

    public var material: Int { reports.map(\.material.count).reduce(0, +) }
    public var found: Int { reports.map(\.foundMaterial).reduce(0, +) }
    /// Found material mutants over material mutants, in percent; 100 when there are none.
    public var score: Decimal { material == 0 ? 100 : Decimal(found) / Decimal(material) * 100 }

    /// One line per file, the missed mutants, and the score.
    public func text(listMissed: Bool = true) -> String {
        var lines: [String] = []
        for report in reports {
            let material = report.material
            let atPlace = material.filter { $0.verdict == .atPlace || $0.verdict == .refusedAtPlace }.count
            let alternatives = material.filter { $0.verdict == .amongAlternatives }.count
            let minor = report.outcomes.filter { !$0.mutant.material }
            lines.append("\(report.file): \(report.outcomes.count) mutants, \(material.count) material, \(report.foundMaterial) found at their place"
                         + " (\(atPlace) as the culprit, \(alternatives) among the alternatives); \(minor.count) within rounding,"
                         + " \(minor.filter(\.found).count) of them reported anyway")
            if !report.baselineErrors.isEmpty {
                lines.append("  ! the file itself has \(report.baselineErrors.count) error-level findings: "
                             + report.baselineErrors.map { "\($0.code) \($0.place.path ?? "")" }.joined(separator: ", "))
            }
            if listMissed {
                for outcome in material where !outcome.found {
                    lines.append("  missed: \(outcome.mutant.site.path) [\(outcome.mutant.site.kind.rawValue), \(outcome.mutant.op.rawValue)] "
                                 + "\(outcome.mutant.change); \(outcome.verdict.rawValue)\(outcome.codes.isEmpty ? "" : ": " + outcome.codes.joined(separator: ", "))")
                }
            }
        }
        lines.append("Mutation score: \(found) of \(material) material mutants found at their place (\(IndonesianFormat.number(score, fractionDigits: 2)) %)")
        return lines.joined(separator: "\n")
    }
}
