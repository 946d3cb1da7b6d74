import Fluent
import SakipCore
import Vapor

/// A PK level: view, draft and revise (operators), sign on a date (leaders).
struct AgreementController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.agreement(office: "", year: 0, level: ""), .office(.read), use: show)
        routes.action(.signAgreement(office: "", year: 0, level: ""), .office(.sign), use: sign)
        routes.action(.reviseAgreement(office: "", year: 0, level: ""), .office(.edit), use: revise)
    }

    private func level(_ request: Request) throws -> PerformanceAgreement.Level {
        guard let text = request.parameters.get("level"), let level = PerformanceAgreement.Level(rawValue: text) else {
            throw Abort(.notFound, reason: "Tingkat PK harus ketua atau sekretaris.")
        }
        return level
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        var page = Self.page(file, level: try level(request), access: access, error: nil)
        page.blockers = file.review().blockingMessages
        page.parentNotes = try await request.parentNotes(officeCode: office.code, year: year, kinds: [.indicator, .tableRow])
            .filter { note in note.placeKind == NotePlace.Kind.indicator.rawValue || page.current?.agreement.programs.contains { ($0.code ?? $0.name) == note.placeKey } == true }
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    struct SignForm: Content {
        /// The day the PK was signed ("2 Januari 2025"); today (WIB) is offered on the form.
        var date: String?
        /// "ya" when the leader signs despite error-level findings.
        var override: String?
        var overrideReason: String?
    }

    func sign(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let level = try level(request)
        let file = try await request.requireOfficeYear(office.code, year)
        guard let current = file.agreements.current(level) else { throw Abort(.notFound, reason: "Belum ada \(level.label) untuk tahun ini; susun drafnya terlebih dahulu.") }
        let form = try request.form(SignForm.self)
        func refuse(_ message: String, blockers: [String] = [], status: HTTPResponseStatus) -> Response {
            var page = Self.page(file, level: level, access: access, error: message)
            page.blockers = blockers
            page.typedSignDate = form.date
            return request.page(title: page.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
        }
        let dateText = (form.date ?? "").trimmingCharacters(in: .whitespaces)
        guard !dateText.isEmpty else {
            return refuse("Kolom Tanggal tanda tangan: wajib diisi (misalnya \(IndonesianDate.format(.today))).", status: .unprocessableEntity)
        }
        let date: CalendarDate
        do { date = try IndonesianDate.parse(dateText) } catch {
            return refuse("Kolom Tanggal tanda tangan: \(error.reason) (tulis seperti 2 Januari \(year)).", status: .unprocessableEntity)
        }
        if current.signedOn == nil {
            var preview = file
            do { try preview.signAgreement(level, on: date) } catch {
                return refuse("\(level.label) belum ditandatangani: " + error.problems.joined(separator: "; ") + ".", status: .unprocessableEntity)
            }
        }
        let review = file.review()
        if !review.blockingFindings.isEmpty {
            let reason = form.overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard form.override == "ya", !reason.isEmpty else {
                return refuse(form.override == "ya" ? "Kolom Alasan: wajib diisi untuk menandatangani meskipun masih ada kesalahan."
                                                    : "PK belum ditandatangani: reviu otomatis masih menemukan \(review.blockingFindings.count) kesalahan pada data.",
                              blockers: review.blockingMessages, status: .conflict)
            }
            // The override is kept where the office, its province and the inspectorate read it: the comments.
            let codes = Set(review.blockingFindings.map(\.code)).sorted().joined(separator: ", ")
            try await request.store.addComment(officeCode: office.code, year: year, userID: user.id, subject: "umum",
                text: "\(level.label) ditandatangani meskipun reviu otomatis menemukan \(review.blockingFindings.count) kesalahan (\(codes)). Alasan: \(reason)")
            request.logger.notice("PK signed over review errors", metadata: ["office": "\(office.code)", "year": "\(year)",
                                                                             "user": "\(user.username)", "codes": "\(codes)"])
        }
        let signed: PerformanceAgreement
        do {
            signed = try await request.store.signAgreement(officeCode: office.code, year: year, level: level, on: date, by: request.actor(user))
        } catch let refused as any RefusedSave {
            return refuse(refused.description, status: .conflict)
        }
        return request.redirect(to: .agreement(office: office.code, year: year, level: level.rawValue),
                                flash: "\(level.label) revisi \(signed.revision) ditandatangani \(IndonesianDate.format(signed.signedOn ?? date)).")
    }

    func revise(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let level = try level(request)
        let file = try await request.requireOfficeYear(office.code, year)
        let draft = Self.draft(request, file: file, level: level)
        func refuse(_ message: String, status: HTTPResponseStatus) -> Response {
            var page = Self.page(file, level: level, access: access, error: message)
            page.typed = draft
            return request.page(title: page.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
        }
        let content: AgreementContent
        switch file.agreementContent(level, from: draft) {
        case .failure(let error): return refuse("\(level.label) belum disimpan: " + error.problems.joined(separator: "; ") + ".", status: .unprocessableEntity)
        case .success(let value): content = value
        }
        let current = file.agreements.current(level)
        do {
            try await request.store.change(officeCode: office.code, year: year, by: request.actor(user), basedOn: request.formVersion) { file in
                do { try file.reviseAgreement(level, to: content) } catch let error as AgreementChangeError {
                    throw Abort(.unprocessableEntity, reason: "\(level.label) belum disimpan: " + error.problems.joined(separator: "; ") + ".")
                }
            }
        } catch let refused as any RefusedSave {
            return refuse(refused.description, status: .conflict)
        }
        let note = current == nil ? "Draf \(level.label) disimpan; periksa lalu minta Ketua/Sekretaris menandatanganinya."
            : current?.signedOn == nil ? "Draf \(level.label) diperbarui."
            : "Perubahan disimpan sebagai revisi \((current?.revision ?? 0) + 1) (draf, belum ditandatangani)."
        return request.redirect(to: .agreement(office: office.code, year: year, level: level.rawValue), flash: note)
    }

    /// The PK form as sent. A form that sends only targets (`target[ID]`) keeps the PK's other parts.
    static func draft(_ request: Request, file: OfficeYear, level: PerformanceAgreement.Level) -> AgreementDraft {
        func map(_ key: String) -> [String: String]? { try? request.content.get([String: String].self, at: key) }
        let targets = map("target") ?? [:]
        let current = file.agreements.current(level)
        let base = current.map(AgreementContent.init) ?? file.proposedAgreementContent(level)
        let complete = (try? request.content.get(String.self, at: "complete")) == "ya"
        guard complete else {
            // Only targets sent: the ticked rows stay the PK's own, the rest as it stands.
            return AgreementDraft(included: Set(base.rows.map(\.indicatorId)),
                                  objectives: Dictionary(base.rows.map { ($0.indicatorId, $0.objectiveId ?? "") }, uniquingKeysWith: { a, _ in a }),
                                  targets: Dictionary(base.rows.map { ($0.indicatorId, targets[$0.indicatorId] ?? $0.target.fileSpelling) }, uniquingKeysWith: { a, _ in a }),
                                  programs: base.programs.map { .init(code: $0.code ?? "", name: $0.name, amount: AgreementSheet.amountText($0.amount)) },
                                  firstPartyId: base.firstParty?.personId ?? "", secondPartyId: base.secondParty?.personId ?? "",
                                  place: base.place ?? "")
        }
        let included = Set((map("include") ?? [:]).filter { $0.value == "ya" }.keys)
        let codes = map("programCode") ?? [:], names = map("programName") ?? [:], amounts = map("programAmount") ?? [:]
        let indices = Set(codes.keys).union(names.keys).union(amounts.keys).compactMap(Int.init).filter { (0..<200).contains($0) }.sorted()
        let programs = indices.map { AgreementDraft.ProgramLine(code: codes["\($0)"] ?? "", name: names["\($0)"] ?? "", amount: amounts["\($0)"] ?? "") }
        func text(_ key: String) -> String { (try? request.content.get(String.self, at: key)) ?? "" }
        return AgreementDraft(included: included, objectives: map("objective") ?? [:], targets: targets, programs: programs,
                              firstPartyId: text("firstParty"), secondPartyId: text("secondParty"), place: text("place"))
    }

    static func page(_ file: OfficeYear, level: PerformanceAgreement.Level, access: Access, error: String?) -> AgreementPage {
        let revisions = file.agreements.filter { $0.level == level }.sorted { $0.revision < $1.revision }.map {
            AgreementPage.Revision(agreement: $0, signed: $0.signedOn != nil, signedText: $0.statusText)
        }
        return AgreementPage(file: file, level: level, revisions: revisions,
                             objectives: Dictionary(file.objectives.map { ($0.id, $0.statement) }, uniquingKeysWith: { a, _ in a }),
                             indicators: Dictionary(file.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                             access: access, blockers: [], error: error)
    }
}
