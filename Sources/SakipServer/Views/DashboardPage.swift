import Foundation
import SakipCore

/// The office-year dashboard: capaian per sasaran and indicator, budget absorption, what is missing, comments.
struct DashboardPage {
    struct Comment: Hashable {
        var author: String
        var role: String
        var subject: String
        var text: String
        var date: String
    }

    struct AgreementStatus {
        var level: PerformanceAgreement.Level
        var revision: Int
        var text: String
    }

    var office: Office
    var year: Int
    var years: [Int]
    var result: MeasurementResult
    var programs: [(code: BudgetCode, name: String, figures: BudgetFigures)]
    var activities: [(code: BudgetCode, name: String, figures: BudgetFigures)]
    var total: BudgetFigures
    var monthly: [MonthlyAbsorption] = []
    var review = ReviewReport(findings: [])
    var missing: [MissingRealisation]
    var referenceQuarter: Quarter
    var agreements: [AgreementStatus]
    var comments: [Comment]
    var access: Access
    /// The steps of the year, shown instead of the charts while the year has no PK.
    var checklist: SetupChecklistView?

    var title: String { Self.title(officeName: office.name, year: year) }

    /// "KPU Kabupaten Asahan 2024": known before the page is built (its body may be kept).
    static func title(officeName: String, year: Int) -> String { "\(officeName) \(year)" }

    func body(csrf: String) -> Node {
        let code = office.code
        return .div(
            .class("dashboard"),
            .h1(.text("\(office.name) — Tahun \(year)")),
            OfficeYearTabs(office: code, year: year, current: .dashboard(office: code, year: year)).node(),
            .if(years.count > 1, .p(.class("years"), .text("Tahun lain: "),
                .forEach(years.filter { $0 != year }) { .a(.href(SiteURL.dashboard(office: code, year: $0).path), .text("\($0) ")) })),
            .unwrap(checklist) { checklist in
                .group(checklist.node(),
                       .if(!review.findings.isEmpty, reviewSection()),
                       .h2(.text("Komentar")),
                       commentSection(csrf: csrf))
            },
            .if(checklist == nil, analysis(csrf: csrf))
        )
    }

    /// Capaian, budget, review, what is missing and comments: the dashboard of a year with a PK.
    private func analysis(csrf: String) -> Node {
        .group(
            summary(),
            .forEach(agreements) { status in .p(.class("status"), .text("\(status.level.label) revisi \(status.revision): \(status.text)")) },
            .h2(.text("Capaian kinerja")),
            BarChart(title: "Capaian per indikator", bars: result.rows.map { row in
                .init(label: row.indicator.statement, value: row.achievement.percent, caption: row.achievement.display,
                      tone: BarChart.tone(for: row.category))
            }).node(),
            .forEach(Array(result.objectives.enumerated())) { index, objective in objectiveTable(index + 1, objective) },
            .p(.class("method"), .text(result.averagingNote + " Rumus indikator semakin rendah semakin baik: " + result.settings.lowerIsBetterFormula.methodNote + ".")),
            .h2(.text("Penyerapan anggaran")),
            budgetTable(title: "Per program", rows: programs),
            BarChart(title: "Penyerapan per program", bars: programs.map { row in
                .init(label: row.name, value: row.figures.persen, caption: percent(row.figures.persen), tone: "budget")
            }).node(),
            budgetTable(title: "Per kegiatan", rows: activities),
            .if(!monthly.isEmpty, monthlySection()),
            reviewSection(),
            .h2(.text("Yang belum lengkap (sampai \(referenceQuarter.name))")),
            missingList(),
            .h2(.text("Komentar")),
            commentSection(csrf: csrf)
        )
    }

    private func summary() -> Node {
        let measured = result.rows.filter { $0.achievement.percent != nil }.count
        return .div(
            .class("summary"),
            card("Capaian kantor", percent(result.officeMean), result.officeCategory ?? "belum terukur"),
            card("Indikator terukur", "\(measured) dari \(result.rows.count)",
                 result.categoryCounts.filter { $0.count > 0 }.map { "\($0.count) \($0.label)" }.joined(separator: ", ")),
            card("Realisasi anggaran", percent(total.persen),
                 "\(IndonesianFormat.rupiah(total.realisasi)) dari \(IndonesianFormat.rupiah(total.pagu))")
        )
    }

    private func card(_ label: String, _ value: String, _ note: String) -> Node {
        .div(.class("card"), .span(.class("label"), .text(label)), .strong(.text(value)), .span(.class("note"), .text(note)))
    }

    private func objectiveTable(_ number: Int, _ objective: ObjectiveAchievement) -> Node {
        .table(
            .class("measure"),
            .caption(.text("Sasaran \(number): \(objective.objective.statement)")),
            .thead(.tr(.th(.text("Indikator")), .th(.text("Target")), .th(.text("Realisasi")), .th(.text("Capaian")), .th(.text("Kategori")))),
            .tbody(
                .forEach(objective.rows) { row in
                    .tr(
                        .td(.text(row.indicator.statement),
                            .if(row.indicator.polarity != .higherIsBetter, .span(.class("hint"), .text(" (\(row.indicator.polarity.label))")))),
                        .td(.class("num"), .text(row.target?.description ?? "-")),
                        .td(.class("num"), .text(row.realisation?.description ?? "-")),
                        .td(.class("num"), .attribute(named: "title", value: row.achievement.reason ?? ""), .text(row.achievement.display)),
                        .td(.class("cat \(BarChart.tone(for: row.category))"), .text(row.category ?? (row.achievement.reason ?? "-")))
                    )
                },
                .tr(.class("mean"), .td(.text("Rata-rata sasaran")), .td(), .td(),
                    .td(.class("num"), .text(percent(objective.mean))), .td(.text(objective.category ?? "-")))
            )
        )
    }

