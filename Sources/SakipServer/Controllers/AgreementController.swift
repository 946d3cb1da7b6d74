import Fluent
import SakipCore
import Vapor

/// A PK level: view, sign (leaders), revise targets (operators).
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
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func sign(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let level = try level(request)
        let file = try await request.requireOfficeYear(office.code, year)
        guard file.agreements.current(level) != nil else { throw Abort(.notFound, reason: "Belum ada \(level.label) untuk tahun ini.") }
        let review = file.review()
        if !review.blockingFindings.isEmpty {
            let form = try request.form(SignForm.self)
            let reason = form.overrideReason?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
            guard form.override == "ya", !reason.isEmpty else {
                var page = Self.page(file, level: level, access: access, error: form.override == "ya"
                    ? "Kolom Alasan: wajib diisi untuk menandatangani meskipun masih ada kesalahan."
                    : "PK belum ditandatangani: reviu otomatis masih menemukan \(review.blockingFindings.count) kesalahan pada data.")
                page.blockers = review.blockingMessages
                return request.page(title: page.title, viewer: user.viewer, status: .conflict) { page.body(csrf: $0) }
            }
            // The override is kept where the office, its province and the inspectorate read it: the comments.
            let codes = Set(review.blockingFindings.map(\.code)).sorted().joined(separator: ", ")
            try await request.store.addComment(officeCode: office.code, year: year, userID: user.id, subject: "umum",
                text: "\(level.label) ditandatangani meskipun reviu otomatis menemukan \(review.blockingFindings.count) kesalahan (\(codes)). Alasan: \(reason)")
            request.logger.notice("PK signed over review errors", metadata: ["office": "\(office.code)", "year": "\(year)",
                                                                             "user": "\(user.username)", "codes": "\(codes)"])
        }
        let signed = try await request.store.signAgreement(officeCode: office.code, year: year, level: level, on: .today, by: request.actor(user))
        return request.redirect(to: .agreement(office: office.code, year: year, level: level.rawValue),
                                flash: "\(level.label) revisi \(signed.revision) ditandatangani \(IndonesianDate.format(signed.signedOn ?? .today)).")
    }

    struct SignForm: Content {
        /// "ya" when the leader signs despite error-level findings.
        var override: String?
        var overrideReason: String?
    }

    func revise(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let level = try level(request)
        let file = try await request.requireOfficeYear(office.code, year)
        guard let current = file.agreements.current(level) else { throw Abort(.notFound, reason: "Belum ada \(level.label) untuk tahun ini.") }
        let typed = (try? request.content.get([String: String].self, at: "target")) ?? [:]
        var rows = current.rows
        var problems: [String] = []
        for index in rows.indices {
            guard let text = typed[rows[index].indicatorId], let indicator = file.indicator(rows[index].indicatorId) else { continue }
            do {
                let value = try MeasureValue.parse(text)
                _ = try indicator.reading(of: value)
                rows[index].target = value
            } catch {
                problems.append("Target \"\(indicator.statement)\" (baris \(index + 1)): \(error.description)")
            }
        }
        guard problems.isEmpty else {
            var page = Self.page(file, level: level, access: access, error: problems.joined(separator: " "))
            page.typed = typed
            return request.page(title: page.title, viewer: user.viewer, status: .unprocessableEntity) { page.body(csrf: $0) }
        }
        try await request.store.reviseAgreement(officeCode: office.code, year: year, level: level, rows: rows, programs: current.programs,
                                                 by: request.actor(user))
        let note = current.signedOn == nil ? "Draf PK diperbarui." : "Perubahan disimpan sebagai revisi \(current.revision + 1) (draf, belum ditandatangani)."
        return request.redirect(to: .agreement(office: office.code, year: year, level: level.rawValue), flash: note)
    }

    static func page(_ file: OfficeYear, level: PerformanceAgreement.Level, access: Access, error: String?) -> AgreementPage {
        let revisions = file.agreements.filter { $0.level == level }.sorted { $0.revision < $1.revision }.map {
            AgreementPage.Revision(agreement: $0, signed: $0.signedOn != nil, signedText: $0.statusText)
        }
        return AgreementPage(office: file.office, year: file.year, level: level, revisions: revisions,
                             objectives: Dictionary(file.objectives.map { ($0.id, $0.statement) }, uniquingKeysWith: { a, _ in a }),
                             indicators: Dictionary(file.indicators.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                             access: access, blockers: [], error: error)
    }
}
