/// DIPA revisions whose dates do not follow their numbers (Pagar Alam "Revisi 1" dated 13 Februari 2023,
/// before the DIPA of 24 November 2023 it revises), or a number used twice.
public struct RevisionOrderCheck: ReviewCheck {
    public let code = "CHRON-REVISION-ORDER"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.chronology
    public let summary = "Revisi DIPA bernomor unik dan tanggalnya tidak mendahului revisi sebelumnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let revisions = context.officeYear.budget.revisions
        return revisions.orderProblems.map { problem in
            let index = revisions.firstIndex(of: problem.revision) ?? 0
            return finding(ReviewPlace(table: "Revisi DIPA", row: problem.revision.name, field: "tanggal", path: "$.budget.revisions[\(index)].date"),
                           "\(problem.description.prefix(1).uppercased())\(problem.description.dropFirst()).",
                           expected: "pada atau setelah \(IndonesianDate.format(problem.previous.date))",
                           found: IndonesianDate.format(problem.revision.date))
        }
    }
}