    /// The automatic review: what must be fixed before the PK is signed or the LKj leaves the office.
    private func reviewSection() -> Node {
        .div(
            .id("reviu"),
            .h2(.text("Reviu otomatis")),
            .p(.class(review.blockingFindings.isEmpty ? "hint" : "error"),
               .text(review.findings.isEmpty ? "Tidak ada temuan: angka-angka konsisten."
                     : "\(review.count(.error)) kesalahan, \(review.count(.warning)) peringatan, \(review.count(.note)) catatan."
                       + (review.blockingFindings.isEmpty ? "" : " \(review.blockingFindings.count) kesalahan pada data harus diperbaiki sebelum PK ditandatangani.")
                       + (review.findings.contains { $0.concernsStatedFigure }
                          ? " Temuan pada angka tertulis (capaian tercetak, klaim narasi) menyangkut dokumen yang diimpor; dokumen yang dibuat aplikasi mengambil angka dari data." : ""))),
            FindingsList(findings: review.findings).node()
        )
    }

    /// The cumulative absorption month by month, from the recorded monthly realisation.
    private func monthlySection() -> Node {
        .div(
            BarChart(title: "Penyerapan kumulatif per bulan", bars: monthly.map { month in
                .init(label: IndonesianDate.monthNames[month.month - 1], value: month.percent, caption: percent(month.percent), tone: "budget")
            }).node(),
            .table(
                .class("budget"),
                .thead(.tr(.th(.text("Bulan")), .th(.text("Realisasi bulan ini")), .th(.text("Kumulatif")), .th(.text("% pagu")))),
                .tbody(.forEach(monthly) { month in
                    .tr(.td(.text(IndonesianDate.monthNames[month.month - 1])),
                        .td(.class("num"), .text(IndonesianFormat.number(month.amount))),
                        .td(.class("num"), .text(IndonesianFormat.number(month.cumulative))),
                        .td(.class("num"), .text(percent(month.percent))))
                })
            )
        )
    }

    private func budgetTable(title: String, rows: [(code: BudgetCode, name: String, figures: BudgetFigures)]) -> Node {
        .table(
            .class("budget"),
            .caption(.text(title)),
            .thead(.tr(.th(.text("Kode")), .th(.text("Uraian")), .th(.text("Pagu")), .th(.text("Realisasi")), .th(.text("Sisa")), .th(.text("Persen")))),
            .tbody(.forEach(rows) { row in
                .tr(.td(.text(row.code.short)), .td(.text(row.name)),
                    .td(.class("num"), .text(IndonesianFormat.number(row.figures.pagu))),
                    .td(.class("num"), .text(IndonesianFormat.number(row.figures.realisasi))),
                    .td(.class("num"), .text(IndonesianFormat.number(row.figures.sisa))),
                    .td(.class("num"), .text(percent(row.figures.persen))))
            })
        )
    }

    private func missingList() -> Node {
        guard !missing.isEmpty else { return .p(.text("Semua indikator PK sudah memiliki realisasi untuk setiap triwulan.")) }
        return .ul(.class("missing"), .forEach(missing) { item in
            .li(.text(item.indicator.statement + ": "),
                .if(item.noYearValue, .strong(.text("belum ada realisasi; "))),
                .text(item.quarters.isEmpty ? "" : "belum diisi " + item.quarters.map(\.name).joined(separator: ", ")))
        })
    }

    private func commentSection(csrf: String) -> Node {
        .div(
            .class("comments"),
            .if(comments.isEmpty, .p(.text("Belum ada komentar."))),
            .forEach(comments) { comment in
                .div(.class("comment"), .p(.class("meta"), .text("\(comment.author) (\(comment.role)) · \(comment.date) · \(subjectLabel(comment.subject))")),
                     .p(.text(comment.text)))
            },
            .if(access.comment, .form(
                .action(SiteURL.comments(office: office.code, year: year).path), .method(.post),
                Layout.csrfField(csrf),
                .label(.for("subject"), .text("Tentang")),
                .select(.attribute(named: "id", value: "subject"), .attribute(named: "name", value: "subject"),
                        Node.option(value: "umum", text: "Umum"),
                        .forEach(result.rows) { Node.option(value: "indikator:\($0.indicator.id)", text: $0.indicator.statement) }),
                .label(.for("text"), .text("Komentar")),
                .textarea(.id("text"), .name("text"), .attribute(named: "required", value: "required")),
                .button(.type(.submit), .text("Kirim komentar"))
            ))
        )
    }

    /// "Umum" or the indicator's statement, for the subject stored as "umum" or "indikator:I3".
    private func subjectLabel(_ subject: String) -> String {
        if subject == "umum" { return "Umum" }
        let id = subject.hasPrefix("indikator:") ? String(subject.dropFirst("indikator:".count)) : subject
        return result.rows.first { $0.indicator.id == id }.map { "Indikator \($0.indicator.statement)" } ?? "Indikator \(id)"
    }

    private func percent(_ value: Decimal?) -> String { value.map { IndonesianFormat.percent($0) } ?? "-" }
}
