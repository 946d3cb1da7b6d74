import SakipCore

/// Links to every document of the office-year, made from the data when clicked.
struct DocumentsPage {
    var file: OfficeYear
    var pdfAvailable: Bool
    var review: ReviewReport
    /// Whether the viewer may date and sign the LKj (Ketua or Sekretaris of the office).
    var canFinalise = false
    var typed: DocumentController.FinaliseForm?
    var problem: String?
    var blockers: [String] = []
    /// Why the reopening was refused, and the reason as typed.
    var reopenProblem: String?
    var typedReason: String?
    /// The parent office's unanswered notes on the whole documents, their chapters and review findings.
    var parentNotes: [SubmissionNoteModel] = []

    var title: String { "Dokumen \(file.office.name) \(file.year)" }

    func body(csrf: String) -> Node {
        let office = file.office.code
        let year = file.year
        func link(_ name: String, _ label: String, revision: Int? = nil) -> Node {
            let href = SiteURL.document(office: office, year: year, name: name).path + (revision.map { "?revisi=\($0)" } ?? "")
            return .a(.class("download"), .href(href), .text(label))
        }
        func formats(_ base: String, xlsx: Bool = false, revision: Int? = nil) -> Node {
            .group(link("\(base).docx", "DOCX", revision: revision), .text(" "),
                   .if(xlsx, .group(link("\(base).xlsx", "XLSX (tabel)"), .text(" "))),
                   .if(pdfAvailable, link("\(base).pdf", "PDF", revision: revision)))
        }
        let agreements = file.agreements.sorted { ($0.level.rawValue, $0.revision) < ($1.level.rawValue, $1.revision) }
        return .div(
            .h1(.text("Dokumen — \(file.office.name) \(year)")),
            OfficeYearTabs(office: office, year: year, current: .documents(office: office, year: year)).node(),
            ParentNotesList(notes: parentNotes, office: office, year: year, showPlace: true).node(),
            .p(.class("hint"), .text("Setiap dokumen disusun dari data saat diklik: angka, tabel, grafik dan kalimat yang menyebut angka tidak diketik ulang.")),
            .if(!review.blockingFindings.isEmpty, .p(.class("error"),
                .text("Reviu otomatis menemukan \(review.blockingFindings.count) kesalahan pada data; perbaiki sebelum LKj diterbitkan (lihat Lembar Reviu)."))),
            .p(.class("status"), .text(finalStatus)),
            .if(!pdfAvailable, .p(.class("hint"), .text("PDF tidak tersedia: LibreOffice belum terpasang di server."))),
            .table(
                .thead(.tr(.th(.text("Dokumen")), .th(.text("Unduh")))),
                .tbody(
                    .tr(.td(.text("Laporan Kinerja (LKj) \(year)")), .td(formats("lkj", xlsx: true))),
                    .forEach(agreements) { agreement in
                        .tr(.td(.text("\(agreement.level.label) revisi \(agreement.revision) — \(agreement.statusText)")),
                            .td(formats("pk-\(agreement.level.rawValue)", revision: agreement.revision)))
                    },
                    .if(file.annualPlan != nil, .tr(.td(.text("Rencana Kinerja Tahunan (RKT) \(year)")), .td(formats("rkt")))),
                    .tr(.td(.text("Lembar Reviu (\(review.count(.error)) kesalahan, \(review.count(.warning)) peringatan)")), .td(formats("reviu")))
                )
            ),
            .if(canFinalise && !file.isReportFinal, finaliseForm(csrf: csrf)),
            .if(canFinalise && file.isReportFinal, reopenForm(csrf: csrf))
        )
    }

    /// Which version of the LKj is final, if any, in one sentence.
    var finalStatus: String {
        let count = file.report.finalisations.count
        guard let last = file.lastReportFinalisation else {
            return file.report.date.map { "LKj bertanggal \(file.report.place ?? file.office.city ?? ""), \(IndonesianDate.format($0)), belum difinalkan di aplikasi." }
                ?? "LKj belum difinalkan (belum bertanggal)."
        }
        let version = "finalisasi ke-\(count), \(IndonesianDate.format(last.finalisedOn)) oleh \(last.by)" + (last.version.map { ", data versi \($0)" } ?? "")
        guard let reopening = last.reopening else {
            return "LKj final: \(last.place), \(IndonesianDate.format(last.date)) (\(version)). Angka yang ditampilkan LKj tidak dapat diubah kecuali LKj dibuka kembali."
        }
        return "LKj belum final: versi final terakhir (\(last.place), \(IndonesianDate.format(last.date)); \(version)) dibuka kembali \(IndonesianDate.format(reopening.on)) oleh \(reopening.by) dengan alasan: \(reopening.reason). Finalkan lagi setelah perbaikan."
    }

    private func reopenForm(csrf: String) -> Node {
        .form(
            .class("finalise"), .action(SiteURL.reopenReport(office: file.office.code, year: file.year).path), .method(.post),
            Layout.csrfField(csrf),
            .h2(.text("Buka kembali LKj")),
            .p(.class("hint"), .text("Membuka kembali membuat LKj tidak lagi final sehingga datanya dapat diperbaiki; alasan dicatat dalam jejak perubahan. Setelah perbaikan, finalkan LKj lagi.")),
            .unwrap(reopenProblem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .label(.for("reason"), .text("Alasan membuka kembali")),
            .textarea(.id("reason"), .name("reason"), .text(typedReason ?? "")),
            .button(.type(.submit), .text("Buka kembali LKj"))
        )
    }

    private func finaliseForm(csrf: String) -> Node {
        let defaultDate = file.report.date.map(IndonesianDate.format) ?? "17 Januari \(file.year + 1)"
        return .form(
            .class("finalise"), .action(SiteURL.finaliseReport(office: file.office.code, year: file.year).path), .method(.post),
            Layout.csrfField(csrf),
            .h2(.text("Finalkan LKj")),
            .unwrap(problem) { .p(.class("error"), .attribute(named: "role", value: "alert"), .text($0)) },
            .if(!blockers.isEmpty, .ul(.class("error"), .forEach(blockers) { .li(.text($0)) })),
            .label(.for("place"), .text("Tempat")),
            .input(.type(.text), .id("place"), .name("place"), .value(typed?.place ?? file.report.place ?? file.office.city ?? "")),
            .label(.for("date"), .text("Tanggal")),
            .input(.type(.text), .id("date"), .name("date"), .value(typed?.date ?? defaultDate)),
            .if(!blockers.isEmpty, .group(
                .label(.input(.type(.checkbox), .name("override"), .value("ya")),
                       .text(" Saya tetap memfinalkan meskipun masih ada kesalahan (tercatat di komentar kantor).")),
                .label(.for("overrideReason"), .text("Alasan")),
                .textarea(.id("overrideReason"), .name("overrideReason"), .text(typed?.overrideReason ?? "")))),
            .button(.type(.submit), .text("Finalkan LKj"))
        )
    }
}
