import SakipCore

/// The submission of an office-year's PK and LKj: per document its state, deadline and lateness, what it still lacks,
/// the actions the viewer may take, the frozen versions with their digests, the parent office's notes with the
/// office's answers, and every transition.
struct SubmissionPage {
    /// How many notes pinned to places one return form offers.
    static let pinnedRows = 5
    /// The longest note or answer kept.
    static let noteLimit = 4_000

    var office: Office
    var year: Int
    var role: SubmissionActor
    var records: [SubmissionRecord]
    /// The places a note can point at, per document (only for the evaluator who returns).
    var places: [SubmissionDocument: [NotePlace]]
    /// What each document still lacks before it can be submitted.
    var readiness: [SubmissionDocument: [String]]
    var problem: String?
    var typedNote: String?

    var title: String { "Pengajuan PK dan LKj \(office.name) \(year)" }

    func body(csrf: String) -> Node {
        .div(
            .h1(.text("Pengajuan PK dan LKj — \(office.name) \(year)")),
            OfficeYearTabs(office: office.code, year: year, current: .submissions(office: office.code, year: year)).node(),
            .p(.class("hint"), .text("Ketua atau Sekretaris mengajukan PK yang telah ditandatangani dan LKj yang telah final ke kantor induk; evaluator kantor induk menerima atau mengembalikannya dengan catatan. Setiap pengajuan membekukan satu versi data beserta dokumennya dan sidik SHA-256-nya.")),
            .unwrap(problem) { .p(.class("error"), .role("alert"), .text($0)) },
            .if(office.level != .kabupatenKota, below()),
            .forEach(records) { section($0, csrf: csrf) }
        )
    }

    /// For a KPU Provinsi or KPU RI: everything it accepted from the offices below it, in one download.
    private func below() -> Node {
        let zip = SiteURL.acceptedDocuments(office: office.code, year: year).path
        return .p(.class("status"), .text("PK dan LKj \(year) yang diterima dari kantor di bawah \(office.name): "),
                  .a(.class("download"), .id("unduh-diterima"), .href(zip), .text("unduh ZIP (DOCX)")), .text(" · "),
                  .a(.class("download"), .href(zip + "?pdf=ya"), .text("ZIP (DOCX dan PDF)")))
    }

    private func section(_ record: SubmissionRecord, csrf: String) -> Node {
        let document = record.document, key = document.rawValue
        let lateness: String
        if let days = record.daysLate, days > 0 {
            lateness = record.model?.firstSubmittedOn == nil ? "belum diajukan, lewat \(days) hari" : "terlambat \(days) hari"
        } else {
            lateness = record.model?.firstSubmittedOn == nil ? "belum diajukan" : "tepat waktu"
        }
        return .section(
            .class("submission"), .id("pengajuan-\(key)"),
            .h2(.text("\(document.label) (\(document.shortLabel))")),
            .div(.class("summary"),
                 card("Status", record.state.label, record.changedSinceFrozen && record.latestVersion != nil
                      ? "data berubah setelah versi \(record.latestVersion?.number ?? 0)" : "", id: "status-\(key)"),
                 card("Batas waktu", IndonesianDate.format(record.deadline), lateness, id: "tenggat-\(key)"),
                 card("Versi diterima", record.acceptedVersion.map { "Versi \($0.number)" } ?? "-",
                      record.acceptedVersion.map { "dibaca konsolidasi; SHA-256 \($0.digest.prefix(12))…" } ?? "belum ada", id: "diterima-\(key)")),
            actions(record, csrf: csrf),
            versions(record),
            notes(record, csrf: csrf),
            history(record)
        )
    }

    private func card(_ label: String, _ value: String, _ note: String, id: String) -> Node {
        .div(.class("card"), .id(id), .span(.class("label"), .text(label)), .strong(.text(value)), .span(.class("note"), .text(note)))
    }

    private func actions(_ record: SubmissionRecord, csrf: String) -> Node {
        let document = record.document, key = document.rawValue
        let allowed = SubmissionWorkflow.allowed(in: record.state, by: role, document: document)
        let lacking = readiness[document] ?? []
        return .group(
            .if(role == .leader && allowed.contains(.submit) && !lacking.isEmpty,
                .ul(.class("blockers"), .forEach(lacking) { .li(.text($0)) })),
            .if(allowed.contains(.submit), .form(
                .class("inline"), .action(SiteURL.submitDocument(office: office.code, year: year, document: key).path), .method(.post),
                Layout.csrfField(csrf),
                .button(.type(.submit), .id("ajukan-\(key)"),
                        .text("\(record.state == .returned ? "Ajukan ulang" : "Ajukan") \(document.shortLabel) \(year)")))),
            .if(allowed.contains(.accept), .form(
                .class("inline"), .action(SiteURL.acceptDocument(office: office.code, year: year, document: key).path), .method(.post),
                Layout.csrfField(csrf),
                .button(.type(.submit), .id("terima-\(key)"), .text("Terima \(document.shortLabel) versi \(record.latestVersion?.number ?? 0)")))),
            .if(allowed.contains(.returnToOffice), returnForm(record, csrf: csrf)),
            .if(role == .preparer && record.state == .returned,
                .p(.class("hint"), .text("Perbaiki data sesuai catatan di bawah dan jawab setiap catatan; Ketua atau Sekretaris lalu mengajukan ulang.")))
        )
    }

