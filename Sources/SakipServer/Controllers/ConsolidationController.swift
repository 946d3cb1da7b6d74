import SakipCore
import SakipDocuments
import Vapor

/// The consolidation of a KPU Provinsi (its Kab/Kota) and of KPU RI (every office, filtered by province, level and
/// year, with the trend over the Renstra years), as a page and as XLSX. Reads stored summaries and submissions in a
/// fixed number of queries (``OfficeYearStore/consolidationInput(_:years:today:)``).
struct ConsolidationController: RouteCollection {
    /// The Renstra years the national trend covers, ending with the year shown.
    static let trendLength = 5

    func boot(routes: any RoutesBuilder) throws {
        routes.page(.consolidation(office: "", year: 0), .consolidation, use: show)
        routes.page(.consolidationWorkbook(office: "", year: 0), .consolidation, use: workbook)
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let filter = Filter(request, office: office, pathYear: year)
        let version = try await DataVersion.current(DataVersion.consolidation, on: request.db)
        let built = try await build(request, office, filter, version: version)
        let openEntry = request.query[String.self, at: "iku"].map { String($0.prefix(64)) }
        var page = ConsolidationPage(office: office, year: built.year, view: built.view, query: built.query, openEntry: openEntry)
        if CatalogueAccess.mayDecide(user) {
            let selection = CatalogueMappingSelection(year: built.year, province: office.level == Office.Level.provinsi.rawValue ? office.code : filter.province)
            page.catalogueLink = SiteURL.catalogueMapping.path + selection.querySuffix
        }
        guard let version else { return request.page(title: page.title, viewer: user.viewer) { _ in page.body() } }
        // The body shows only the built consolidation, the entry opened and the link for who may map: rendered once
        // per all three and kept.
        return request.page(title: page.title, viewer: user.viewer,
                            cachedIn: "konsolidasi \(filter.slot(office)) iku \(openEntry ?? "-") katalog \(page.catalogueLink ?? "-")",
                            version: filter.version(data: version)) { _ in page.body() }
    }

    func workbook(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let built = try await build(request, office, Filter(request, office: office, pathYear: year),
                                    version: try await DataVersion.current(DataVersion.consolidation, on: request.db))
        let bytes: Data
        switch built.view {
        case .province(let consolidation): bytes = try ConsolidationExport.xlsx(province: consolidation)
        case .national(let consolidation, _, _): bytes = try ConsolidationExport.xlsx(national: consolidation)
        }
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"konsolidasi-\(office.code)-\(built.year).xlsx\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    private struct Built: Sendable {
        var year: Int
        var view: ConsolidationPage.View
        /// The national filter as a query string ("provinsi=…&tingkat=…"), empty for a province.
        var query: String
    }

    /// What a request asks to consolidate: a province's year, or KPU RI's year (the form's wins over the path's),
    /// province and level, on the day of the request (days late count to it).
    private struct Filter {
        var year: Int
        var province: String?
        var level: Office.Level?
        var today: CalendarDate

        init(_ request: Request, office: OfficeModel, pathYear: Int) {
            today = .today
            guard office.level != Office.Level.provinsi.rawValue else {
                year = pathYear
                return
            }
            year = request.query[Int.self, at: "tahun"].flatMap { (1900...2200).contains($0) ? $0 : nil } ?? pathYear
            province = request.query[String.self, at: "provinsi"].flatMap { $0.isEmpty ? nil : String($0.prefix(64)) }
            level = request.query[String.self, at: "tingkat"].flatMap(Office.Level.init(rawValue:))
        }

        /// Which consolidation is asked for.
        func slot(_ office: OfficeModel) -> String {
            "\(office.code) \(year) provinsi \(province ?? "-") tingkat \(level?.rawValue ?? "-")"
        }

        /// The day and the stored data version: what else the built consolidation depends on.
        func version(data: String) -> String { "today \(today) data \(data)" }
    }

    /// Built consolidations by filter and stored data version.
    private static let cache = DataVersionCache<Built>()

    private func build(_ request: Request, _ office: OfficeModel, _ filter: Filter, version: String?) async throws -> Built {
        try await Self.cache.value(filter.slot(office), version: version.map { filter.version(data: $0) }) {
            try await build(request, office, filter)
        }
    }

    private func build(_ request: Request, _ office: OfficeModel, _ filter: Filter) async throws -> Built {
        let officeID = try office.requireID()
        let year = filter.year
        if office.level == Office.Level.provinsi.rawValue {
            let input = try await request.store.consolidationInput(.province(officeID), years: [year], today: filter.today)
            guard let consolidation = ProvinceConsolidation.build(provinceCode: office.code, year: year, input: input) else {
                throw Abort(.notFound, reason: "Data konsolidasi \(office.name) tidak ditemukan.")
            }
            return Built(year: year, view: .province(consolidation), query: "")
        }
        let years = Array((year - Self.trendLength + 1)...year)
        let input = try await request.store.consolidationInput(.national, years: years, today: filter.today)
        let selection = ConsolidationFilter(provinceCodes: filter.province.map { [$0] }, levels: filter.level.map { [$0] })
        let consolidation = NationalConsolidation.build(year: year, filter: selection, input: input, trendYears: years)
        let provinces = input.offices.filter { $0.level == .provinsi }
        var query: [String] = []
        if let province = filter.province { query.append("provinsi=\(province.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
        if let level = filter.level { query.append("tingkat=\(level.rawValue)") }
        return Built(year: year, view: .national(consolidation, provinces: provinces, years: Array((year - 9)...(year + 1))),
                     query: query.joined(separator: "&"))
    }
}

/// Consolidation belongs to a KPU Provinsi (over its Kab/Kota) or KPU RI (over every office): a Kab/Kota has none.
struct ConsolidationLevelMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let grant = try await request.officeGrant()
        guard grant.office.level != Office.Level.kabupatenKota.rawValue else {
            throw Abort(.notFound, reason: "Konsolidasi dibuat untuk KPU Provinsi (atas KPU Kabupaten/Kota di wilayahnya) atau KPU RI.")
        }
        return try await next.respond(to: request)
    }
}
