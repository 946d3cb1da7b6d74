import Fluent
import SakipCore
import Vapor

/// The list of offices the user may open, and the start of a new year for an office.
struct OfficeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.offices, .signedIn, use: list)
        routes.action(.newYear(office: ""), .office(.edit), use: startYear)
    }

    /// Two queries whatever the number of offices: the offices, then every office's years; ancestors are walked in memory.
    func list(request: Request) async throws -> Response {
        let user = try await request.gatedUser()
        let offices = try await request.store.offices()
        let byID = Dictionary(offices.compactMap { office in office.id.map { ($0, office) } }, uniquingKeysWith: { first, _ in first })
        let years = try await request.store.yearsByOffice()
        var entries: [OfficesPage.Entry] = []
        for office in offices {
            var ancestors: [String] = []
            var next = office.$parent.id.flatMap { byID[$0] }
            while let parent = next, ancestors.count < 4 {
                ancestors.append(parent.code)
                next = parent.$parent.id.flatMap { byID[$0] }
            }
            let access = AccessPolicy.access(role: user.role, userOffice: user.officeCode, target: office.code, ancestors: ancestors)
            guard access.read else { continue }
            let level = Office.Level(rawValue: office.level) ?? .kabupatenKota
            entries.append(.init(code: office.code, name: office.name, level: level,
                                 parentName: office.$parent.id.flatMap { byID[$0] }?.name, years: office.id.flatMap { years[$0] } ?? [],
                                 canStartYear: access.edit, consolidates: level != .kabupatenKota))
        }
        let page = OfficesPage(entries: entries, thisYear: CalendarDate.today.year,
                               recaps: [.provincialEvaluator, .reviewer, .nationalAdmin].contains(user.role),
                               canAddOffice: user.role == .nationalAdmin)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    struct YearForm: Content { var year: String }

    /// Creates the office's data for a year: carried over from the latest earlier year, or empty.
    func startYear(request: Request) async throws -> Response {
        let grant = try await request.officeGrant()
        let office = grant.office, user = grant.user
        let code = office.code
        let form = try request.form(YearForm.self)
        let years = try await request.store.years(officeCode: code)
        guard let year = Int(form.year.trimmingCharacters(in: .whitespaces)), (2000...2100).contains(year) else {
            throw Abort(.unprocessableEntity, reason: "Kolom Tahun: \"\(form.year)\" bukan tahun (misalnya \(CalendarDate.today.year)).")
        }
        guard !years.contains(year) else {
            return request.redirect(to: .dashboard(office: code, year: year), flash: "Data tahun \(year) sudah ada.")
        }
        let file: OfficeYear
        if let previous = years.filter({ $0 < year }).max(), let stored = try await request.store.load(officeCode: code, year: previous) {
            file = stored.carriedOver(to: year)
        } else {
            let parent = try await office.$parent.get(on: request.db)
            file = OfficeYear(year: year, office: Office(code: office.code, name: office.name, level: Office.Level(rawValue: office.level) ?? .kabupatenKota,
                                                         parentName: parent?.name, parentCode: parent?.code))
        }
        try await request.store.create(file, by: request.actor(user))
        return request.redirect(to: .sheets(office: code, year: year),
                                flash: "Tahun \(year) dimulai. Isi tabel-tabelnya, lalu PK dan realisasi.")
    }
}
