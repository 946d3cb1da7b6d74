/// The TPS the distribution table serves agree with the DPT recap: per kecamatan when the distribution
/// rows name their kecamatan, and in total.
public struct DistributionTPSCheck: ReviewCheck {
    public let code = "CROSS-DISTRIBUTION-TPS"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Jumlah TPS pada distribusi logistik sama dengan jumlah TPS pada rekapitulasi DPT, per kecamatan dan seluruhnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        guard let logistics = year.logistics, !logistics.distribution.isEmpty,
              let e = year.elections.firstIndex(where: { logistics.eventId == nil || $0.id == logistics.eventId }) else { return [] }
        let event = year.elections[e]
        guard !event.dpt.rows.isEmpty else { return [] }
        let table = "\(event.dpt.location ?? "Rekapitulasi DPT") \(event.name)"
        var out: [ReviewFinding] = []
        let byDistrict = Dictionary(grouping: logistics.distribution.filter { $0.district != nil }, by: { $0.district!.lowercased() })
        var mismatchedRow = false
        for (i, row) in event.dpt.rows.enumerated() {
            guard let served = byDistrict[row.area.lowercased()] else { continue }
            let tps = served.reduce(0) { $0 + $1.tps }
            guard tps != row.tps else { continue }
            mismatchedRow = true
            out.append(finding(ReviewPlace(table: table, row: row.area, field: "jumlah TPS", path: "$.elections[\(e)].dpt.rows[\(i)].tps"),
                               "\(table), \(row.area): tertulis \(IndonesianFormat.count(row.tps)) TPS, padahal distribusi logistik ke \(served.count) kelurahannya melayani \(IndonesianFormat.count(tps)) TPS.",
                               expected: IndonesianFormat.count(tps), found: IndonesianFormat.count(row.tps)))
        }
        if !mismatchedRow, event.dpt.tps != logistics.distributedTPS {
            out.append(finding(ReviewPlace(table: table, row: "Jumlah", field: "jumlah TPS", path: "$.elections[\(e)].dpt.rows"),
                               "\(table): baris-baris DPT berjumlah \(IndonesianFormat.count(event.dpt.tps)) TPS, padahal distribusi logistik melayani \(IndonesianFormat.count(logistics.distributedTPS)) TPS.",
                               expected: IndonesianFormat.count(logistics.distributedTPS), found: IndonesianFormat.count(event.dpt.tps)))
        }
        return out
    }
}
