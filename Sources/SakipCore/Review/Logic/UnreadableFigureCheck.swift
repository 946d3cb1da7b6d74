import Foundation

/// A printed figure that cannot be read ("99.08%%", "abc", a stray unit): the reader keeps it as typed and the
/// review reports it at its place, so that no figure a document prints disappears unnoticed.
public struct UnreadableFigureCheck: ReviewCheck {
    public let code = "LOGIC-UNREADABLE"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Setiap angka yang tercetak dapat dibaca (target, realisasi, capaian, persen, sisa, pagu); yang tidak dapat dibaca dilaporkan di tempatnya, tidak dibuang."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        var out: [ReviewFinding] = []
        func value(_ value: MeasureValue?, _ id: String, _ table: String, _ field: String, _ path: String) {
            guard case .unreadable(let text)? = value else { return }
            out.append(unreadable(text, as: "nilai", ReviewPlace(table: table, row: context.indicatorLabel(id), field: field, path: path)))
        }
        func percent(_ text: String?, _ place: ReviewPlace, allowingGrade: Bool = false) {
            guard let text, Self.isUnreadablePercent(text, allowingGrade: allowingGrade) else { return }
            out.append(unreadable(text, as: "persentase", place))
        }
        func amounts(_ unreadable: [String: String], _ table: String, _ row: String?, _ base: String, printed: Bool) {
            for key in ["pagu", "realisasi", "sisa"] {
                guard let text = unreadable[key] else { continue }
                let path = key == "sisa" && printed ? "\(base).printed.sisa" : "\(base).\(key)"
                out.append(self.unreadable(text, as: "jumlah rupiah", ReviewPlace(table: table, row: row, field: key, path: path)))
            }
        }
        for (i, row) in year.measurement.rows.enumerated() {
            value(row.target, row.indicatorId, "Tabel pengukuran kinerja", "target", "$.measurement.rows[\(i)].target")
            value(row.realisation, row.indicatorId, "Tabel pengukuran kinerja", "realisasi", "$.measurement.rows[\(i)].realisation")
            percent(row.printedCapaian, ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(row.indicatorId),
                                                    field: "capaian", path: "$.measurement.rows[\(i)].printed.capaian"), allowingGrade: true)
        }
        percent(year.measurement.printedOfficeCapaian, ReviewPlace(table: "Tabel pengukuran kinerja", row: "Capaian kantor", field: "capaian",
                                                                   path: "$.measurement.printed.officeCapaian"))
        for (a, agreement) in year.agreements.enumerated() {
            for (r, row) in agreement.rows.enumerated() {
                value(row.statedTarget, row.indicatorId, ReviewContext.agreementLabel(agreement), "target", "$.agreements[\(a)].rows[\(r)].target")
            }
        }
        for (r, row) in (year.annualPlan?.rows ?? []).enumerated() {
            value(row.statedTarget, row.indicatorId, "RKT", "target", "$.rkt.rows[\(r)].target")
        }
        for (r, row) in year.actionPlan.enumerated() {
            for (q, quarter) in row.quarters.enumerated() {
                value(quarter, row.indicatorId, "Rencana Aksi Kinerja", "target Triwulan \(q + 1)", "$.actionPlan[\(r)].quarters[\(q)]")
            }
        }
        for (r, entry) in year.realisations.enumerated() {
            value(entry.value, entry.indicatorId, "Realisasi triwulanan", "realisasi \(entry.quarter.name)", "$.realisations[\(r)].value")
        }
        for (t, series) in (year.renstra?.targets ?? []).enumerated() {
            for (y, target) in series.byYear.sorted(by: { $0.key < $1.key }) {
                value(target, series.indicatorId, "Target Renstra", "target \(y)", "$.renstra.targets[\(t)].byYear.\(y)")
            }
        }
        for (h, entry) in year.indicatorHistory.enumerated() {
            let table = "Riwayat capaian tahun \(entry.year)"
            value(entry.target, entry.indicatorId, table, "target", "$.indicatorHistory[\(h)].target")
            value(entry.realisation, entry.indicatorId, table, "realisasi", "$.indicatorHistory[\(h)].realisation")
            value(entry.statedCapaian, entry.indicatorId, table, "capaian", "$.indicatorHistory[\(h)].capaian")
        }
        for located in context.locatedBudgetLines {
            let line = located.line
            let row = "\(line.code.full) \(line.name)"
            amounts(line.printed.unreadable, ReviewContext.budgetTable, row, located.path, printed: true)
            percent(line.printed.persen, ReviewPlace(table: ReviewContext.budgetTable, row: row, field: "persen", path: "\(located.path).printed.persen"))
        }
        let total = year.budget.printedTotal
        amounts(total.unreadable, ReviewContext.budgetTable, "Jumlah", "$.budget.printedTotal", printed: false)
        percent(total.persen, ReviewPlace(table: ReviewContext.budgetTable, row: "Jumlah", field: "persen", path: "$.budget.printedTotal.persen"))
        for (index, entry) in year.budget.history.enumerated() {
            percent(entry.printedPersen, ReviewPlace(table: "Riwayat anggaran", row: "Tahun \(entry.year)", field: "persen",
                                                     path: "$.budget.history[\(index)].printedPersen"))
        }
        for (index, claim) in year.report.claims.enumerated() {
            let row = claim.label ?? claim.indicatorId.map(context.indicatorLabel) ?? claim.budgetCode?.full
            amounts(claim.unreadable, claim.location, row, "$.report.claims[\(index)]", printed: false)
            percent(claim.persen, ReviewPlace(table: claim.location, row: row, field: "persen", path: "$.report.claims[\(index)].persen"))
            percent(claim.capaian, ReviewPlace(table: claim.location, row: row, field: "capaian", path: "$.report.claims[\(index)].capaian"),
                    allowingGrade: true)
            for (field, key, text) in [("target", "target", claim.target), ("realisasi", "realisation", claim.realisation)] {
                guard let text, (try? MeasureValue.parse(text)) == nil else { continue }
                out.append(unreadable(text, as: "nilai", ReviewPlace(table: claim.location, row: row, field: field,
                                                                      path: "$.report.claims[\(index)].\(key)")))
            }
        }
        for stated in context.statedEfficiencyPercents where PrintedComparison.compareFigure(stated.printed, with: stated.exact) == nil {
            guard !Self.isBlank(stated.printed) else { continue }
            out.append(unreadable(stated.printed, as: "persentase", stated.place))
        }
        return out
    }

    private func unreadable(_ text: String, as kind: String, _ place: ReviewPlace) -> ReviewFinding {
        finding(place, "Angka tertulis \(ReviewText.quoted(text)) tidak dapat dibaca sebagai \(kind); periksa penulisannya di dokumen.",
                expected: kind, found: text)
    }

    /// A printed percentage that is neither a number, nor "-"/N/A, nor (where a capaian may be written so and
    /// another check reports it) a grade.
    static func isUnreadablePercent(_ text: String, allowingGrade: Bool) -> Bool {
        if PrintedFigure.percent(text) != nil || isBlank(text) { return false }
        guard let parsed = try? MeasureValue.parse(text) else { return true }
        switch parsed {
        case .notApplicable: return false
        case .grade: return !allowingGrade
        default: return true
        }
    }

    /// "-", "Rp-", "N/A": nothing printed.
    static func isBlank(_ text: String) -> Bool {
        let body = text.lowercased().replacingOccurrences(of: "rp", with: "").filter { !$0.isWhitespace && $0 != "." }
        return ["", "-", "–", "—", "n/a", "na"].contains(body)
    }
}
