import Fluent
import SakipCore
import Vapor

/// The office-year dashboard and its comments.
struct DashboardController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.dashboard(office: "", year: 0), .office(.read), use: show)
        routes.action(.comments(office: "", year: 0), .office(.comment), use: comment)
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let today = CalendarDate.today
        let comments = try await request.store.comments(officeCode: office.code, year: year).map { comment in
            DashboardPage.Comment(author: comment.authorName, role: UserRole(rawValue: comment.authorRole)?.label ?? comment.authorRole,
                                  subject: comment.subject, text: comment.text,
                                  date: comment.createdAt.map { IndonesianDate.format(CalendarDate(date: $0)) } ?? "")
        }
        let years = try await request.store.years(officeCode: office.code)
        // Everything the body shows comes from the stored office-year version, the comments, the years, the
        // user's rights and today's date (the reference quarter): together they name the rendered body.
        var shown = Hasher()
        shown.combine(comments)
        shown.combine(access)
        // The office's name and parent come from the admin's table, not from the office-year's version.
        shown.combine(file.office.name)
        shown.combine(file.office.parentName)
        shown.combine(file.office.level.rawValue)
        // The office-year's id is random per database, so a restored or another database never matches a kept body.
        let stored = request.shownOfficeYear.map { "\($0.id) v\($0.version)" } ?? "-"
        let version = "\(stored) years \(years) today \(today) comments \(comments.count) \(shown.finalize())"
        // The page (budget sums, missing realisations, the checklist) is built only when its body is not kept.
        return request.page(title: DashboardPage.title(officeName: file.office.name, year: year), viewer: user.viewer,
                            cachedIn: "dashboard \(office.code) \(year) \(access)", version: version) { csrf in
            let statuses = PerformanceAgreement.Level.allCases.compactMap { level in
                file.agreements.current(level).map { DashboardPage.AgreementStatus(level: level, revision: $0.revision, text: $0.statusText) }
            }
            let page = DashboardPage(
                office: file.office, year: year, years: years, result: request.measurement(of: file),
                programs: file.budget.tree.totals(at: .program), activities: file.budget.tree.totals(at: .kegiatan),
                total: file.budget.tree.total, monthly: file.budget.absorptionByMonth, review: request.review(of: file),
                missing: file.missingRealisations(through: file.referenceQuarter(on: today)),
                referenceQuarter: file.referenceQuarter(on: today), agreements: statuses, comments: comments, access: access,
                checklist: file.agreements.isEmpty ? SetupChecklistView(steps: file.setupChecklist(on: today), file: file) : nil)
            return page.body(csrf: csrf)
        }
    }

    struct CommentForm: Content {
        var subject: String
        var text: String
    }

    func comment(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let form = try request.form(CommentForm.self)
        let text = form.text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else {
            return request.redirect(to: .dashboard(office: office.code, year: year), flash: "Komentar kosong tidak disimpan.")
        }
        _ = try await request.store.addComment(officeCode: office.code, year: year, userID: user.id, subject: form.subject, text: text)
        return request.redirect(to: .dashboard(office: office.code, year: year), flash: "Komentar disimpan.")
    }
}


extension PerformanceAgreement {
    /// "ditandatangani 17 Januari 2024" or "draf, belum ditandatangani".
    var statusText: String {
        signedOn.map { "ditandatangani \(IndonesianDate.format($0))\(place.map { " di \($0)" } ?? "")" } ?? "draf, belum ditandatangani"
    }
}

extension CalendarDate {
    /// Today in Indonesian western time (UTC+7), the calendar KPU offices work by.
    static var today: CalendarDate { CalendarDate(date: Date()) }

    init(date: Date) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 7 * 3600)!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        self = CalendarDate(year: parts.year!, month: parts.month!, day: parts.day!)!
    }
}
