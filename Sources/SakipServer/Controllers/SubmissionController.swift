import Fluent
import SakipCore
import SakipDocuments
import Vapor

/// The submission of the PK and the LKj to the parent office: the page of both documents, submitting (the office's
/// leader), returning with notes pinned to places and accepting (the parent office's evaluator), answering notes
/// (the office), and the frozen versions as downloads.
struct SubmissionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.submissions(office: "", year: 0), .submission(.read), use: show)
        routes.action(.submitDocument(office: "", year: 0, document: ""), .submission(.submit), use: submit)
        routes.action(.returnDocument(office: "", year: 0, document: ""), .submission(.decide), use: returnDocument)
        routes.action(.acceptDocument(office: "", year: 0, document: ""), .submission(.decide), use: accept)
        routes.action(.answerNote(office: "", year: 0, id: ""), .submission(.answer), use: answer)
        routes.page(.submissionVersion(office: "", year: 0, document: "", number: 0), .submission(.read), use: download)
    }

    /// The evaluator's return form: a general note and up to ``SubmissionPage/pinnedRows`` notes pinned to places.
    struct ReturnForm: Content {
        var note: String?
        var place: [String]?
        var text: [String]?
    }

    struct AnswerForm: Content {
        var answer: String?
    }

    func show(request: Request) async throws -> Response {
        try await page(request)
    }

    func submit(request: Request) async throws -> Response {
        try await act(request, .submit, note: nil, pinned: [], typed: nil)
    }

    func accept(request: Request) async throws -> Response {
        try await act(request, .accept, note: nil, pinned: [], typed: nil)
    }

    func returnDocument(request: Request) async throws -> Response {
        let grant = try await request.submissionGrant()
        let document = try Self.document(request)
        let form = try request.form(ReturnForm.self)
        guard let stored = try await request.store.stored(officeCode: grant.office.code, year: grant.year) else {
            throw Abort(.notFound, reason: "Data \(grant.office.name) tahun \(grant.year) belum ada.")
        }
        let choices = NotePlace.choices(in: stored.file, document: document, findings: request.review(of: stored.file).findings)
        var pinned: [OfficeYearStore.PinnedNote] = []
        for (index, token) in (form.place ?? []).prefix(SubmissionPage.pinnedRows).enumerated() {
            let text = (form.text ?? []).indices.contains(index) ? (form.text ?? [])[index] : ""
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            guard let place = choices.first(where: { $0.token == token }) else {
                return try await page(request, problem: "Catatan \(index + 1), kolom Tempat: \"\(token)\" bukan tempat pada \(document.shortLabel) ini; pilih dari daftar.",
                                      typed: form, status: .unprocessableEntity)
            }
            pinned.append(.init(place: place, text: String(text.prefix(SubmissionPage.noteLimit))))
        }
        return try await act(request, .returnToOffice, note: form.note.map { String($0.prefix(SubmissionPage.noteLimit)) }, pinned: pinned, typed: form)
    }

    func answer(request: Request) async throws -> Response {
        let grant = try await request.submissionGrant()
        let form = try request.form(AnswerForm.self)
        guard let id = request.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let model = try await request.store.officeYearModel(officeCode: grant.office.code, year: grant.year) else {
            throw Abort(.notFound, reason: "Catatan ini tidak ditemukan.")
        }
        do {
            try await request.store.answer(noteID: id, officeYearID: try model.requireID(),
                                           text: String((form.answer ?? "").prefix(SubmissionPage.noteLimit)), by: request.actor(grant.user))
        } catch let refused as SubmissionRefused {
            return try await page(request, problem: refused.description, status: .unprocessableEntity)
        } catch let error as StorageError where error.kind == .notFound {
            throw Abort(.notFound, reason: "Catatan tidak dijawab: \(error.message).")
        }
        return request.redirect(to: .submissions(office: grant.office.code, year: grant.year), flash: "Jawaban atas catatan disimpan.")
    }

    /// `versi-2.docx`: the document frozen with a version (made again from the frozen data when none was stored).
    func download(request: Request) async throws -> Response {
        let grant = try await request.submissionGrant()
        let document = try Self.document(request)
        let name = request.parameters.get("version") ?? ""
        guard name.hasPrefix("versi-"), name.hasSuffix(".docx"), let number = Int(name.dropFirst(6).dropLast(5)),
              let model = try await request.store.officeYearModel(officeCode: grant.office.code, year: grant.year),
              let version = try await request.store.submissionVersion(officeYearID: try model.requireID(), document: document, number: number) else {
            throw Abort(.notFound, reason: "Versi \"\(name)\" dari \(document.shortLabel) ini tidak ada.")
        }
        let bytes: Data
        if let stored = version.documentDOCX {
            bytes = stored
        } else {
            let file = try OfficeYearReader.read(version.json).officeYear
            bytes = try Self.render(document, file, footer: SubmissionFooter.text(document: document, number: number, digest: version.digest))
        }
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: DocumentRenderer.Format.docx.mediaType)
        let fileName = "\(document.rawValue)-\(grant.office.code)-\(grant.year)-versi-\(number).docx"
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"\(fileName)\"")
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    private func act(_ request: Request, _ action: SubmissionAction, note: String?, pinned: [OfficeYearStore.PinnedNote],
                     typed: ReturnForm?) async throws -> Response {
        let grant = try await request.submissionGrant()
        let document = try Self.document(request)
        let next: SubmissionState
        // A KPU Provinsi's LKj is frozen with its Kab/Kota consolidated as the last appendix, as it downloads.
        let annex = action == .submit && document == .lkj ? try await request.provinceAnnex(grant.office, year: grant.year) : nil
        do {
            next = try await request.store.transition(officeCode: grant.office.code, year: grant.year, document: document, action: action,
                                                      as: grant.role, by: request.actor(grant.user), note: note, pinned: pinned) { file, footer in
                try Self.render(document, file, footer: footer, consolidation: annex)
            }
        } catch let refused as SubmissionRefused {
            return try await page(request, problem: refused.description, typed: typed, status: .conflict)
        } catch let error as DocumentError {
            return try await page(request, problem: "\(document.shortLabel) tidak diajukan: dokumennya tidak dapat dibuat (\(error.description)).", status: .conflict)
        }
        let message: String
        switch action {
        case .submit: message = "\(document.label) \(grant.year) \(next == .resubmitted ? "diajukan ulang" : "diajukan") ke kantor induk."
        case .returnToOffice: message = "\(document.label) \(grant.office.name) \(grant.year) dikembalikan dengan catatan."
        case .accept: message = "\(document.label) \(grant.office.name) \(grant.year) diterima."
        }
        return request.redirect(to: .submissions(office: grant.office.code, year: grant.year), flash: message)
    }

    private func page(_ request: Request, problem: String? = nil, typed: ReturnForm? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let grant = try await request.submissionGrant()
        guard let stored = try await request.store.stored(officeCode: grant.office.code, year: grant.year) else {
            throw Abort(.notFound, reason: "Data \(grant.office.name) tahun \(grant.year) belum ada.")
        }
        let records = try await request.store.submissions(officeYearID: stored.id, year: grant.year, currentVersion: stored.version)
        let findings = request.review(of: stored.file).findings
        let page = SubmissionPage(office: stored.file.office, year: grant.year, role: grant.role, records: records,
                                  places: Dictionary(uniqueKeysWithValues: SubmissionDocument.allCases.map {
                                      ($0, grant.role == .parentEvaluator ? NotePlace.choices(in: stored.file, document: $0, findings: findings) : [])
                                  }),
                                  readiness: Dictionary(uniqueKeysWithValues: SubmissionDocument.allCases.map {
                                      ($0, SubmissionReadiness.problems(stored.file, document: $0))
                                  }),
                                  problem: problem, typedNote: typed?.note)
        return request.page(title: page.title, viewer: grant.user.viewer, status: status) { page.body(csrf: $0) }
    }

    static func document(_ request: Request) throws -> SubmissionDocument {
        let text = request.parameters.get("document") ?? ""
        guard let document = SubmissionDocument(rawValue: text) else {
            throw Abort(.notFound, reason: "Dokumen \"\(text)\" tidak dikenal; yang diajukan adalah pk atau lkj.")
        }
        return document
    }

    /// The DOCX of a submitted document with its version's line in the footer (and a KPU Provinsi's consolidation).
    static func render(_ document: SubmissionDocument, _ file: OfficeYear, footer: String,
                       consolidation: ProvinceConsolidation? = nil) throws -> Data {
        try DocumentRenderer.render(document == .lkj ? .lkj : .pk, file, format: .docx, consolidation: consolidation, footerNote: footer)
    }
}
