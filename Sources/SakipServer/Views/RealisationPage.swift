import Foundation
import SakipCore
import SakipDocuments

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
        /// The capaian of each quarter, Triwulan I first, against the RAK's target for the quarter or the year's.
        var quarters: [QuarterCapaian] = []
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
    /// Who last changed each quarter's realisation, by the row's place in the trail (`realisations[I7 TW2]`).
    var lastChanges: [String: AuditEntryModel] = [:]
    /// Evidence files by what they support ("I7 TW2").
    var evidence: [String: [EvidenceFile]] = [:]
    /// The parent office's unanswered notes on returned documents, by the indicator they point at.
    var parentNotes: [String: [SubmissionNoteModel]] = [:]

    var title: String { "Realisasi \(office.name) \(year)" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Realisasi triwulan — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .realisations(office: office.code, year: year)).node(),
            .p(.class("hint"), .text("Nilai tahunan = nilai Triwulan IV (kumulatif) kecuali indikator menyatakan lain. Capaian dihitung ulang saat Anda mengetik.")),
            .p(.class("hint"), .text("Capaian triwulan dihitung terhadap target RAK triwulan itu; bila RAK tidak memberi target, terhadap target tahunan (ditandai †). Isi atau tempel realisasi semua indikator sekaligus dari spreadsheet: "),
               .forEach(Quarter.allCases) { quarter in
                   .span(.if(quarter != .first, .text(" · ")),
                         .a(.href(SiteURL.sheet(office: office.code, year: year, sheet: Sheet.ID.realisations(quarter).rawValue).path),
                            .text("tabel \(quarter.name)")))
               }, .text(".")),
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
            ParentNotesList(notes: parentNotes[row.indicator.id] ?? [], office: office.code, year: year).node(),
            .table(
                .thead(.tr(.th(.text("")), .forEach(Quarter.allCases) { .th(.text($0.name)) }, .th(.text("Tahun")))),
                .tbody(
                    .tr(.th(.text("Target RAK")), .forEach(Quarter.allCases) { quarter in
                        .td(.class("num"), .text(row.plan?.target(for: quarter)?.description ?? "-"))
                    }, .td(.class("num"), .text(row.target?.description ?? "-"))),
                    .tr(.th(.text("Realisasi")), .forEach(Quarter.allCases) { quarter in
                        .td(.class("num"), .attribute(named: "title", value: row.entries[quarter]?.explanation ?? ""),
                            .text(row.entries[quarter]?.value.description ?? "-"),
                            .unwrap(lastChanges["realisations[\(row.indicator.id) TW\(quarter.rawValue)]"]) { entry in
                                .group(.small(.class("changed"), .text("diubah oleh \(entry.userName) pada \(WIB.moment(entry.at))")))
                            })
                    }, .td(.class("num"), .text(row.yearValue?.description ?? "-"))),
                    .tr(.th(.text("Capaian")), .forEach(row.quarters) { quarterCell($0) },
                        .td(.class("num cat \(BarChart.tone(for: row.category))"),
                            .attribute(named: "title", value: row.achievement.reason ?? ""),
                            .text("\(row.achievement.display)\(row.category.map { " · \($0)" } ?? "")")))
                )
            ),
            .unwrap(row.provenance) { .p(.class("status"), .text("Realisasi tahunan \($0); mengubah data pemilu/logistik mengubah capaiannya.")) },
            FindingsList(findings: review.findings(forIndicator: row.indicator.id)).node(),
            evidenceList(row, csrf: csrf),
            .if(access.edit, entryForm(row, csrf: csrf)),
            .if(access.edit, evidenceForm(row, csrf: csrf))
        )
    }

    /// A quarter's capaian with its category as the cell's tone; the target it was measured against in the title.
    private func quarterCell(_ measured: QuarterCapaian) -> Node {
        guard measured.realisation != nil else { return .td(.class("num"), .text("-")) }
        let against = measured.target.map { target in
            measured.targetSource == .actionPlan ? "terhadap target RAK \(measured.quarter.name): \(target.description)"
                                                 : "terhadap target tahunan: \(target.description)"
        }
        let title = [against, measured.achievement.reason, measured.category].compactMap { $0 }.joined(separator: " — ")
        let mark = measured.targetSource == .annual && measured.achievement.percent != nil ? " †" : ""
        return .td(.class("num cat \(BarChart.tone(for: measured.category))"), .attribute(named: "title", value: title),
                   .text(measured.achievement.display + mark))
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

    /// The evidence files of each quarter, as downloads (and removable by an editor).
    private func evidenceList(_ row: Row, csrf: String) -> Node {
        let quarters = Quarter.allCases.compactMap { quarter -> (Quarter, [EvidenceFile])? in
            let files = evidence["\(row.indicator.id) TW\(quarter.rawValue)"] ?? []
            return files.isEmpty ? nil : (quarter, files)
        }
        return .if(!quarters.isEmpty, .div(
            .class("evidence"),
            .h3(.text("Berkas bukti dukung")),
            .ul(.forEach(quarters) { quarter, files in
                .li(.text("\(quarter.name): "), .forEach(files) { file in
                    .span(.class("file"),
                          .a(.href(SiteURL.evidenceFile(office: office.code, year: year, id: file.id.uuidString).path), .text(file.fileName)),
                          .small(.text(" (\(file.type.label), \(IndonesianFormat.count(max(1, file.size / 1024))) KB, \(file.uploadedByName))")),
                          .if(access.edit, .form(
                              .class("inline"), .action(SiteURL.deleteEvidence(office: office.code, year: year, id: file.id.uuidString).path),
                              .method(.post), Layout.csrfField(csrf),
                              .button(.type(.submit), .attribute(named: "aria-label", value: "Hapus \(file.fileName)"), .text("Hapus")))))
                })
            })
        ))
    }

    /// Uploads an evidence file for a quarter: PDF, image or Office document, checked by its content.
    private func evidenceForm(_ row: Row, csrf: String) -> Node {
        let id = row.indicator.id
        return .form(
            .class("entry"), .action(SiteURL.uploadEvidence(office: office.code, year: year).path), .method(.post), .enctype(.multipartData),
            Layout.csrfField(csrf),
            .input(.type(.hidden), .name("indicatorId"), .value(id)),
            .label(.for("bq-\(id)"), .text("Triwulan")),
            quarterSelect(id: "bq-\(id)", selected: rejected?.indicatorId == id ? rejected?.quarter ?? 4 : 4),
            .label(.for("bf-\(id)"), .text("Berkas bukti (PDF, JPG/PNG, Word, Excel, PowerPoint, OpenDocument; paling besar \(EvidenceType.maximumBytes / 1024 / 1024) MB)")),
            .input(.type(.file), .id("bf-\(id)"), .name("file"), .attribute(named: "required", value: "required")),
            .button(.type(.submit), .text("Unggah bukti"))
        )
    }

    private func quarterSelect(id: String, selected: Int) -> Node {
        let options: [Node] = Quarter.allCases.map { quarter in
            Node.option(value: "\(quarter.rawValue)", text: quarter.name, selected: quarter.rawValue == selected)
        }
        return .select(.attribute(named: "id", value: id), .attribute(named: "name", value: "quarter"), .group(options))
    }
}
