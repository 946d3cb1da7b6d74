import Fluent
import SakipCore
import SakipDocuments
import Vapor

/// The audit trail of an office-year: every recorded change, filtered by person, table and period, as a
/// page and as an XLSX workbook. Read-only: no route changes or removes an entry.
struct AuditController: RouteCollection {
    /// Most entries a page lists; the workbook holds up to ``workbookLimit``.
    static let pageLimit = 500
    static let workbookLimit = 100_000

    func boot(routes: any RoutesBuilder) throws {
        routes.page(.auditTrail(office: "", year: 0), .office(.read), use: show)
        routes.page(.auditTrailWorkbook(office: "", year: 0), .office(.read), use: workbook)
    }

    /// The filter as the page's form sends it (query string): person, table, first and last day (ISO dates).
    struct Filter: Content {
        var orang: String?
        var tabel: String?
        var dari: String?
        var sampai: String?
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, _) = try await request.officeAccess()
        let (officeYearID, filter, range) = try await Self.scope(request, office: office.code, year: year)
        let entries = try await request.store.auditTrail(officeYearID: officeYearID, userName: filter.orang, table: filter.tabel,
                                                         from: range.from, to: range.to, limit: Self.pageLimit + 1)
        let (people, tables) = try await request.store.auditFacets(officeYearID: officeYearID)
        let page = AuditPage(officeCode: office.code, officeName: office.name, year: year, entries: Array(entries.prefix(Self.pageLimit)),
                             truncated: entries.count > Self.pageLimit, people: people, tables: tables, filter: filter)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func workbook(request: Request) async throws -> Response {
        let (_, office, year, _) = try await request.officeAccess()
        let (officeYearID, filter, range) = try await Self.scope(request, office: office.code, year: year)
        let entries = try await request.store.auditTrail(officeYearID: officeYearID, userName: filter.orang, table: filter.tabel,
                                                         from: range.from, to: range.to, limit: Self.workbookLimit)
        let rows = entries.enumerated().map { index, entry in
            ReportTable.Row([.number(Decimal(index + 1), .integer), .text(WIB.moment(entry.at)), .text(entry.userName), .text(entry.via),
                             .text(FieldChange.tableLabel(entry.table)), .text(entry.row), .text(FieldChange.fieldLabel(entry.field)),
                             .text(entry.before ?? ""), .text(entry.after ?? ""), .text(entry.path)])
        }
        let table = ReportTable(number: "1", title: "Jejak perubahan \(office.name) tahun \(year)",
                                columns: [.init("No", width: 4), .init("Waktu", width: 18), .init("Oleh", width: 14), .init("Lewat", width: 22),
                                          .init("Tabel", width: 14), .init("Baris", width: 12), .init("Kolom", width: 12),
                                          .init("Sebelum", width: 24), .init("Sesudah", width: 24), .init("Lokasi dalam berkas", width: 30)],
                                rows: rows)
        let response = Response(status: .ok, body: .init(data: try ReportTablesWorkbook.xlsx([table])))
        response.headers.replaceOrAdd(name: .contentType, value: DocumentRenderer.Format.xlsx.mediaType)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"jejak-\(office.code)-\(year).xlsx\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return response
    }

    /// The office-year, the filter and its period; a date that cannot be read is named.
    static func scope(_ request: Request, office: String, year: Int) async throws -> (UUID, Filter, (from: Date?, to: Date?)) {
        guard let model = try await request.store.officeYearModel(officeCode: office, year: year) else {
            throw Abort(.notFound, reason: "Belum ada data tahun \(year) untuk kantor ini.")
        }
        let filter = try request.query.decode(Filter.self)
        func day(_ text: String?, _ field: String) throws -> CalendarDate? {
            guard let text = text?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
            if let date = CalendarDate(iso: text) { return date }
            do { return try IndonesianDate.parse(text) } catch {
                throw Abort(.badRequest, reason: "Kolom \(field): \"\(text)\" bukan tanggal (tulis seperti 17 Januari \(year + 1)).")
            }
        }
        let from = try day(filter.dari, "Dari tanggal").flatMap(WIB.start(of:))
        let to = try day(filter.sampai, "Sampai tanggal").flatMap(WIB.start(of:)).map { $0.addingTimeInterval(24 * 3600) }
        return (try model.requireID(), filter, (from, to))
    }
}
