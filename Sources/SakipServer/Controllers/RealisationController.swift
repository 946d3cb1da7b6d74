import Fluent
import SakipCore
import Vapor

/// Quarterly realisation entry and the live capaian preview.
struct RealisationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.realisations(office: "", year: 0), .office(.read), use: show)
        routes.action(.realisations(office: "", year: 0), .office(.edit), use: save)
        routes.action(.capaianPreview(office: "", year: 0), .office(.read), answers: .json, use: preview)
    }

    struct EntryForm: Content {
        var indicatorId: String
        var quarter: Int
        var value: String
        var explanation: String?
        var evidence: String?
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        return try await Self.render(request, file, user: user, access: access, rejected: nil, status: .ok)
    }

    func save(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let form = try request.form(EntryForm.self)
        let file = try await request.requireOfficeYear(office.code, year)
        switch Self.check(form, in: file) {
        case .failure(let failure):
            let rejected = RealisationPage.Rejected(indicatorId: form.indicatorId, quarter: form.quarter, value: form.value,
                                                    explanation: form.explanation ?? "", evidence: form.evidence ?? "", message: failure.message)
            return try await Self.render(request, file, user: user, access: access, rejected: rejected, status: .unprocessableEntity)
        case .success(let (quarter, value)):
            let evidence = (form.evidence ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            do {
                try await request.store.saveRealisation(officeCode: office.code, year: year, indicatorId: form.indicatorId, quarter: quarter,
                                                        value: value, explanation: form.explanation.flatMap { $0.isEmpty ? nil : $0 },
                                                        evidence: evidence, by: request.actor(user), basedOn: request.formVersion)
            } catch let conflict as any RefusedSave {
                // The newest data, with what the user typed kept in the form and the reason above it.
                let fresh = try await request.requireOfficeYear(office.code, year)
                let rejected = RealisationPage.Rejected(indicatorId: form.indicatorId, quarter: form.quarter, value: form.value,
                                                        explanation: form.explanation ?? "", evidence: form.evidence ?? "",
                                                        message: conflict.description)
                return try await Self.render(request, fresh, user: user, access: access, rejected: rejected, status: .conflict)
            }
            return request.redirect(to: .realisations(office: office.code, year: year), flash: "Realisasi \(quarter.name) disimpan.")
        }
    }

    struct PreviewForm: Content {
        var indicatorId: String
        var value: String
    }

    typealias PreviewResult = FeedbackJSON

    /// The capaian a typed realisation would give, computed by the core.
    func preview(request: Request) async throws -> PreviewResult {
        let (_, office, year, _) = try await request.officeAccess()
        let form = try request.form(PreviewForm.self)
        let file = try await request.requireOfficeYear(office.code, year)
        guard let indicator = file.indicator(form.indicatorId) else { return PreviewResult(ok: false, text: "Indikator tidak dikenal.") }
        let value: MeasureValue
        do { value = try MeasureValue.parse(form.value) } catch {
            return PreviewResult(ok: false, text: "Tidak dapat dibaca: \(error.reason)")
        }
        let target = file.governingAgreement?.target(indicatorId: indicator.id)
        let achievement = CapaianCalculator.capaian(indicator: indicator, target: target, realisation: value,
                                                    formula: file.settings.lowerIsBetterFormula)
        guard let percent = achievement.percent else {
            return PreviewResult(ok: false, text: "Capaian \(achievement.display): \(achievement.reason ?? "")")
        }
        let category = file.settings.categories.band(for: percent)?.label ?? "-"
        return PreviewResult(ok: true, text: "Capaian tahunan bila ini nilai Triwulan IV: \(IndonesianFormat.percent(percent)) — \(category)")
    }

    /// A form checked against the indicator: quarter 1–4, a value of the indicator's kind.
    static func check(_ form: EntryForm, in file: OfficeYear) -> Result<(Quarter, MeasureValue), CheckFailure> {
        guard let indicator = file.indicator(form.indicatorId) else { return .failure(CheckFailure("Indikator tidak dikenal.")) }
        guard let quarter = Quarter(rawValue: form.quarter) else { return .failure(CheckFailure("Triwulan harus I sampai IV.")) }
        let value: MeasureValue
        do { value = try MeasureValue.parse(form.value) } catch {
            return .failure(CheckFailure("Kolom Realisasi: \(error.description)"))
        }
        do { _ = try indicator.reading(of: value) } catch {
            return .failure(CheckFailure("Kolom Realisasi: \(error.description)"))
        }
        return .success((quarter, value))
    }

    struct CheckFailure: Error {
        var message: String
        init(_ message: String) { self.message = message }
    }

    /// The page with who last changed each figure and the evidence files of each quarter.
    static func render(_ request: Request, _ file: OfficeYear, user: SessionUser, access: Access, rejected: RealisationPage.Rejected?,
                       status: HTTPResponseStatus) async throws -> Response {
        var page = Self.page(file, access: access, rejected: rejected)
        if let model = try await request.store.officeYearModel(officeCode: file.office.code, year: file.year) {
            let id = try model.requireID()
            page.lastChanges = try await request.store.lastChanges(officeYearID: id, tables: ["realisations"])
            page.evidence = Dictionary(grouping: try await request.store.evidence(officeYearID: id, kind: EvidenceOwner.realisationKind),
                                       by: \.owner.key)
            page.parentNotes = Dictionary(grouping: try await request.parentNotes(officeCode: file.office.code, year: file.year, kinds: [.indicator]),
                                          by: \.placeKey)
        }
        return request.page(title: page.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
    }

    static func page(_ file: OfficeYear, access: Access, rejected: RealisationPage.Rejected?) -> RealisationPage {
        let result = file.measure()
        let pkRows = file.governingAgreement?.rows ?? []
        var seen = Set<String>()
        let rows = pkRows.compactMap { row -> RealisationPage.Row? in
            guard seen.insert(row.indicatorId).inserted, let indicator = file.indicator(row.indicatorId) else { return nil }
            let measured = result.rows.first { $0.indicator.id == row.indicatorId }
            var entries: [Quarter: QuarterlyRealisation] = [:]
            for entry in file.realisations where entry.indicatorId == row.indicatorId { entries[entry.quarter] = entry }
            return RealisationPage.Row(indicator: indicator, objective: row.objectiveId.flatMap { file.objective($0)?.statement },
                                       target: row.target, plan: file.actionPlan.first { $0.indicatorId == row.indicatorId },
                                       entries: entries, yearValue: measured?.realisation,
                                       achievement: measured?.achievement ?? .missing(reason: "belum diukur"), category: measured?.category,
                                       quarters: file.quarterCapaian(indicatorId: row.indicatorId),
                                       provenance: file.boundRealisation(for: row.indicatorId)?.provenance)
        }
        return RealisationPage(office: file.office, year: file.year, rows: rows, access: access, rejected: rejected,
                               review: file.review())
    }
}
