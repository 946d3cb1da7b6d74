import SakipCore
import SakipDocuments
import Vapor

/// The documents of an office-year, made from its data on request: LKj, PK, RKT and Lembar Reviu.
struct DocumentController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.documents(office: "", year: 0), .office(.read), use: list)
        routes.page(.document(office: "", year: 0, name: ""), .office(.read), use: download)
        routes.action(.finaliseReport(office: "", year: 0), .office(.sign), use: finalise)
        routes.action(.reopenReport(office: "", year: 0), .office(.sign), use: reopen)
    }

    struct FinaliseForm: Content {
        var place: String
        var date: String
        var override: String?
        var overrideReason: String?
    }

    /// The leader dates and signs the LKj. Errors in the data block it unless the leader overrides them with a
    /// reason, which is recorded in the office's comments.
    func finalise(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let form = try request.form(FinaliseForm.self)
        func refuse(_ message: String, blockers: [String] = [], status: HTTPResponseStatus) -> Response {
            let page = DocumentsPage(file: file, pdfAvailable: PDFConverter.sofficePath() != nil, review: file.review(),
                                     canFinalise: true, typed: form, problem: message, blockers: blockers)
            return request.page(title: page.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
        }
        let place = form.place.trimmingCharacters(in: .whitespaces)
        guard !place.isEmpty else { return refuse("Kolom Tempat: wajib diisi (misalnya \(file.office.city ?? "Kisaran")).", status: .unprocessableEntity) }
        let date: CalendarDate
        do { date = try IndonesianDate.parse(form.date.trimmingCharacters(in: .whitespaces)) } catch {
            return refuse("Kolom Tanggal: \(error.reason) (tulis seperti 17 Januari \(year + 1)).", status: .unprocessableEntity)
        }
        if let last = file.lastReportFinalisation, file.isReportFinal {
            return refuse("LKj \(year) sudah final sejak \(IndonesianDate.format(last.finalisedOn)); buka kembali LKj dengan alasan tertulis sebelum memfinalkannya lagi.",
                          status: .conflict)
        }
        let (_, review) = file.finalisingReport(place: place, date: date)
        if !review.blockingFindings.isEmpty {
            let reason = form.overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard form.override == "ya", !reason.isEmpty else {
                return refuse(form.override == "ya" ? "Kolom Alasan: wajib diisi untuk memfinalkan meskipun masih ada kesalahan."
                                                    : "LKj belum difinalkan: reviu otomatis masih menemukan \(review.blockingFindings.count) kesalahan pada data.",
                              blockers: review.blockingMessages, status: .conflict)
            }
            let codes = Set(review.blockingFindings.map(\.code)).sorted().joined(separator: ", ")
            try await request.store.addComment(officeCode: office.code, year: year, userID: user.id, subject: "umum",
                text: "LKj difinalkan meskipun reviu otomatis menemukan \(review.blockingFindings.count) kesalahan (\(codes)). Alasan: \(reason)")
            request.logger.notice("LKj finalised over review errors", metadata: ["office": "\(office.code)", "year": "\(year)",
                                                                                "user": "\(user.username)", "codes": "\(codes)"])
        }
        let shown = try await request.store.stored(officeCode: office.code, year: year)?.version ?? 0
        let today = CalendarDate.today
        do {
            try await request.store.change(officeCode: office.code, year: year, by: request.actor(user), basedOn: shown) { file in
                do { try file.finaliseReport(place: place, date: date, on: today, by: user.name, version: shown + 1) } catch let error as ReportFinalisationError {
                    throw Abort(.conflict, reason: error.description)
                }
            }
        } catch let refused as any RefusedSave {
            return refuse(refused.description, status: .conflict)
        }
        // 303 after the POST: reloading the documents page does not finalise again.
        return request.redirect(to: .documents(office: office.code, year: year),
                                flash: "LKj \(year) difinalkan: \(place), \(IndonesianDate.format(date)). Data yang ditampilkan LKj tidak dapat diubah lagi kecuali LKj dibuka kembali.")
    }

    struct ReopenForm: Content {
        var reason: String?
    }

    /// The leader reopens the final LKj with a written reason, kept in the office-year's finalisation history
    /// and its audit trail; the LKj is no longer final and its figures can be corrected.
    func reopen(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let form = try request.form(ReopenForm.self)
        let today = CalendarDate.today
        var next = file
        do { try next.reopenReport(on: today, by: user.name, reason: form.reason ?? "") } catch {
            let page = DocumentsPage(file: file, pdfAvailable: PDFConverter.sofficePath() != nil, review: file.review(),
                                     canFinalise: true, reopenProblem: error.description + ".", typedReason: form.reason)
            return request.page(title: page.title, viewer: user.viewer, status: file.isReportFinal ? .unprocessableEntity : .conflict) { page.body(csrf: $0) }
        }
        try await request.store.change(officeCode: office.code, year: year, by: request.actor(user)) { file in
            do { try file.reopenReport(on: today, by: user.name, reason: form.reason ?? "") } catch let error as ReportFinalisationError {
                throw Abort(.conflict, reason: error.description)
            }
        }
        return request.redirect(to: .documents(office: office.code, year: year),
                                flash: "LKj \(year) dibuka kembali; data dapat diperbaiki, lalu LKj difinalkan lagi.")
    }

    func list(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        var page = DocumentsPage(file: file, pdfAvailable: PDFConverter.sofficePath() != nil, review: request.review(of: file),
                                 canFinalise: access.sign)
        page.parentNotes = try await request.parentNotes(officeCode: office.code, year: year, kinds: [.general, .finding, .chapter])
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    /// `lkj.docx`, `lkj.xlsx`, `pk-sekretaris.pdf?revisi=1`, `rkt.docx`, `reviu.docx`.
    func download(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let name = request.parameters.get("name") ?? ""
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        let words = parts.first?.split(separator: "-").map(String.init) ?? []
        guard parts.count == 2, let format = DocumentRenderer.Format(rawValue: parts[1]),
              let kindText = words.first, let kind = DocumentRenderer.Kind(rawValue: kindText) else {
            throw Abort(.notFound, reason: "Dokumen \"\(name)\" tidak dikenal.")
        }
        let level = words.count > 1 ? PerformanceAgreement.Level(rawValue: words[1]) : .ketua
        guard let level else { throw Abort(.notFound, reason: "Tingkat PK \"\(words[1])\" tidak dikenal; gunakan ketua atau sekretaris.") }
        let revision = try request.query.get(Int?.self, at: "revisi")
        let file = try await request.requireOfficeYear(office.code, year)
        let bytes: Data
        do {
            let annex = kind == .lkj ? try await request.provinceAnnex(office, year: year) : nil
            // A PDF, and the page numbers of a DOCX's contents, take seconds of LibreOffice: on a document thread.
            bytes = try await DocumentThreads.run {
                try DocumentRenderer.render(kind, file, format: format, level: level, revision: revision, reviewedOn: .today,
                                            tocPageNumbers: true, consolidation: annex)
            }
        } catch let error as DocumentError {
            if case .pdf = error { throw Abort(.serviceUnavailable, reason: error.description) }
            throw Abort(.notFound, reason: error.description)
        }
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: format.mediaType)
        let fileName = DocumentRenderer.fileName(kind, officeCode: office.code, year: year, format: format, level: level, revision: revision)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }
}
