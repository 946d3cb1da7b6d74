import Foundation
import SakipCore

/// A PK level: its current revision, its history, the editor that drafts or revises it, and signing.
struct AgreementPage {
    struct Revision {
        var agreement: PerformanceAgreement
        var signed: Bool
        var signedText: String
    }

    var file: OfficeYear
    var level: PerformanceAgreement.Level
    var revisions: [Revision]
    var objectives: [String: String]
    var indicators: [String: Indicator]
    var access: Access
    /// Review findings that block signing, when there are any.
    var blockers: [String]
    var error: String?
    /// The PK form as the user sent it, when it was refused.
    var typed: AgreementDraft?
    /// The signature date as typed, when signing was refused.
    var typedSignDate: String?
    /// The parent office's unanswered notes on this PK's indicators and programs.
    var parentNotes: [SubmissionNoteModel] = []

    var office: Office { file.office }
    var year: Int { file.year }
    var title: String { "\(level.label) \(office.name) \(year)" }
    var current: Revision? { revisions.max { $0.agreement.revision < $1.agreement.revision } }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Perjanjian Kinerja — \(level.label) — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .agreement(office: office.code, year: year, level: level.rawValue)).node(),
            ParentNotesList(notes: parentNotes, office: office.code, year: year, showPlace: true).node(),
            .p(.forEach(PerformanceAgreement.Level.allCases.filter { $0 != level }) { other in
                .a(.href(SiteURL.agreement(office: office.code, year: year, level: other.rawValue).path), .text("Buka \(other.label)"))
            }),
            .unwrap(error) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .unwrap(current) { current in
                .div(
                    .p(.class("status"), .text("Revisi \(current.agreement.revision): \(current.signedText)")),
                    parties(current.agreement),
                    targetTable(current.agreement),
                    programTable(current.agreement),
                    .if(access.sign && !current.signed, signForm(current.agreement, csrf: csrf))
                )
            },
            .if(current == nil, .p(.class("status"), .text("Belum ada \(level.label) untuk tahun ini."
                + (access.edit ? " Susun drafnya di bawah: indikator, target dan program sudah diusulkan dari Renstra, RKT dan DIPA." : "")))),
            .if(access.edit, editor(csrf: csrf)),
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
            .unwrap(agreement.secondParty) { party in .group(.dt(.text("Pihak kedua")), .dd(.text("\(party.name), \(party.position)"))) },
            .unwrap(agreement.place) { place in .group(.dt(.text("Tempat")), .dd(.text(place))) }
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

    private func signForm(_ agreement: PerformanceAgreement, csrf: String) -> Node {
        .form(
            .class("sign"), .action(SiteURL.signAgreement(office: office.code, year: year, level: level.rawValue).path), .method(.post),
            Layout.csrfField(csrf),
            .h2(.text("Tandatangani \(level.label)")),
            .if(!blockers.isEmpty, .div(.class("error"),
                .p(.text("Reviu otomatis masih menemukan kesalahan yang seharusnya diperbaiki sebelum PK ditandatangani:")),
                .ul(.forEach(blockers) { .li(.text($0)) }),
                .label(.input(.type(.checkbox), .name("override"), .value("ya")),
                       .text(" Saya tetap menandatangani meskipun masih ada kesalahan (tercatat di komentar kantor).")),
                .label(.for("overrideReason"), .text("Alasan")),
                .textarea(.id("overrideReason"), .name("overrideReason")))),
            .label(.for("signDate"), .text("Tanggal tanda tangan")),
            .input(.type(.text), .id("signDate"), .name("date"), .value(typedSignDate ?? IndonesianDate.format(.today))),
            .p(.class("hint"), .text("Tanggal yang tertulis di atas tanda tangan PK (hari ini bila ditandatangani hari ini). PK tahun \(year) ditandatangani pada awal tahun \(year) atau akhir tahun \(year - 1).")),
            .button(.type(.submit), .text(blockers.isEmpty ? "Setujui dan tandatangani PK" : "Tandatangani PK"))
        )
    }

    /// The whole PK as a form: indicators offered from Renstra/RKT with proposed targets, programs
    /// proposed from the DIPA, signatories from the office's people, place.
    private func editor(csrf: String) -> Node {
        let current = file.agreements.current(level)
        let content = current.map(AgreementContent.init) ?? file.proposedAgreementContent(level)
        let candidates = file.agreementCandidates(level)
        let programs = typed?.programs ?? content.programs.map {
            AgreementDraft.ProgramLine(code: $0.code ?? "", name: $0.name, amount: AgreementSheet.amountText($0.amount))
        }
        let programLines = programs + Array(repeating: AgreementDraft.ProgramLine(code: "", name: "", amount: ""), count: 2)
        let signed = current?.signedOn != nil
        let firstId = typed?.firstPartyId ?? content.firstParty?.personId ?? ""
        let secondId = typed?.secondPartyId ?? content.secondParty?.personId ?? ""
        let sheetBase = level == .ketua ? ("pk-ketua", "pk-ketua-program") : ("pk-sekretaris", "pk-sekretaris-program")
        return .form(
            .class("agreement-editor"), .action(SiteURL.reviseAgreement(office: office.code, year: year, level: level.rawValue).path), .method(.post),
            Layout.csrfField(csrf),
            .input(.type(.hidden), .name("complete"), .value("ya")),
            .h2(.text(current == nil ? "Susun \(level.label)" : signed ? "Ubah \(level.label) (membuat revisi baru)" : "Ubah draf \(level.label)")),
            .p(.class("hint"), .text("Centang indikator yang diperjanjikan. Target diusulkan dari target Renstra tahun \(year) (atau RKT) dan dapat diubah. "
                + "Tabel juga dapat ditempel dari Excel: ")),
            .p(.a(.href(SiteURL.sheet(office: office.code, year: year, sheet: sheetBase.0).path), .text("tempel indikator dan target")),
               .text(" · "),
               .a(.href(SiteURL.sheet(office: office.code, year: year, sheet: sheetBase.1).path), .text("tempel program dan anggaran"))),
            .if(candidates.isEmpty, .p(.class("error"), .text("Belum ada indikator kinerja: isi Renstra (sasaran, indikator dan target) terlebih dahulu di Data."))),
            .table(
                .class("measure"),
                .thead(.tr(.th(.text("PK")), .th(.text("Sasaran Strategis")), .th(.text("Indikator Kinerja")), .th(.text("Target")), .th(.text("Usulan dari")))),
                .tbody(.forEach(Array(candidates.enumerated())) { index, candidate in
                    let id = candidate.indicator.id
                    let ticked = typed.map { $0.included.contains(id) } ?? candidate.included
                    let objective = typed?.objectives[id] ?? candidate.objectiveId ?? ""
                    return .tr(
                        .td(.input(.type(.checkbox), .id("inc-\(index)"), .name("include[\(id)]"), .value("ya"), .if(ticked, .checked))),
                        .td(.select(.attribute(named: "name", value: "objective[\(id)]"), .attribute(named: "aria-label", value: "Sasaran indikator \(index + 1)"),
                                    Node.option(value: "", text: "-", selected: objective.isEmpty),
                                    .forEach(file.objectives) { Node.option(value: $0.id, text: $0.statement, selected: objective == $0.id) })),
                        .td(.label(.for("t-\(index)"), .text(candidate.indicator.statement))),
                        .td(.input(.type(.text), .id("t-\(index)"), .name("target[\(id)]"),
                                   .value(typed?.targets[id] ?? candidate.target?.fileSpelling ?? ""))),
                        .td(.small(.text(candidate.source.label(year: year))))
                    )
                })
            ),
            .h3(.text("Program dan anggaran")),
            .p(.class("hint"), .text("Diusulkan dari RKT atau pohon anggaran DIPA (pagu per program); baris kosong diabaikan.")),
            .table(
                .class("budget"),
                .thead(.tr(.th(.text("Kode")), .th(.text("Program")), .th(.text("Anggaran (Rp)")))),
                .tbody(.forEach(Array(programLines.enumerated())) { index, line in
                    .tr(.td(.input(.type(.text), .name("programCode[\(index)]"), .value(line.code), .attribute(named: "aria-label", value: "Kode program baris \(index + 1)"))),
                        .td(.input(.type(.text), .name("programName[\(index)]"), .value(line.name), .attribute(named: "aria-label", value: "Program baris \(index + 1)"))),
                        .td(.input(.type(.text), .name("programAmount[\(index)]"), .value(line.amount), .attribute(named: "aria-label", value: "Anggaran baris \(index + 1)"))))
                })
            ),
            .h3(.text("Penanda tangan")),
            .if(file.people.isEmpty, .p(.class("error"), .text("Belum ada komisioner dan pegawai: isi tabel Komisioner dan Pegawai di Data agar Ketua dan Sekretaris dapat dipilih."))),
            .label(.for("firstParty"), .text(level == .ketua ? "Pihak pertama (Ketua)" : "Pihak pertama (Sekretaris)")),
            personSelect("firstParty", selected: firstId),
            .if(level == .sekretaris, .group(
                .label(.for("secondParty"), .text("Pihak kedua (Ketua, atasan langsung)")),
                personSelect("secondParty", selected: secondId))),
            .label(.for("agreementPlace"), .text("Tempat penandatanganan")),
            .input(.type(.text), .id("agreementPlace"), .name("place"), .value(typed?.place ?? content.place ?? "")),
            .button(.type(.submit), .text(current == nil ? "Simpan draf \(level.label)" : "Simpan \(level.label)"))
        )
    }

    private func personSelect(_ name: String, selected: String) -> Node {
        .select(.id(name), .attribute(named: "name", value: name),
                Node.option(value: "", text: "— pilih —", selected: selected.isEmpty),
                .forEach(file.people) { person in
                    Node.option(value: person.id, text: "\(person.name) — \(person.position ?? person.role.title)", selected: person.id == selected)
                })
    }
}
