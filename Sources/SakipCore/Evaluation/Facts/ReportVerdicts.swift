/// Verdicts on the LKj: composed, finalised, reviewed, on time, and what its BAB III compares.
enum ReportVerdicts {
    static func prepared(_ facts: EvaluationFacts) -> RuleVerdict {
        let count = facts.report.indicators
        guard count > 0 else { return RuleVerdict(false, "LKj \(facts.year) belum dapat disusun: belum ada indikator yang diukur.") }
        return RuleVerdict(true, "LKj \(facts.year) tersusun dari data e-SAKIP dengan \(count) indikator kinerja yang diukur.")
    }

    static func finalised(_ facts: EvaluationFacts) -> RuleVerdict {
        guard let date = facts.lkj.finalisedOn else {
            return RuleVerdict(false, "LKj \(facts.year) belum difinalkan (belum bertanggal dan bertanda tangan).")
        }
        let signatory = facts.lkj.signatory.map { " dan ditandatangani \($0)" } ?? ""
        return RuleVerdict(true, "LKj \(facts.year) difinalkan pada \(IndonesianDate.format(date))\(signatory).")
    }

    static func reviewed(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard let date = facts.lkj.submission?.reviewedOn else { return nil }
        let report = facts.lkj.submission?.reviewReference.map { " (\($0))" } ?? ""
        return RuleVerdict(true, "LKj \(facts.year) telah direviu pada \(IndonesianDate.format(date))\(report).")
    }

    static func onTime(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard let submission = facts.lkj.submission, let deadline = submission.deadline else { return nil }
        let limit = IndonesianDate.format(deadline)
        guard let submitted = submission.submittedOn else {
            return facts.asOf > deadline ? RuleVerdict(false, "LKj \(facts.year) belum disampaikan, padahal batas waktu \(limit) telah lewat.") : nil
        }
        let on = IndonesianDate.format(submitted)
        return submitted <= deadline
            ? RuleVerdict(true, "LKj \(facts.year) disampaikan pada \(on), tidak melewati batas waktu \(limit).")
            : RuleVerdict(false, "LKj \(facts.year) disampaikan pada \(on), setelah batas waktu \(limit).")
    }

    static func annualTarget(_ facts: EvaluationFacts) -> RuleVerdict {
        let content = facts.report
        guard content.indicators > 0 else { return RuleVerdict(false, "LKj belum memuat indikator yang diukur.") }
        if content.comparedWithTarget == content.indicators {
            return RuleVerdict(true, "LKj membandingkan realisasi dengan target tahunan untuk seluruh \(content.indicators) indikator (tabel pengukuran kinerja BAB III).")
        }
        let missing = content.indicators - content.comparedWithTarget
        return RuleVerdict(false, "LKj baru membandingkan realisasi dengan target tahunan untuk \(content.comparedWithTarget) dari \(content.indicators) indikator; \(missing) indikator belum memiliki realisasi atau target yang sesuai.")
    }

    static func mediumTerm(_ facts: EvaluationFacts) -> RuleVerdict {
        let content = facts.report
        guard content.withMediumTermTarget > 0 else {
            return RuleVerdict(false, "Renstra yang tercatat tidak memuat target indikator yang diukur, sehingga LKj belum membandingkan realisasi dengan target jangka menengah.")
        }
        let final = content.renstraFinalYear.map { " (\($0))" } ?? ""
        return RuleVerdict(true, "LKj membandingkan realisasi dengan target akhir Renstra\(final) untuk \(content.withMediumTermTarget) dari \(content.indicators) indikator.")
    }

    static func earlierYears(_ facts: EvaluationFacts) -> RuleVerdict {
        let content = facts.report
        guard content.withEarlierYears > 0 else {
            return RuleVerdict(false, "Capaian tahun-tahun sebelumnya belum tercatat, sehingga LKj belum membandingkan realisasi dengan tahun sebelumnya.")
        }
        let years = VerdictText.list(content.earlierYears.map(String.init))
        return RuleVerdict(true, "LKj membandingkan capaian dengan tahun \(years) untuk \(content.withEarlierYears) dari \(content.indicators) indikator.")
    }

    static func explains(_ facts: EvaluationFacts) -> RuleVerdict {
        let content = facts.report
        guard content.withAnalysis > 0 else {
            return RuleVerdict(false, "LKj belum memuat analisis upaya, kendala dan solusi per indikator.")
        }
        return RuleVerdict(true, "LKj memuat upaya, kendala dan/atau solusi untuk \(content.withAnalysis) dari \(content.indicators) indikator.")
    }

    static func budgetEfficiency(_ facts: EvaluationFacts) -> RuleVerdict {
        guard let budget = facts.budget else {
            return RuleVerdict(false, "DIPA belum tercatat, sehingga LKj belum menyajikan efisiensi penggunaan anggaran.")
        }
        let persen = BudgetFigures(pagu: budget.pagu, realisasi: budget.realisasi).persen.map { " (\(IndonesianFormat.percent($0)))" } ?? ""
        return RuleVerdict(true, "LKj menyajikan realisasi anggaran \(IndonesianFormat.rupiah(budget.realisasi)) dari pagu \(IndonesianFormat.rupiah(budget.pagu))\(persen) di samping capaian kinerja.")
    }
}

/// Verdicts on last year's follow-up.
enum FollowUpVerdicts {
    static func previousComplete(_ facts: EvaluationFacts) -> RuleVerdict? {
        guard let previous = facts.previous else { return nil }
        let recommendations = previous.recommendations
        guard !recommendations.isEmpty else {
            return RuleVerdict(true, "LHE \(previous.year) tidak memuat rekomendasi yang harus ditindaklanjuti.")
        }
        let status = FollowUpStatus(recommendations, on: facts.asOf)
        if status.isComplete {
            return RuleVerdict(true, "Seluruh \(status.total) rekomendasi LHE \(previous.year) telah ditindaklanjuti dan diverifikasi evaluator.")
        }
        let pending = recommendations.filter { $0.state != .done }.map { "\($0.id) (\($0.state.label.lowercased()))" }
        return RuleVerdict(false, "\(status.done) dari \(status.total) rekomendasi LHE \(previous.year) selesai; belum selesai: \(VerdictText.list(pending)).")
    }
}
