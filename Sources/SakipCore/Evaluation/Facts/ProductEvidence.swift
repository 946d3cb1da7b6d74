/// A document e-SAKIP holds, linked to a criterion automatically, with the reason shown beside it.
public struct ProductEvidence: Hashable, Sendable {
    public var kind: ProductDocumentKind
    public var year: Int
    /// Distinguishes documents of one kind and year ("ketua-r1", "revisi").
    public var key: String?
    /// "PK Ketua 2024".
    public var label: String
    /// "ditandatangani 9 Januari 2024 oleh …".
    public var reason: String

    public init(kind: ProductDocumentKind, year: Int, key: String? = nil, label: String, reason: String) {
        self.kind = kind
        self.year = year
        self.key = key
        self.label = label
        self.reason = reason
    }

    /// The evidence as an answer keeps it.
    public var reference: EvidenceReference { .product(kind, year: year, key: key, label: label) }
}

/// Links the documents the product holds to the criteria that name their kind.
public enum EvidenceLinker {
    /// The documents for each criterion id of the version (criteria without any are left out).
    public static func links(_ version: LKEVersion, facts: EvaluationFacts) -> [String: [ProductEvidence]] {
        var byKind: [ProductDocumentKind: [ProductEvidence]] = [:]
        for kind in ProductDocumentKind.allCases { byKind[kind] = documents(kind, facts) }
        var result: [String: [ProductEvidence]] = [:]
        for criterion in version.criteria {
            let found = criterion.productEvidence.flatMap { byKind[$0] ?? [] }
            if !found.isEmpty { result[criterion.id] = found }
        }
        return result
    }

    /// The documents of one kind the facts show.
    public static func documents(_ kind: ProductDocumentKind, _ facts: EvaluationFacts) -> [ProductEvidence] {
        let year = facts.year
        switch kind {
        case .renstra:
            guard let renstra = facts.renstra else { return [] }
            let detail = renstra.decree ?? "periode \(renstra.startYear)–\(renstra.endYear)"
            return [ProductEvidence(kind: kind, year: renstra.startYear, label: "Renstra \(renstra.startYear)–\(renstra.endYear)",
                                    reason: renstra.targetCount > 0 ? "\(detail); target tahunan \(renstra.targetCount) indikator" : "\(detail); belum memuat target tahunan indikator")]
        case .rkt:
            guard facts.annualPlanRows > 0 else { return [] }
            return [ProductEvidence(kind: kind, year: year, label: "RKT \(year)", reason: "\(facts.annualPlanRows) indikator dengan target tahunan")]
        case .pk:
            return facts.agreements.map { pk in
                let signed = pk.signedOn.map { "ditandatangani \(IndonesianDate.format($0))" + (pk.signatory.map { " oleh \($0)" } ?? "") }
                    ?? "belum bertanggal tanda tangan"
                let current = pk.isCurrent && pk.revision > 0 ? "; revisi terakhir" : ""
                return ProductEvidence(kind: kind, year: year, key: "\(pk.level.rawValue)-r\(pk.revision)", label: "\(pk.label) \(year)",
                                       reason: "\(signed); \(pk.rowCount) indikator\(current)")
            }
        case .rak:
            guard facts.actionPlanIndicators > 0 else { return [] }
            return [ProductEvidence(kind: kind, year: year, label: "RAK \(year)",
                                    reason: "target triwulanan untuk \(facts.actionPlanIndicators) dari \(facts.pkIndicators) indikator PK")]
        case .realisations:
            guard facts.quarters.contains(where: { $0.filled > 0 }) else { return [] }
            let detail = facts.quarters.map { "\($0.quarter.name): \($0.filled) dari \(facts.pkIndicators) indikator" }
            return [ProductEvidence(kind: kind, year: year, label: "Realisasi triwulanan \(year)", reason: detail.joined(separator: "; "))]
        case .lkj:
            guard facts.report.indicators > 0 else { return [] }
            return [ProductEvidence(kind: kind, year: year, label: "LKj \(year)", reason: lkjReason(facts))]
        case .dipa:
            return dipa(facts)
        case .previousLHE:
            guard let previous = facts.previous else { return [] }
            let score = previous.total.map { "nilai \(LKEScore.text($0))" + (previous.predikat.map { " (\($0.code))" } ?? "") }
                ?? "belum dinilai"
            return [ProductEvidence(kind: kind, year: previous.year, label: previous.lheLabel, reason: score)]
        case .followUp:
            guard let previous = facts.previous else { return [] }
            let status = FollowUpStatus(previous.recommendations, on: facts.asOf)
            return [ProductEvidence(kind: kind, year: previous.year, label: "Tindak lanjut LHE \(previous.year)",
                                    reason: "\(status.done) dari \(status.total) rekomendasi selesai; \(status.overdue.count) melewati target waktu")]
        }
    }

    private static func lkjReason(_ facts: EvaluationFacts) -> String {
        var parts = [facts.lkj.finalisedOn.map { "difinalkan \(IndonesianDate.format($0))" } ?? "belum difinalkan"]
        if let reviewed = facts.lkj.submission?.reviewedOn { parts.append("direviu \(IndonesianDate.format(reviewed))") }
        if let submitted = facts.lkj.submission?.submittedOn {
            let deadline = facts.lkj.submission?.deadline.map { " (batas waktu \(IndonesianDate.format($0)))" } ?? ""
            parts.append("disampaikan \(IndonesianDate.format(submitted))\(deadline)")
        }
        return parts.joined(separator: "; ")
    }

    private static func dipa(_ facts: EvaluationFacts) -> [ProductEvidence] {
        guard let budget = facts.budget else { return [] }
        let persen = BudgetFigures(pagu: budget.pagu, realisasi: budget.realisasi).persen.map { " (\(IndonesianFormat.percent($0)))" } ?? ""
        var documents = [ProductEvidence(kind: .dipa, year: facts.year, label: "DIPA \(facts.year)",
                                         reason: "pagu \(IndonesianFormat.rupiah(budget.pagu)), realisasi \(IndonesianFormat.rupiah(budget.realisasi))\(persen)")]
        if let latest = budget.revisions.latest, budget.revisions.revisionCount > 0 {
            documents.append(ProductEvidence(kind: .dipa, year: facts.year, key: "revisi", label: "Revisi DIPA \(facts.year)",
                                             reason: "\(budget.revisions.revisionCount) revisi; terakhir \(latest.name) tanggal \(IndonesianDate.format(latest.date))"))
        }
        return documents
    }
}
