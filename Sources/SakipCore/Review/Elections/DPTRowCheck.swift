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
                                       "\(table), \(row.area): L+P tertulis \(IndonesianFormat.count(stated)), padahal L \(IndonesianFormat.count(row.voters.male)) + P \(IndonesianFormat.count(row.voters.female)) = \(IndonesianFormat.count(row.voters.total)).",
                                       expected: IndonesianFormat.count(row.voters.total), found: IndonesianFormat.count(stated)))
                }
                if !row.subareas.isEmpty {
                    let voters = row.subareas.reduce(VoterCount.zero) { $0 + $1.voters }
                    let tps = row.subareas.reduce(0) { $0 + $1.tps }
                    if voters != row.voters || tps != row.tps {
                        out.append(finding(ReviewPlace(table: table, row: row.area, field: "jumlah kelurahan", path: path),
                                           "\(table), \(row.area): baris kecamatan (\(IndonesianFormat.count(row.tps)) TPS, \(IndonesianFormat.count(row.voters.total)) pemilih) tidak sama dengan jumlah kelurahannya (\(IndonesianFormat.count(tps)) TPS, \(IndonesianFormat.count(voters.total)) pemilih).",
                                           expected: "\(IndonesianFormat.count(tps)) TPS, \(IndonesianFormat.count(voters.total)) pemilih",
                                           found: "\(IndonesianFormat.count(row.tps)) TPS, \(IndonesianFormat.count(row.voters.total)) pemilih"))
                    }
                    for (j, sub) in row.subareas.enumerated() { visit(sub, "\(path).subareas[\(j)]") }
                }
            }
            for (i, row) in event.dpt.rows.enumerated() { visit(row, "$.elections[\(e)].dpt.rows[\(i)]") }
        }
        return out
    }
}
