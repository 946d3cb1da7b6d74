import SakipCore
import SakipDocuments
import Vapor

/// The recap of evaluations for a Provinsi (its Kab/Kota) or KPU RI (every office), as a page and as XLSX.
struct EvaluationRecapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.evaluationRecap(office: "", year: 0), .evaluationRecap, use: show)
        routes.page(.evaluationRecapWorkbook(office: "", year: 0), .evaluationRecap, use: workbook)
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let (recap, notStarted) = try await build(request, office, year)
        let page = EvaluationRecapPage(office: office, recap: recap, notStarted: notStarted)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func workbook(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let bytes = try EvaluationRecapWorkbook(try await build(request, office, year).0).xlsx()
        let response = Response(status: .ok, body: .init(data: bytes))
        response.headers.replaceOrAdd(name: .contentType, value: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"rekap-evaluasi-\(office.code)-\(year).xlsx\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    private func build(_ request: Request, _ office: OfficeModel, _ year: Int) async throws -> (EvaluationRecap, [OfficeModel]) {
        let title = office.level == Office.Level.ri.rawValue ? "Seluruh Satker KPU" : "KPU Kabupaten/Kota di wilayah \(office.name)"
        return try await request.store.evaluationRecap(title: title, offices: try await request.store.recapOffices(of: office), year: year)
    }
}
