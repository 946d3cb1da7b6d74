import Foundation

/// The DPT recap's printed total line (villages, TPS, L, P, L+P) equals the sum of its rows.
public struct DPTTotalCheck: ReviewCheck {
    public let code = "ARITH-DPT-TOTAL"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Baris jumlah rekapitulasi DPT (desa/kelurahan, TPS, L, P, L+P) sama dengan jumlah baris-barisnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.elections.enumerated().flatMap { e, event -> [ReviewFinding] in
            guard let stated = event.dpt.statedTotal, !event.dpt.rows.isEmpty else { return [] }
            let dpt = event.dpt
            let hasVillages = dpt.rows.allSatisfy { $0.villageCount != nil || !$0.subareas.isEmpty }
            let pairs: [(String, String, Int?, Int?)] = [
                ("villages", "desa/kelurahan", stated.villageCount, hasVillages ? dpt.villageCount : nil),
                ("tps", "TPS", stated.tps, dpt.tps),
                ("male", "pemilih laki-laki", stated.male, dpt.voters.male),
                ("female", "pemilih perempuan", stated.female, dpt.voters.female),
                ("total", "pemilih L+P", stated.total, dpt.voters.total),
            ]
            return pairs.compactMap { key, noun, printed, sum in
                guard let printed, let sum, printed != sum else { return nil }
                let table = "\(dpt.location ?? "Rekapitulasi DPT") \(event.name)"
                return finding(ReviewPlace(table: table, row: "Jumlah", field: noun, path: "$.elections[\(e)].dpt.total.\(key)"),
                               "\(table): jumlah \(noun) tertulis \(IndonesianFormat.count(printed)), padahal jumlah baris-barisnya \(IndonesianFormat.count(sum)).",
                               expected: IndonesianFormat.count(sum), found: IndonesianFormat.count(printed))
            }
        }
    }
}
