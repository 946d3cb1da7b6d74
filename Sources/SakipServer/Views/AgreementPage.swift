import Foundation
import SakipCore

/// A PK level: its current revision, its history, signing and revising.
struct AgreementPage {
    struct Revision {
        var agreement: PerformanceAgreement
        var signed: Bool
        var signedText: String
    }

    var office: Office
    var year: Int
    var level: PerformanceAgreement.Level
    var revisions: [Revision]
    var objectives: [String: String]
    var indicators: [String: Indicator]
    var access: Access
    /// Review findings that block signing, when there are any.
    var blockers: [String]
    var error: String?
    /// Targets as the user typed them in a refused form, by indicator id.
    var typed: [String: String] = [:]

    var title: String { "\(level.label) \(office.name) \(year)" }
    var current: Revision? { revisions.max { $0.agreement.revision < $1.agreement.revision } }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Perjanjian Kinerja — \(level.label) — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .agreement(office: office.code, year: year, level: level.rawValue)).node(),
            .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .unwrap(current) { current in
                .div(
                    .p(.class("status"), .text("Revisi \(current.agreement.revision): \(current.signedText)")),
                    parties(current.agreement),
                    targetTable(current.agreement),
                    programTable(current.agreement),
                    .if(access.sign && !current.signed, signForm(csrf: csrf)),
                    .if(access.edit, reviseForm(current.agreement, csrf: csrf))
                )
            },
            .if(current == nil, .p(.text("Belum ada \(level.label) untuk tahun ini."))),
            .if(revisions.count > 1, .div(
                .h2(.text("Riwayat revisi")),
                .ul(.forEach(revisions.sorted { $0.agreement.revision > $1.agreement.revision }) { revision in
                    .li(.text("Revisi \(revision.agreement.revision): \(revision.signedText)"))
                })
            ))
        )
    }

    private func parties(_ agreement: PerformanceAgreement) -> Node {
        .dl(
            .unwrap(agreement.firstParty) { party in .group(.dt(.text("Pihak pertama")), .dd(.text("\(party.name), \(party.position)"))) },
            .unwrap(agreement.secondParty) { party in .group(.dt(.text("Pihak kedua")), .dd(.text("\(party.name), \(party.position)"))) }
        )
    }

    private func targetTable(_ agreement: PerformanceAgreement) -> Node {
        .table(
            .class("measure"),
            .thead(.tr(.th(.text("No")), .th(.text("Sasaran Strategis")), .th(.text("Indikator Kinerja")), .th(.text("Target")))),
            .tbody(.forEach(Array(agreement.rows.enumerated())) { index, row in
                .tr(.td(.text("\(index + 1)")), .td(.text(row.objectiveId.flatMap { objectives[$0] } ?? "-")),
                    .td(.text(indicators[row.indicatorId]?.statement ?? row.indicatorId)), .td(.class("num"), .text(row.target.description)))
            })
        )
    }

    private func programTable(_ agreement: PerformanceAgreement) -> Node {
        .if(!agreement.programs.isEmpty, .table(
            .class("budget"),
            .thead(.tr(.th(.text("Program")), .th(.text("Anggaran")))),
            .tbody(
                .forEach(agreement.programs) { program in
                    .tr(.td(.text(program.name)), .td(.class("num"), .text(IndonesianFormat.rupiah(program.amount))))
                },
                .tr(.class("mean"), .td(.text("Jumlah")), .td(.class("num"), .text(IndonesianFormat.rupiah(agreement.programTotal))))
            )
        ))
    }

    private func signForm(csrf: String) -> Node {
        .form(
            .class("sign"), .action(SiteURL.signAgreement(office: office.code, year: year, level: level.rawValue).path), .method(.post),
            Layout.csrfField(csrf),
            .if(!blockers.isEmpty, .div(.class("error"),
                .p(.text("Reviu otomatis masih menemukan kesalahan yang seharusnya diperbaiki sebelum PK ditandatangani:")),
                .ul(.forEach(blockers) { .li(.text($0)) }),
                .label(.input(.type(.checkbox), .name("override"), .value("ya")),
                       .text(" Saya tetap menandatangani meskipun masih ada kesalahan (tercatat di komentar kantor).")),
                .label(.for("overrideReason"), .text("Alasan")),
                .textarea(.id("overrideReason"), .name("overrideReason")))),
            .button(.type(.submit), .text(blockers.isEmpty ? "Setujui dan tandatangani PK" : "Tandatangani PK"))
        )
    }

    private func reviseForm(_ agreement: PerformanceAgreement, csrf: String) -> Node {
        .details(
            .summary(.text(revisions.contains { $0.signed && $0.agreement.revision == agreement.revision }
                ? "Ubah target (membuat revisi baru)" : "Ubah target draf")),
            .form(
                .action(SiteURL.reviseAgreement(office: office.code, year: year, level: level.rawValue).path), .method(.post),
                Layout.csrfField(csrf),
                .table(.tbody(.forEach(Array(agreement.rows.enumerated())) { index, row in
                    .tr(.td(.label(.for("t-\(index)"), .text(indicators[row.indicatorId]?.statement ?? row.indicatorId))),
                        .td(.input(.type(.text), .id("t-\(index)"), .name("target[\(row.indicatorId)]"),
                                     .value(typed[row.indicatorId] ?? row.target.description))))
                })),
                .button(.type(.submit), .text("Simpan target"))
            )
        )
    }
}
