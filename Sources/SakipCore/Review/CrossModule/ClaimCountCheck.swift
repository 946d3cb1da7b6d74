/// A count the narrative states ("dari 32 indikator", "revisi sebanyak 15 kali") that matches nothing it
/// can count: indicators or sasaran of the PK or of the measurement table, or the DIPA revisions.
public struct ClaimCountCheck: ReviewCheck {
    public let code = "CROSS-CLAIM-COUNT"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.crossModule
    public let summary = "Jumlah indikator, sasaran atau revisi yang disebut di narasi sesuai dengan datanya."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        // An excerpt does not hold everything a count counts; staff counts have a check of their own.
        guard !year.partial else { return [] }
        return year.report.claims.enumerated().compactMap { index, claim in
            guard let count = claim.count, let countOf = claim.countOf, countOf != .staff else { return nil }
            let accepted = acceptedCounts(countOf, context)
            guard !accepted.isEmpty, !accepted.contains(where: { $0.value == count }) else { return nil }
            let expected = accepted.map { "\($0.value) (\($0.what))" }.joined(separator: " atau ")
            return finding(ReviewPlace(table: claim.location, row: claim.label, field: "jumlah", path: "$.report.claims[\(index)].count"),
                           "Tertulis \(count) \(noun(countOf)), padahal datanya memuat \(expected).",
                           expected: expected, found: "\(count)")
        }
    }

    private func noun(_ countOf: Claim.CountOf) -> String {
        switch countOf {
        case .indicators: "indikator"
        case .objectives: "sasaran"
        case .revisions: "revisi"
        case .staff: "pegawai"
        }
    }

    /// The counts a claim may mean, with what each counts.
    private func acceptedCounts(_ countOf: Claim.CountOf, _ context: ReviewContext) -> [(value: Int, what: String)] {
        let year = context.officeYear
        let pk = context.governing?.agreement
        let label = pk.map(ReviewContext.agreementLabel) ?? "PK"
        var out: [(Int, String)] = []
        switch countOf {
        case .indicators:
            if let pk { out.append((Set(pk.rows.map(\.indicatorId)).count, "indikator \(label)")) }
            if !year.measurement.rows.isEmpty { out.append((Set(year.measurement.rows.map(\.indicatorId)).count, "indikator di tabel pengukuran")) }
        case .objectives:
            if let pk { out.append((Set(pk.rows.compactMap(\.objectiveId)).count, "sasaran \(label)")) }
            if !year.measurement.rows.isEmpty { out.append((context.measurement.objectives.count, "sasaran di tabel pengukuran")) }
        case .revisions:
            if !year.budget.revisions.isEmpty { out.append((year.budget.revisions.revisionCount, "revisi di daftar revisi DIPA")) }
        case .staff:
            break
        }
        // The same number counted two ways is said once.
        var seen = Set<Int>()
        return out.filter { seen.insert($0.0).inserted }
    }
}
