/// Sorting accounts for every item received: good + damaged = received.
public struct SortingCheck: ReviewCheck {
    public let code = "ARITH-LOGISTICS-SORTING"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Pada hasil penyortiran logistik, baik + rusak sama dengan jumlah yang diterima."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics else { return [] }
        return logistics.sorting.enumerated().compactMap { i, row in
            guard !row.isReconciled else { return nil }
            let sum = row.good + row.damaged
            let side = sum > row.received ? "melebihi" : "kurang dari"
            return finding(ReviewPlace(table: "Hasil penyortiran logistik", row: row.item, field: "baik + rusak", path: "$.logistics.sorting[\(i)]"),
                           "Hasil penyortiran, \(row.item): baik \(countText(row.good)) + rusak \(countText(row.damaged)) = \(countText(sum)), \(side) jumlah yang diterima \(countText(row.received)).",
                           expected: countText(row.received), found: countText(sum))
        }
    }
}
