/// Verdicts on measurement: the RAK's monitoring and quarterly realisations.
enum MeasurementVerdicts {
    /// Quarters whose realisations do not cover every PK indicator.
    private static func incomplete(_ facts: EvaluationFacts) -> [EvaluationFacts.QuarterFact] {
        facts.quarters.filter { $0.filled < facts.pkIndicators }
    }

    static func everyQuarter(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard facts.pkIndicators > 0, !facts.quarters.isEmpty else { return nil }
        let span = VerdictText.quarters(facts.quarters.map(\.quarter))
        let gaps = incomplete(facts)
        if gaps.isEmpty {
            return RuleVerdict(true, "Realisasi \(span) tercatat untuk seluruh \(facts.pkIndicators) indikator PK.")
        }
        if facts.quarters.allSatisfy({ $0.filled == 0 }) {
            return RuleVerdict(false, "Belum ada realisasi triwulanan yang tercatat di e-SAKIP untuk \(facts.pkIndicators) indikator PK (\(span)).")
        }
        let detail = gaps.map { "\($0.quarter.name) terisi \($0.filled) dari \(facts.pkIndicators) indikator" }
        return RuleVerdict(false, "Realisasi triwulanan belum lengkap: \(VerdictText.list(detail)).")
    }

    static func actionPlanMonitored(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard facts.pkIndicators > 0 else { return nil }
        guard facts.actionPlanIndicators > 0 else {
            return RuleVerdict(false, "RAK \(facts.year) belum tercatat, sehingga pemantauannya tidak terlihat di e-SAKIP.")
        }
        let gaps = incomplete(facts)
        guard gaps.isEmpty else {
            return RuleVerdict(false, "Capaian RAK belum dipantau setiap triwulan: realisasi \(VerdictText.list(gaps.map(\.quarter.name))) belum lengkap.")
        }
        return RuleVerdict(true, "Capaian \(facts.actionPlanIndicators) indikator RAK dipantau setiap triwulan (\(VerdictText.quarters(facts.quarters.map(\.quarter))) terisi).")
    }

    static func withApplication(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard facts.pkIndicators > 0 else { return nil }
        let entries = facts.quarters.reduce(0) { $0 + $1.filled }
        guard entries > 0 else { return RuleVerdict(false, "Belum ada realisasi yang dicatat di aplikasi e-SAKIP KPU.") }
        return RuleVerdict(true, "Realisasi triwulanan dicatat dan capaian dihitung di aplikasi e-SAKIP KPU (\(entries) isian realisasi indikator PK).")
    }
}
