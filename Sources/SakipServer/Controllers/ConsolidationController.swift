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
        let built = try await build(request, office, year)
        var page = ConsolidationPage(office: office, year: built.year, view: built.view, query: built.query,
                                     openEntry: request.query[String.self, at: "iku"])
        if CatalogueAccess.mayDecide(user) {
            let province = office.level == Office.Level.provinsi.rawValue ? office.code : request.query[String.self, at: "provinsi"].flatMap { $0.isEmpty ? nil : $0 }
            let selection = CatalogueMappingSelection(year: built.year, province: province)
            page.catalogueLink = SiteURL.catalogueMapping.path + selection.querySuffix
        }
        return request.page(title: page.title, viewer: user.viewer) { _ in page.body() }
    }

    func workbook(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let built = try await build(request, office, year)
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

    private struct Built {
        var year: Int
        var view: ConsolidationPage.View
        /// The national filter as a query string ("provinsi=…&tingkat=…"), empty for a province.
        var query: String
    }

    private func build(_ request: Request, _ office: OfficeModel, _ pathYear: Int) async throws -> Built {
        let officeID = try office.requireID()
        if office.level == Office.Level.provinsi.rawValue {
            let input = try await request.store.consolidationInput(.province(officeID), years: [pathYear], today: .today)
            guard let consolidation = ProvinceConsolidation.build(provinceCode: office.code, year: pathYear, input: input) else {
                throw Abort(.notFound, reason: "Data konsolidasi \(office.name) tidak ditemukan.")
            }
            return Built(year: pathYear, view: .province(consolidation), query: "")
        }
        // KPU RI: the filter from the query; the year of the form wins over the path's.
        let year = request.query[Int.self, at: "tahun"].flatMap { (1900...2200).contains($0) ? $0 : nil } ?? pathYear
        let province = request.query[String.self, at: "provinsi"].flatMap { $0.isEmpty ? nil : $0 }
        let level = request.query[String.self, at: "tingkat"].flatMap(Office.Level.init(rawValue:))
        let years = Array((year - Self.trendLength + 1)...year)
        let input = try await request.store.consolidationInput(.national, years: years, today: .today)
        let filter = ConsolidationFilter(provinceCodes: province.map { [$0] }, levels: level.map { [$0] })
        let consolidation = NationalConsolidation.build(year: year, filter: filter, input: input, trendYears: years)
        let provinces = input.offices.filter { $0.level == .provinsi }
        var query: [String] = []
        if let province { query.append("provinsi=\(province.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")") }
        if let level { query.append("tingkat=\(level.rawValue)") }
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