    private func returnForm(_ record: SubmissionRecord, csrf: String) -> Node {
        let key = record.document.rawValue
        let choices = places[record.document] ?? []
        return .form(
            .class("return"), .action(SiteURL.returnDocument(office: office.code, year: year, document: key).path), .method(.post),
            Layout.csrfField(csrf),
            .h3(.text("Kembalikan \(record.document.shortLabel) dengan catatan")),
            .label(.for("catatan-umum-\(key)"), .text("Catatan umum")),
            .textarea(.id("catatan-umum-\(key)"), .name("note"), .text(typedNote ?? "")),
            .p(.class("hint"), .text("Catatan pada tempat tertentu tampil di halaman tempat itu (indikator pada halaman Realisasi).")),
            .forEach(Array(0..<Self.pinnedRows)) { index in
                .div(.class("pinned-note"),
                     .label(.for("tempat-\(key)-\(index)"), .text("Tempat catatan \(index + 1)")),
                     .select(.id("tempat-\(key)-\(index)"), .name("place[]"),
                             .forEach(choices) { .option(value: $0.token, text: $0.label) }),
                     .label(.for("isi-\(key)-\(index)"), .text("Isi catatan \(index + 1)")),
                     .textarea(.id("isi-\(key)-\(index)"), .name("text[]")))
            },
            .button(.type(.submit), .id("kembalikan-\(key)"), .text("Kembalikan \(record.document.shortLabel)"))
        )
    }

    private func versions(_ record: SubmissionRecord) -> Node {
        let key = record.document.rawValue
        return .if(!record.versions.isEmpty, .group(
            .h3(.text("Versi yang diajukan")),
            .table(.class("versions"),
                   .thead(.tr(.th(.text("Versi")), .th(.text("Diajukan")), .th(.text("Oleh")), .th(.text("Versi data")),
                              .th(.text("SHA-256")), .th(.text("Dokumen")))),
                   .tbody(.forEach(record.versions.reversed()) { version in
                       .tr(.td(.text("\(version.number)\(version.number == record.model?.acceptedVersion ? " (diterima)" : "")")),
                           .td(.text(WIB.moment(version.createdAt))), .td(.text(version.createdByName)),
                           .td(.class("num"), .text("\(version.officeYearVersion)")),
                           .td(.code(.class("digest"), .id("digest-\(key)-\(version.number)"), .text(version.digest))),
                           .td(.a(.href(SiteURL.submissionVersion(office: office.code, year: year, document: key, number: version.number).path),
                                  .text("Unduh DOCX versi \(version.number)"))))
                   }))
        ))
    }

    private func notes(_ record: SubmissionRecord, csrf: String) -> Node {
        .if(!record.notes.isEmpty, .group(
            .h3(.text("Catatan kantor induk")),
            .forEach(record.notes.reversed()) { note in
                let id = note.id?.uuidString ?? ""
                return .div(.class("comment"), .id("catatan-\(id)"),
                            .p(.strong(.text(note.placeLabel)), .text(" — \(note.text)")),
                            .p(.class("hint"), .text("\(note.authorName), \(WIB.moment(note.at))")),
                            .unwrap(note.answer, { answer in
                                .p(.class("verification"), .strong(.text("Jawaban")),
                                   .text(" \(note.answeredByName ?? "-"), \(note.answeredAt.map(WIB.moment) ?? "-"): \(answer)"))
                            }, else: .if(role == .leader || role == .preparer, .form(
                                .class("answer"), .action(SiteURL.answerNote(office: office.code, year: year, id: id).path), .method(.post),
                                Layout.csrfField(csrf),
                                .label(.for("jawab-\(id)"), .text("Jawaban (apa yang telah diperbaiki)")),
                                .textarea(.id("jawab-\(id)"), .name("answer")),
                                .button(.type(.submit), .text("Simpan jawaban"))),
                                else: .p(.class("hint"), .text("Belum dijawab kantor.")))))
            }
        ))
    }

    private func history(_ record: SubmissionRecord) -> Node {
        .if(!record.events.isEmpty, .group(
            .h3(.text("Riwayat")),
            .table(.class("history"),
                   .thead(.tr(.th(.text("Waktu")), .th(.text("Oleh")), .th(.text("Dari")), .th(.text("Menjadi")), .th(.text("Versi")),
                              .th(.text("Catatan")))),
                   .tbody(.forEach(record.events.reversed()) { event in
                       .tr(.td(.text(WIB.moment(event.at))), .td(.text(event.userName)),
                           .td(.text(SubmissionState(rawValue: event.fromState)?.label ?? event.fromState)),
                           .td(.text(SubmissionState(rawValue: event.toState)?.label ?? event.toState)),
                           .td(.class("num"), .text(event.version.map(String.init) ?? "-")), .td(.text(event.note ?? "")))
                   }))
        ))
    }
}
