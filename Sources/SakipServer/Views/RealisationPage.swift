import Foundation
import SakipCore

/// Quarterly realisation entry, one row per PK indicator, with the capaian recomputed as the user types.
struct RealisationPage {
    struct Row {
        var indicator: Indicator
        var objective: String?
        var target: MeasureValue?
        var plan: ActionPlanRow?
        var entries: [Quarter: QuarterlyRealisation]
        var yearValue: MeasureValue?
        var achievement: Achievement
        var category: String?
        /// Where the year's realisation comes from when the indicator is bound to election or logistics data.
        var provenance: String? = nil
    }

    /// What the user typed in a refused form, kept with the message.
    struct Rejected {
        var indicatorId: String
        var quarter: Int
        var value: String
        var explanation: String
        var evidence: String
        var message: String
    }

    var office: Office
    var year: Int
    var rows: [Row]
    var access: Access
    var rejected: Rejected?
    var review = ReviewReport(findings: [])

    var title: String { "Realisasi \(office.name) \(year)" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Realisasi triwulan — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .realisations(office: office.code, year: year)).node(),
            .p(.class("hint"), .text("Nilai tahunan = nilai Triwulan IV (kumulatif) kecuali indikator menyatakan lain. Capaian dihitung ulang saat Anda mengetik.")),
            .if(rows.isEmpty, .p(.text("Belum ada PK untuk tahun ini: "),
                                  .a(.href(SiteURL.agreement(office: office.code, year: year, level: "ketua").path), .text("susun PK")),
                                  .text(" atau impor berkas terlebih dahulu."))),
            .forEach(rows) { row in section(row, csrf: csrf) }
        )
    }

    private func section(_ row: Row, csrf: String) -> Node {
        .section(
            .class("indicator"), .id("indikator-\(row.indicator.id)"),
            .h2(.text(row.indicator.statement)),
            .unwrap(row.objective) { .p(.class("hint"), .text("Sasaran: \($0)")) },
            .table(
                .thead(.tr(.th(.text("")), .forEach(Quarter.allCases) { .th(.text($0.name)) }, .th(.text("Tahun")))),
                .tbody(
                    .tr(.th(.text("Target RAK")), .forEach(Quarter.allCases) { quarter in
                        .td(.class("num"), .text(row.plan?.target(for: quarter)?.description ?? "-"))
                    }, .td(.class("num"), .text(row.target?.description ?? "-"))),
                    .tr(.th(.text("Realisasi")), .forEach(Quarter.allCases) { quarter in
                        .td(.class("num"), .attribute(named: "title", value: row.entries[quarter]?.explanation ?? ""),
                            .text(row.entries[quarter]?.value.description ?? "-"))
                    }, .td(.class("num"), .text(row.yearValue?.description ?? "-"))),
                    .tr(.th(.text("Capaian")), .forEach(Quarter.allCases) { _ in .td() },
                        .td(.class("num cat \(BarChart.tone(for: row.category))"),
                            .attribute(named: "title", value: row.achievement.reason ?? ""),
                            .text("\(row.achievement.display)\(row.category.map { " · \($0)" } ?? "")")))
                )
            ),
            .unwrap(row.provenance) { .p(.class("status"), .text("Realisasi tahunan \($0); mengubah data pemilu/logistik mengubah capaiannya.")) },
            FindingsList(findings: review.findings(forIndicator: row.indicator.id)).node(),
            .if(access.edit, entryForm(row, csrf: csrf))
        )
    }

    private func entryForm(_ row: Row, csrf: String) -> Node {
        let id = row.indicator.id
        let mine = rejected?.indicatorId == id ? rejected : nil
        let inputAttributes: [Node] = [
            .type(.text), .id("v-\(id)"), .name("value"), .value(mine?.value ?? ""),
            .attribute(named: "required", value: "required"),
            .attribute(named: "data-preview", value: SiteURL.capaianPreview(office: office.code, year: year).path),
            .attribute(named: "data-indicator", value: id),
            .attribute(named: "data-output", value: "p-\(id)"),
            .attribute(named: "aria-describedby", value: "p-\(id)"),
        ]
        let output: Node = .output(.id("p-\(id)"), .class("preview"))
        let error: Node = mine.map { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0.message)) } ?? .empty
        let action = SiteURL.realisations(office: office.code, year: year).path + "#indikator-\(id)"
        return .form(
            .class("entry"), .action(action), .method(.post),
            Layout.csrfField(csrf),
            .input(.type(.hidden), .name("indicatorId"), .value(id)),
            .label(.for("q-\(id)"), .text("Triwulan")),
            quarterSelect(id: "q-\(id)", selected: mine?.quarter ?? 4),
            .label(.for("v-\(id)"), .text("Realisasi (\(row.indicator.kindDescription))")),
            .input(.group(inputAttributes)),
            output,
            error,
            .label(.for("e-\(id)"), .text("Penjelasan")),
            .textarea(.id("e-\(id)"), .name("explanation"), .text(mine?.explanation ?? "")),
            .label(.for("b-\(id)"), .text("Bukti dukung (satu tautan per baris)")),
            .textarea(.id("b-\(id)"), .name("evidence"), .text(mine?.evidence ?? "")),
            .button(.type(.submit), .text("Simpan realisasi"))
        )
    }

    private func quarterSelect(id: String, selected: Int) -> Node {
        let options: [Node] = Quarter.allCases.map { quarter in
            Node.option(value: "\(quarter.rawValue)", text: quarter.name, selected: quarter.rawValue == selected)
        }
        return .select(.attribute(named: "id", value: id), .attribute(named: "name", value: "quarter"), .group(options))
    }
}
