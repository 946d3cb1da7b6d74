/// The distribution table's printed total (TPS, boxes, bags) equals the sum of its rows.
public struct DistributionTotalCheck: ReviewCheck {
    public let code = "ARITH-DISTRIBUTION-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Baris jumlah tabel distribusi logistik (TPS, kotak suara, kantong) sama dengan jumlah baris-barisnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        guard let logistics = context.officeYear.logistics, let total = logistics.distributionTotal else { return [] }
        let pairs: [(String, String, Int?, Int)] = [
            ("tps", "TPS", total.tps, logistics.distributedTPS),
            ("boxes", "kotak suara", total.boxes, logistics.distributedBoxes),
            ("bags", "kantong logistik", total.bags, logistics.distributedBags),
        ]
        return pairs.compactMap { key, noun, printed, sum in
            guard let printed, printed != sum else { return nil }
            return finding(ReviewPlace(table: "Distribusi logistik ke TPS", row: "Jumlah", field: noun, path: "$.logistics.distributionTotal.\(key)"),
                           "Distribusi logistik ke TPS: jumlah \(noun) tertulis \(IndonesianFormat.count(printed)), padahal jumlah baris-barisnya \(IndonesianFormat.count(sum)).",
                           expected: IndonesianFormat.count(sum), found: IndonesianFormat.count(printed))
        }
    }
}
