/// More ballots of an item destroyed than the sorting table found damaged or in surplus for it. The item is
/// matched by name (ignoring case and spaces); an item the sorting table does not name is not checked.
public struct DestructionSurplusCheck: ReviewCheck {
    public let code = "LOGIC-DESTRUCTION-SURPLUS"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.logic
    public let summary = "Surat suara yang dimusnahkan tidak melebihi yang rusak ditambah kelebihan kirim jenis yang sama pada hasil penyortiran."

    public init() {}

    static let table = "Pemusnahan surat suara"

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics else { return [] }
        // Rows of the same item add up; the finding sits on the last of them.
        var groups: [String: [Int]] = [:]
        var order: [String] = []
        for (i, row) in logistics.destruction.enumerated() {
            let key = LogisticsItems.key(row.item)
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(i)
        }
        return order.compactMap { key in
            let indices = groups[key]!
            let last = logistics.destruction[indices.last!]
            let sorted = LogisticsItems.sortingRows(of: last.item, in: logistics)
            guard !sorted.isEmpty else { return nil }
            let destroyed = indices.reduce(0) { $0 + logistics.destruction[$1].count }
            let damaged = sorted.reduce(0) { $0 + $1.row.damaged }
            let surplus = sorted.reduce(0) { $0 + $1.row.surplus }
            guard destroyed > damaged + surplus else { return nil }
            return finding(ReviewPlace(table: Self.table, row: last.item, field: "jumlah", path: "$.logistics.destruction[\(indices.last!)].count"),
                           "\(Self.table), \(last.item): dimusnahkan \(IndonesianFormat.count(destroyed)) lembar, melebihi yang rusak \(IndonesianFormat.count(damaged)) ditambah kelebihan kirim \(IndonesianFormat.count(surplus)) pada hasil penyortiran (\(IndonesianFormat.count(damaged + surplus))).",
                           expected: "paling banyak \(IndonesianFormat.count(damaged + surplus))", found: IndonesianFormat.count(destroyed))
        }
    }
}
