import Fluent
import SakipCore
import Vapor

/// The DIPA tree page and edits of its leaf lines.
struct BudgetController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.budget(office: "", year: 0), .office(.read), use: show)
        routes.action(.budget(office: "", year: 0), .office(.edit), use: update)
    }

    struct LineForm: Content {
        var code: String
        var pagu: String
        var realisasi: String
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let page = BudgetPage(office: file.office, year: year, budget: file.budget, access: access, error: nil)
        return try await Self.render(request, page, user: user, status: .ok)
    }

    /// The page with who last changed each line, from the audit trail.
    static func render(_ request: Request, _ page: BudgetPage, user: SessionUser, status: HTTPResponseStatus) async throws -> Response {
        var page = page
        if let model = try await request.store.officeYearModel(officeCode: page.office.code, year: page.year) {
            page.lastChanges = try await request.store.lastChanges(officeYearID: try model.requireID(), tables: ["budget"])
            page.parentNotes = try await request.parentNotes(officeCode: page.office.code, year: page.year, kinds: [.tableRow])
        }
        return request.page(title: page.title, viewer: user.viewer, status: status) { page.body(csrf: $0) }
    }

    func update(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let form = try request.form(LineForm.self)
        let file = try await request.requireOfficeYear(office.code, year)
        guard let line = file.budget.tree.line(code: form.code), line.isLeaf else {
            throw Abort(.badRequest, reason: "Baris anggaran \(form.code) tidak ada atau bukan baris rincian.")
        }
        var problems: [String] = []
        func amount(_ text: String, _ field: String) -> Decimal? {
            do {
                let value = try IndonesianNumber.parseMoney(text)
                if value < 0 { problems.append("Kolom \(field) baris \(line.code.short): tidak boleh negatif."); return nil }
                return value
            } catch {
                problems.append("Kolom \(field) baris \(line.code.short): \(error.description).")
                return nil
            }
        }
        let pagu = amount(form.pagu, "Pagu")
        let realisasi = amount(form.realisasi, "Realisasi")
        let typed = BudgetPage.Typed(code: form.code, pagu: form.pagu, realisasi: form.realisasi)
        guard let pagu, let realisasi, problems.isEmpty else {
            let page = BudgetPage(office: file.office, year: year, budget: file.budget, access: access, error: problems.joined(separator: " "),
                                  typed: typed)
            return try await Self.render(request, page, user: user, status: .unprocessableEntity)
        }
        do {
            try await request.store.updateBudgetLine(officeCode: office.code, year: year, fullCode: form.code, pagu: pagu, realisasi: realisasi,
                                                    by: request.actor(user), basedOn: request.formVersion)
        } catch let conflict as any RefusedSave {
            let fresh = try await request.requireOfficeYear(office.code, year)
            let page = BudgetPage(office: fresh.office, year: year, budget: fresh.budget, access: access, error: conflict.description, typed: typed)
            return try await Self.render(request, page, user: user, status: .conflict)
        }
        return request.redirect(to: .budget(office: office.code, year: year), flash: "Baris \(line.code.short) disimpan.")
    }
}
