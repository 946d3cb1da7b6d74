/// In every DPT row (kecamatan or kelurahan), the printed L+P equals L + P.
public struct DPTRowCheck: ReviewCheck {
    public let code = "ARITH-DPT-ROW"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.arithmetic
    public let summary = "Pada setiap baris DPT, L+P yang tertulis sama dengan L + P; baris kecamatan sama dengan jumlah kelurahannya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        var out: [ReviewFinding] = []
        for (e, event) in context.officeYear.elections.enumerated() {
            let table = "\(event.dpt.location ?? "Rekapitulasi DPT") \(event.name)"
            func visit(_ row: DPTRow, _ path: String) {
                if let stated = row.statedTotal, stated != row.voters.total {
                    out.append(finding(ReviewPlace(table: table, row: row.area, field: "L+P", path: "\(path).total"),
                                       "\(table), \(row.area): L+P tertulis \(countText(stated)), padahal L \(countText(row.voters.male)) + P \(countText(row.voters.female)) = \(countText(row.voters.total)).",
                                       expected: countText(row.voters.total), found: countText(stated)))
                }
                if !row.subareas.isEmpty {
                    let voters = row.subareas.reduce(VoterCount.zero) { $0 + $1.voters }
                    let tps = row.subareas.reduce(0) { $0 + $1.tps }
                    if voters != row.voters || tps != row.tps {
                        out.append(finding(ReviewPlace(table: table, row: row.area, field: "jumlah kelurahan", path: path),
                                           "\(table), \(row.area): baris kecamatan (\(countText(row.tps)) TPS, \(countText(row.voters.total)) pemilih) tidak sama dengan jumlah kelurahannya (\(countText(tps)) TPS, \(countText(voters.total)) pemilih).",
                                           expected: "\(countText(tps)) TPS, \(countText(voters.total)) pemilih",
                                           found: "\(countText(row.tps)) TPS, \(countText(row.voters.total)) pemilih"))
                    }
                    for (j, sub) in row.subareas.enumerated() { visit(sub, "\(path).subareas[\(j)]") }
                }
            }
            for (i, row) in event.dpt.rows.enumerated() { visit(row, "$.elections[\(e)].dpt.rows[\(i)]") }
        }
        return out
    }
}
