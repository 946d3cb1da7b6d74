/// An item's needed volume (the needs table) differs from what the sorting table says was ordered. The item
/// is matched by name (ignoring case and spaces); an item the sorting table does not name is not checked.
public struct NeedsSortingCheck: ReviewCheck {
    public let code = "CROSS-NEEDS-SORTING"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.crossModule
    public let summary = "Volume kebutuhan setiap jenis logistik sama dengan jumlah yang dipesan pada hasil penyortiran."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics else { return [] }
        return logistics.needs.enumerated().compactMap { i, need in
            let sorted = LogisticsItems.sortingRows(of: need.item, in: logistics)
            guard !sorted.isEmpty else { return nil }
            let ordered = sorted.reduce(0) { $0 + $1.row.ordered }
            guard ordered != need.quantity else { return nil }
            return finding(ReviewPlace(table: NeedsTotalCheck.table, row: need.item, field: "volume", path: "$.logistics.needs[\(i)].quantity"),
                           "\(NeedsTotalCheck.table), \(need.item): kebutuhan tertulis \(IndonesianFormat.count(need.quantity)), padahal hasil penyortiran mencatat \(IndonesianFormat.count(ordered)) dipesan.",
                           expected: IndonesianFormat.count(ordered), found: IndonesianFormat.count(need.quantity))
        }
    }
}
