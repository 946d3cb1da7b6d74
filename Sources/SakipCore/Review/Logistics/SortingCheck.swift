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
                           "Hasil penyortiran, \(row.item): baik \(IndonesianFormat.count(row.good)) + rusak \(IndonesianFormat.count(row.damaged)) = \(IndonesianFormat.count(sum)), \(side) jumlah yang diterima \(IndonesianFormat.count(row.received)).",
                           expected: IndonesianFormat.count(row.received), found: IndonesianFormat.count(sum))
        }
    }
}
