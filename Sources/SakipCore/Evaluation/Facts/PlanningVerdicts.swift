/// Verdicts on the planning documents (component 1): Renstra, RKT, PK, RAK, DIPA.
enum PlanningVerdicts {
    static func renstra(_ facts: EvaluationFacts) -> RuleVerdict {
        guard let renstra = facts.renstra else { return RuleVerdict(false, "Renstra belum tercatat di e-SAKIP.") }
        let period = "\(renstra.startYear)–\(renstra.endYear)"
        guard (renstra.startYear...max(renstra.startYear, renstra.endYear)).contains(facts.year) else {
            return RuleVerdict(false, "Renstra yang tercatat (\(period)) tidak mencakup tahun \(facts.year).")
        }
        let decree = renstra.decree.map { " (\($0))" } ?? ""
        let targets = renstra.targetCount > 0 ? "memuat target tahunan \(renstra.targetCount) indikator"
            : "belum memuat target tahunan indikator"
        return RuleVerdict(true, "Renstra \(period)\(decree) tercatat di e-SAKIP dan \(targets).")
    }

    static func shortTermPlan(_ facts: EvaluationFacts) -> RuleVerdict {
        let agreements = facts.currentAgreements
        var missing: [String] = []
        if facts.annualPlanRows == 0 { missing.append("RKT \(facts.year)") }
        if agreements.isEmpty { missing.append("PK \(facts.year)") }
        guard missing.isEmpty else { return RuleVerdict(false, "\(VerdictText.list(missing)) belum tercatat di e-SAKIP.") }
        let documents = ["RKT \(facts.year) (\(facts.annualPlanRows) indikator)"] + agreements.map(\.label)
        return RuleVerdict(true, "\(VerdictText.list(documents)) tercatat di e-SAKIP.")
    }

    static func actionPlan(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard facts.pkIndicators > 0 else { return nil }
        let coverage = "\(facts.actionPlanIndicators) dari \(facts.pkIndicators) indikator PK"
        if facts.actionPlanIndicators == facts.pkIndicators {
            return RuleVerdict(true, "RAK \(facts.year) menetapkan target triwulanan untuk \(coverage).")
        }
        if facts.actionPlanIndicators == 0 {
            return RuleVerdict(false, "RAK \(facts.year) belum tercatat di e-SAKIP (\(coverage) memiliki target triwulanan).")
        }
        return RuleVerdict(false, "RAK \(facts.year) baru menetapkan target triwulanan untuk \(coverage).")
    }

    static func budget(_ facts: EvaluationFacts) -> RuleVerdict {
        guard let budget = facts.budget else { return RuleVerdict(false, "DIPA \(facts.year) belum tercatat di e-SAKIP.") }
        let revisions = budget.revisions.revisionCount
        let revised = revisions > 0 ? " setelah \(revisions) revisi" : ""
        return RuleVerdict(true, "DIPA \(facts.year) tercatat di e-SAKIP dengan pagu \(IndonesianFormat.rupiah(budget.pagu))\(revised).")
    }

    static func agreementSigned(_ facts: EvaluationFacts) -> RuleVerdict {
        let agreements = facts.currentAgreements
        guard !agreements.isEmpty else { return RuleVerdict(false, "PK \(facts.year) belum tercatat di e-SAKIP.") }
        let signed = agreements.filter { $0.signedOn != nil }.map { pk in
            "\(pk.label) ditandatangani \(pk.signedOn.map(IndonesianDate.format) ?? "")" + (pk.signatory.map { " oleh \($0)" } ?? "")
        }
        let unsigned = agreements.filter { $0.signedOn == nil }.map(\.label)
        guard unsigned.isEmpty else {
            let rest = signed.isEmpty ? "" : " " + signed.joined(separator: "; ") + "."
            return RuleVerdict(false, "\(VerdictText.list(unsigned)) belum bertanggal tanda tangan.\(rest)")
        }
        return RuleVerdict(true, signed.joined(separator: "; ") + ".")
    }
}
