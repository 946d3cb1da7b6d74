import Foundation

/// A total budget figure stated without a code that matches no total the file knows: the final pagu, the
/// original DIPA, the latest revision, or a PK's or the RKT's program total (Pagar Alam's "APBN murni
/// Rp 15.730.361.000" against a DIPA awal of Rp 16.835.003.000).
public struct ClaimBudgetTotalCheck: ReviewCheck {
    public let code = "CROSS-CLAIM-BUDGET-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Pagu dan realisasi total yang disebut di narasi sama dengan pagu akhir, DIPA awal, revisi terakhir, atau jumlah anggaran PK/RKT."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        let budget = year.budget
        guard let total = context.budgetTotal else { return [] }
        var known: [(Decimal, String)] = [(total.pagu, "pagu akhir")]
        if let original = budget.revisions.first(where: { $0.number == 0 })?.total { known.append((original, "DIPA awal")) }
        if let latest = budget.revisions.latest, let amount = latest.total { known.append((amount, latest.name)) }
        for agreement in year.agreements where !agreement.programs.isEmpty {
            known.append((agreement.programTotal, "anggaran \(ReviewContext.agreementLabel(agreement))"))
        }
        if let plan = year.annualPlan, !plan.programs.isEmpty {
            known.append((plan.programs.reduce(0) { $0 + $1.amount }, "anggaran RKT"))
        }
        return year.report.claims.enumerated().flatMap { index, claim -> [ReviewFinding] in
            guard claim.budgetCode == nil, claim.indicatorId == nil else { return [] }
            var out: [ReviewFinding] = []
            let row = claim.label ?? "Jumlah"
            if let pagu = claim.pagu, !known.contains(where: { $0.0 == pagu }) {
                let expected = uniqueAmounts(known).map { "\(ReviewText.rupiah($0.0)) (\($0.1))" }.joined(separator: " atau ")
                out.append(finding(ReviewPlace(table: claim.location, row: row, field: "pagu", path: "$.report.claims[\(index)].pagu"),
                                   "Pagu tertulis \(ReviewText.rupiah(pagu)), tidak sama dengan pagu mana pun dalam data: \(expected).",
                                   expected: expected, found: ReviewText.rupiah(pagu)))
            }
            if let realisasi = claim.realisasi, realisasi != total.realisasi {
                out.append(finding(ReviewPlace(table: claim.location, row: row, field: "realisasi", path: "$.report.claims[\(index)].realisasi"),
                                   "Realisasi tertulis \(ReviewText.rupiah(realisasi)), padahal jumlah realisasi tabel anggaran \(ReviewText.rupiah(total.realisasi)).",
                                   expected: ReviewText.rupiah(total.realisasi), found: ReviewText.rupiah(realisasi)))
            }
            return out
        }
    }

    private func uniqueAmounts(_ amounts: [(Decimal, String)]) -> [(Decimal, String)] {
        var seen = Set<Decimal>()
        return amounts.filter { seen.insert($0.0).inserted }
    }
}
