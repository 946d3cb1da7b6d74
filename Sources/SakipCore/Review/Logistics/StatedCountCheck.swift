/// A count the narrative states (DPT voters, TPS, boxes, bags, vehicles per leg) equals the table's.
public struct StatedCountCheck: ReviewCheck {
    public let code = "CROSS-STATED-COUNT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Jumlah pemilih, TPS, kotak, kantong atau kendaraan yang disebut di narasi sama dengan tabelnya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        var out: [ReviewFinding] = []
        for (e, event) in year.elections.enumerated() {
            for (i, claim) in event.claims.enumerated() {
                check(claim, path: "$.elections[\(e)].claims[\(i)].count", event: event, logistics: nil, into: &out)
            }
        }
        if let logistics = year.logistics {
            let event = year.elections.first { logistics.eventId == nil || $0.id == logistics.eventId }
            for (i, claim) in logistics.claims.enumerated() {
                check(claim, path: "$.logistics.claims[\(i)].count", event: event, logistics: logistics, into: &out)
            }
        }
        return out
    }

    private func check(_ claim: StatedCount, path: String, event: ElectionEvent?, logistics: Logistics?, into out: inout [ReviewFinding]) {
        let table: (value: Int, name: String)?
        switch claim.figure {
        case .dptVoters: table = event.flatMap { $0.dpt.rows.isEmpty ? nil : ($0.dpt.voters.total, "rekapitulasi DPT") }
        case .tps:
            if let event, !event.dpt.rows.isEmpty { table = (event.dpt.tps, "rekapitulasi DPT") }
            else { table = logistics.flatMap { $0.distribution.isEmpty ? nil : ($0.distributedTPS, "tabel distribusi logistik") } }
        case .boxes: table = logistics.flatMap { $0.distribution.isEmpty ? nil : ($0.distributedBoxes, "tabel distribusi logistik") }
        case .bags: table = logistics.flatMap { $0.distribution.isEmpty ? nil : ($0.distributedBags, "tabel distribusi logistik") }
        case .transportPPK: table = logistics.flatMap { $0.transport.isEmpty ? nil : ($0.transportPPK, "tabel moda transportasi") }
        case .transportPPS: table = logistics.flatMap { $0.transport.isEmpty ? nil : ($0.transportPPS, "tabel moda transportasi") }
        case .transportTPS: table = logistics.flatMap { $0.transport.isEmpty ? nil : ($0.transportTPS, "tabel moda transportasi") }
        }
        guard let table, table.value != claim.count else { return }
        out.append(finding(ReviewPlace(table: claim.location, row: claim.figure.label, field: "jumlah", path: path),
                           "\(claim.location): tertulis \(IndonesianFormat.count(claim.count)) \(claim.figure.label), padahal \(table.name) memuat \(IndonesianFormat.count(table.value)).",
                           expected: IndonesianFormat.count(table.value), found: IndonesianFormat.count(claim.count)))
    }
}
