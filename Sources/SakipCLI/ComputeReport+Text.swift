import Foundation
import SakipCore

extension ComputeReport {
    /// The report as text tables, in Indonesian.
    func text() -> String {
        var sections = [header(), measurementSection()]
        if !comparison.years.isEmpty || comparison.finalYear != nil { sections.append(comparisonSection()) }
        if !officeYear.budget.tree.lines.isEmpty { sections.append(budgetSection()) }
        let programs = officeYear.programBudgetComparison
        if programs.contains(where: { $0.agreed != nil }) { sections.append(programSection(programs)) }
        if !officeYear.budget.revisions.isEmpty { sections.append(revisionSection()) }
        if !officeYear.budget.history.isEmpty { sections.append(historySection()) }
        if !officeYear.budget.grants.isEmpty { sections.append(grantSection()) }
        sections += electionSections()
        let notes = warnings.map(\.detailedDescription) + rejections
        if !notes.isEmpty {
            sections.append("PERINGATAN DATA\n" + notes.map { "- \($0)" }.joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n")
    }

    private func header() -> String {
        var lines = ["\(officeYear.office.name.uppercased()) — TAHUN \(officeYear.year)"]
        lines.append("Kode satker: \(officeYear.office.code)")
        if let source = officeYear.source { lines.append("Sumber: \(source)") }
        return lines.joined(separator: "\n")
    }

    private func measurementSection() -> String {
        var out = ["PENGUKURAN KINERJA (dasar: \(basis))"]
        for (index, objective) in measurement.objectives.enumerated() {
            var table = TextTable([
                .init(title: "No", alignment: .right), .init(title: "Indikator", maxWidth: 56),
                .init(title: "Target", alignment: .right), .init(title: "Realisasi", alignment: .right),
                .init(title: "Capaian", alignment: .right), .init(title: "Kategori"),
            ])
            for (n, row) in objective.rows.enumerated() {
                let polarity = row.indicator.polarity == .higherIsBetter ? "" : " [\(row.indicator.polarity.label)]"
                table.add(["\(n + 1)", row.indicator.statement + polarity, row.target?.description ?? "-",
                           row.realisation?.description ?? "-", row.achievement.display, row.category ?? "-"])
            }
            let mean = objective.mean.map { "\(IndonesianFormat.percent($0)) (\(objective.category ?? "-"))" } ?? "tidak ada indikator terukur"
            out.append("""

            Sasaran \(index + 1): \(objective.objective.statement)
            \(table.render())
            Rata-rata capaian sasaran: \(mean)
            """)
        }
        out.append("")
        out.append("Capaian kantor (rata-rata sasaran): \(ComputeReport.percent(measurement.officeMean))\(measurement.officeCategory.map { " — \($0)" } ?? "")")
        out.append("Rata-rata seluruh indikator: \(ComputeReport.percent(measurement.indicatorMean))")
        let measured = measurement.rows.filter { $0.achievement.percent != nil }.count
        let counts = measurement.categoryCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.label)" }
        out.append("Indikator terukur: \(measured) dari \(measurement.rows.count)\(counts.isEmpty ? "" : " (\(counts.joined(separator: ", ")))")")
        let unmeasured = measurement.rows.filter { $0.achievement.percent == nil }
        for row in unmeasured {
            out.append("  \(row.indicator.id): \(row.achievement.display) — \(row.achievement.reason ?? "")")
        }
        out.append("Metode: \(measurement.averagingNote) Indikator semakin rendah semakin baik: \(measurement.settings.lowerIsBetterFormula.methodNote).")
        return out.joined(separator: "\n")
    }

    private func comparisonSection() -> String {
        var columns: [TextTable.Column] = [.init(title: "Indikator", maxWidth: 48)]
        columns += comparison.years.map { .init(title: "Capaian \($0)", alignment: .right) }
        columns += [.init(title: "Capaian \(comparison.currentYear)", alignment: .right)]
        let finalTitle = comparison.finalYear.map { "Target \($0)" } ?? "Target akhir"
        columns += [.init(title: finalTitle, alignment: .right), .init(title: "Capaian thd target akhir", alignment: .right)]
        var table = TextTable(columns)
        for row in comparison.rows {
            table.add([row.indicator.statement] + comparison.years.map { row.earlier[$0]?.display ?? "-" }
                      + [row.current.achievement.display, row.finalTarget?.description ?? "-", row.againstFinalTarget.display])
        }
        return "PERBANDINGAN DENGAN TAHUN SEBELUMNYA DAN TARGET AKHIR RENSTRA\n" + table.render()
    }

    private func budgetSection() -> String {
        var table = TextTable([
            .init(title: "Kode"), .init(title: "Uraian", maxWidth: 50), .init(title: "Pagu", alignment: .right),
            .init(title: "Realisasi", alignment: .right), .init(title: "Sisa", alignment: .right),
            .init(title: "Persen", alignment: .right),
        ])
        for (line, depth) in officeYear.budget.tree.flattened {
            let figures = line.figures
            table.add([String(repeating: "  ", count: depth) + line.code.short, line.name, ComputeReport.money(figures.pagu),
                       ComputeReport.money(figures.realisasi), ComputeReport.money(figures.sisa), ComputeReport.percent(figures.persen)])
        }
        let total = officeYear.budget.tree.total
        table.addRule()
        table.add(["", "JUMLAH", ComputeReport.money(total.pagu), ComputeReport.money(total.realisasi),
                   ComputeReport.money(total.sisa), ComputeReport.percent(total.persen)])
        var out = "REALISASI ANGGARAN \(officeYear.year) (induk = jumlah rinciannya)\n" + table.render()
        if let words = Terbilang.rupiah(total.pagu), let spent = Terbilang.rupiah(total.realisasi) {
            out += "\nPagu \(IndonesianFormat.rupiah(total.pagu)) (\(words)); realisasi \(IndonesianFormat.rupiah(total.realisasi)) (\(spent)), \(ComputeReport.percent(total.persen))."
        }
        return out
    }

    private func programSection(_ rows: [ProgramBudgetComparison]) -> String {
        var table = TextTable([
            .init(title: "Program", maxWidth: 50), .init(title: "Anggaran PK", alignment: .right),
            .init(title: "Pagu akhir", alignment: .right), .init(title: "Selisih", alignment: .right),
        ])
        for row in rows {
            table.add([row.name, row.agreed.map(ComputeReport.money) ?? "-", row.finalPagu.map(ComputeReport.money) ?? "-",
                       row.difference.map(ComputeReport.money) ?? "-"])
        }
        return "ANGGARAN PK DIBANDINGKAN PAGU AKHIR\n" + table.render()
    }

    private func revisionSection() -> String {
        var table = TextTable([.init(title: "No", alignment: .right), .init(title: "Revisi"), .init(title: "Tanggal"),
                               .init(title: "Pagu", alignment: .right)])
        for revision in officeYear.budget.revisions {
            table.add(["\(revision.number)", revision.name, IndonesianDate.format(revision.date),
                       revision.total.map(ComputeReport.money) ?? "-"])
        }
        var out = "REVISI DIPA (\(officeYear.budget.revisions.revisionCount) kali revisi)\n" + table.render()
        for problem in officeYear.budget.revisions.orderProblems { out += "\n! \(problem.description)" }
        return out
    }

    private func historySection() -> String {
        var table = TextTable([.init(title: "Tahun"), .init(title: "Pagu", alignment: .right),
                               .init(title: "Realisasi", alignment: .right), .init(title: "Persen", alignment: .right)])
        for entry in officeYear.budget.history.sorted(by: { $0.year < $1.year }) {
            table.add(["\(entry.year)", ComputeReport.money(entry.figures.pagu), ComputeReport.money(entry.figures.realisasi),
                       ComputeReport.percent(entry.figures.persen)])
        }
        return "PAGU DAN REALISASI ANGGARAN TAHUN-TAHUN SEBELUMNYA\n" + table.render()
    }

    private func grantSection() -> String {
        var out = ["HIBAH DAERAH (NPHD)"]
        for grant in officeYear.budget.grants {
            out.append("\(grant.name): \(IndonesianFormat.rupiah(grant.total))\(grant.agreement.map { " — \($0)" } ?? "")")
            for tranche in grant.tranches {
                out.append("  Tahap \(tranche.year): \(IndonesianFormat.rupiah(tranche.amount)) (\(ComputeReport.percent(grant.share(of: tranche))))")
            }
            if let figures = grant.figures {
                out.append("  Realisasi: \(IndonesianFormat.rupiah(figures.realisasi)) (\(ComputeReport.percent(figures.persen)))")
            }
        }
        return out.joined(separator: "\n")
    }
}
