import Foundation

/// A revision of the DIPA: numbered, dated, with the total after it. Number 0 is the original DIPA, which a
/// document may list without a date; every later revision is dated.
public struct DIPARevision: Hashable, Sendable {
    public var number: Int
    public var label: String?
    /// The DIPA number or letter.
    public var reference: String?
    /// Nil only for an original DIPA printed without a date.
    public var date: CalendarDate?
    public var total: Decimal?
    public var note: String?

    public init(number: Int, label: String? = nil, reference: String? = nil, date: CalendarDate?, total: Decimal? = nil, note: String? = nil) {
        self.number = number
        self.label = label
        self.reference = reference
        self.date = date
        self.total = total
        self.note = note
    }

    /// "DIPA Awal", "Revisi 3", or the label as written.
    public var name: String { label ?? (number == 0 ? "DIPA Awal" : "Revisi \(number)") }
}

/// A revision whose number or date is out of order.
public struct RevisionOrderProblem: Hashable, Sendable, CustomStringConvertible {
    public var revision: DIPARevision
    public var previous: DIPARevision
    public var description: String
}

extension Array where Element == DIPARevision {
    /// Revisions whose numbers do not increase, or whose dates fall before the revision they follow.
    public var orderProblems: [RevisionOrderProblem] {
        let sorted = self.sorted { $0.number < $1.number }
        var problems: [RevisionOrderProblem] = []
        for (previous, revision) in zip(sorted, sorted.dropFirst()) {
            if revision.number == previous.number {
                problems.append(RevisionOrderProblem(revision: revision, previous: previous,
                    description: "nomor revisi \(revision.number) tercatat dua kali"))
            } else if let date = revision.date, let before = previous.date, date.isSurelyBefore(before) {
                problems.append(RevisionOrderProblem(revision: revision, previous: previous,
                    description: "\(revision.name) bertanggal \(IndonesianDate.format(date)), sebelum \(previous.name) yang direvisinya (\(IndonesianDate.format(before)))"))
            }
        }
        return problems
    }

    /// The latest revision by number.
    public var latest: DIPARevision? { self.max { $0.number < $1.number } }

    /// How many revisions after the original DIPA.
    public var revisionCount: Int { filter { $0.number > 0 }.count }
}
