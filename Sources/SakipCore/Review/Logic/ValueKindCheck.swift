import Foundation

/// A target, realisation or capaian of the wrong kind for its indicator: a grade indicator given
/// "100 %", an index given "B", "B" for Opini BPK (WTP/WDP/TW/TMP), a capaian written as a grade.
public struct ValueKindCheck: ReviewCheck {
    public let code = "LOGIC-VALUE-KIND"
    public let severity = ReviewSeverity.error
    public let category = ReviewCategory.logic
    public let summary = "Target, realisasi dan capaian sesuai jenis indikatornya (persentase, jumlah, indeks, nilai/grade); capaian selalu persentase."

    public init() {}

    /// A value to check, where it is written.
    private struct Written {
        var indicatorId: String
        var value: MeasureValue
        var place: ReviewPlace
    }

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        var written: [Written] = []
        func add(_ id: String, _ value: MeasureValue?, _ table: String, _ field: String, _ path: String) {
            guard let value else { return }
            written.append(Written(indicatorId: id, value: value,
                                   place: ReviewPlace(table: table, row: context.indicatorLabel(id), field: field, path: path)))
        }
        for (i, row) in year.measurement.rows.enumerated() {
            add(row.indicatorId, row.target, "Tabel pengukuran kinerja", "target", "$.measurement.rows[\(i)].target")
            add(row.indicatorId, row.realisation, "Tabel pengukuran kinerja", "realisasi", "$.measurement.rows[\(i)].realisation")
        }
        for (a, agreement) in year.agreements.enumerated() {
            for (r, row) in agreement.rows.enumerated() {
                add(row.indicatorId, row.target, ReviewContext.agreementLabel(agreement), "target", "$.agreements[\(a)].rows[\(r)].target")
            }
        }
        for (r, row) in (year.annualPlan?.rows ?? []).enumerated() {
            add(row.indicatorId, row.target, "RKT", "target", "$.rkt.rows[\(r)].target")
        }
        for (r, row) in year.actionPlan.enumerated() {
            for quarter in Quarter.allCases {
                add(row.indicatorId, row.target(for: quarter), "Rencana Aksi Kinerja", "target \(quarter.name)",
                    "$.actionPlan[\(r)].quarters[\(quarter.rawValue - 1)]")
            }
        }
        for (r, entry) in year.realisations.enumerated() {
            add(entry.indicatorId, entry.value, "Realisasi triwulanan", "realisasi \(entry.quarter.name)", "$.realisations[\(r)].value")
        }
        for (t, series) in (year.renstra?.targets ?? []).enumerated() {
            for (y, value) in series.byYear.sorted(by: { $0.key < $1.key }) {
                add(series.indicatorId, value, "Target Renstra", "target \(y)", "$.renstra.targets[\(t)].byYear.\(y)")
            }
        }
        for (h, entry) in year.indicatorHistory.enumerated() {
            add(entry.indicatorId, entry.target, "Riwayat capaian tahun \(entry.year)", "target", "$.indicatorHistory[\(h)].target")
            add(entry.indicatorId, entry.realisation, "Riwayat capaian tahun \(entry.year)", "realisasi", "$.indicatorHistory[\(h)].realisation")
        }
        var out = written.compactMap { item -> ReviewFinding? in
            guard let indicator = year.indicator(item.indicatorId) else { return nil }
            return check(item.value, written: item.value.description, indicator: indicator, place: item.place)
        }
        out += claimProblems(context)
        out += capaianAsGrade(context)
        return out
    }

    /// A finding when the value does not fit the indicator's kind, with the reason the core gives.
    private func check(_ value: MeasureValue, written: String, indicator: Indicator, place: ReviewPlace) -> ReviewFinding? {
        // Text that is no value at all is ``UnreadableFigureCheck``'s finding.
        guard !value.isUnreadable else { return nil }
        do throws(ValueParseError) {
            _ = try indicator.reading(of: value)
            return nil
        } catch {
            return finding(place, "Nilai \(ReviewText.quoted(written)) \(error.reason).",
                           expected: indicator.kindDescription, found: written)
        }
    }

    /// The same for a value written as text in a claim; text that is no value at all is ``UnreadableFigureCheck``'s.
    private func check(_ text: String, indicator: Indicator, place: ReviewPlace) -> ReviewFinding? {
        guard let value = try? MeasureValue.parse(text) else { return nil }
        return check(value, written: text, indicator: indicator, place: place)
    }

    /// Targets and realisations stated in claims, as written.
    private func claimProblems(_ context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.report.claims.enumerated().flatMap { index, claim -> [ReviewFinding] in
            guard let id = claim.indicatorId, let indicator = context.officeYear.indicator(id) else { return [] }
            return [("target", claim.target), ("realisasi", claim.realisation)].compactMap { field, text in
                guard let text else { return nil }
                let place = ReviewPlace(table: claim.location, row: context.indicatorLabel(id), field: field,
                                        path: "$.report.claims[\(index)].\(field == "target" ? "target" : "realisation")")
                return check(text, indicator: indicator, place: place)
            }
        }
    }

    /// A capaian must be a percentage; a grade in its place ("B") is a grade/percentage mix.
    private func capaianAsGrade(_ context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        var out: [ReviewFinding] = []
        func flag(_ id: String, _ text: String, _ place: ReviewPlace) {
            guard case .grade? = try? MeasureValue.parse(text) else { return }
            out.append(finding(place, "Capaian ditulis sebagai nilai \(ReviewText.quoted(text)); capaian adalah persentase (nilai yang mencapai target = 100 %).",
                               expected: "persentase", found: text))
        }
        for (i, row) in year.measurement.rows.enumerated() {
            if let printed = row.printedCapaian {
                flag(row.indicatorId, printed, ReviewPlace(table: "Tabel pengukuran kinerja", row: context.indicatorLabel(row.indicatorId),
                                                           field: "capaian", path: "$.measurement.rows[\(i)].printed.capaian"))
            }
        }
        for (i, claim) in year.report.claims.enumerated() {
            if let printed = claim.capaian, let id = claim.indicatorId {
                flag(id, printed, ReviewPlace(table: claim.location, row: context.indicatorLabel(id), field: "capaian",
                                              path: "$.report.claims[\(i)].capaian"))
            }
        }
        for (h, entry) in year.indicatorHistory.enumerated() {
            if let stated = entry.statedCapaian {
                flag(entry.indicatorId, stated.description, ReviewPlace(table: "Riwayat capaian tahun \(entry.year)",
                                                                        row: context.indicatorLabel(entry.indicatorId), field: "capaian",
                                                                        path: "$.indicatorHistory[\(h)].capaian"))
            }
        }
        return out
    }
}
