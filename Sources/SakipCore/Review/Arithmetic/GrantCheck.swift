import Foundation

/// A regional grant whose tranches exceed its total or whose stated shares do not match their amounts.
public struct GrantCheck: ReviewCheck {
    public let code = "ARITH-GRANT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Tahap hibah (NPHD) tidak melebihi nilai hibah dan persentase tiap tahap sesuai nilainya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.budget.grants.enumerated().flatMap { index, grant -> [ReviewFinding] in
            var out: [ReviewFinding] = []
            if grant.paid > grant.total {
                out.append(finding(ReviewPlace(table: "Hibah", row: grant.name, field: "tahap", path: "$.budget.grants[\(index)].tranches"),
                                   "Jumlah tahap hibah \(ReviewText.rupiah(grant.paid)) melebihi nilai hibah \(ReviewText.rupiah(grant.total)).",
                                   expected: "paling banyak \(ReviewText.rupiah(grant.total))", found: ReviewText.rupiah(grant.paid)))
            }
            for (n, tranche) in grant.tranches.enumerated() {
                guard let stated = tranche.statedPercent, let share = grant.share(of: tranche) else { continue }
                let digits = max(0, -stated.exponent)
                guard share.roundedHalfUp(scale: digits) != stated else { continue }
                out.append(finding(ReviewPlace(table: "Hibah", row: "\(grant.name), tahap \(tranche.year)", field: "persen",
                                               path: "$.budget.grants[\(index)].tranches[\(n)].percent"),
                                   "Tahap \(tranche.year) tertulis \(IndonesianFormat.plain(stated)) %, padahal \(ReviewText.rupiah(tranche.amount)) / \(ReviewText.rupiah(grant.total)) × 100 = \(ReviewText.percent(share)).",
                                   expected: ReviewText.percent(share), found: "\(IndonesianFormat.plain(stated)) %"))
            }
            return out
        }
    }
}
