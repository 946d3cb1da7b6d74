import Foundation
import SakipCore
import SakipDocuments
import Vapor

/// The office-year's tables (staff, Renstra, RKT, RAK, budget …), shown and edited as pasted tables.
struct SheetController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.page(.sheets(office: "", year: 0), .office(.read), use: list)
        routes.page(.sheet(office: "", year: 0, sheet: ""), .office(.read), use: show)
        routes.action(.sheet(office: "", year: 0, sheet: ""), .office(.edit), use: save)
        routes.action(.importSheet(office: "", year: 0, sheet: ""), .office(.edit), body: .upload, use: importWorkbook)
    }

    struct SheetForm: Content {
        var rows: String
    }

    struct WorkbookForm: Content {
        var file: File
        /// The election a DPT recap or binding belongs to, when the workbook has no such column.
        var eventId: String?
    }

    func list(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let page = SheetsPage(office: file.office, year: year, sheets: Sheet.ID.allCases.map { id in
            let sheet = Sheet.sheet(id, for: file)
            return (sheet, SheetEditor.rows(sheet, of: file).count)
        }, access: access)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func show(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let sheet = try Self.sheet(request, file)
        let page = SheetPage(office: file.office, year: year, sheet: sheet, rows: SheetEditor.rows(sheet, of: file),
                             text: SheetEditor.text(sheet, of: file), problems: [], access: access,
                             findings: request.review(of: file).findings(under: sheet.jsonPath), elections: file.elections)
        return request.page(title: page.title, viewer: user.viewer) { page.body(csrf: $0) }
    }

    func save(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let sheet = try Self.sheet(request, file)
        let form = try request.form(SheetForm.self)
        do {
            let changed = try await request.store.change(officeCode: office.code, year: year, by: request.actor(user),
                                                         basedOn: request.formVersion) { file in
                let result = try SheetEditor.apply(sheet, text: form.rows, to: file)
                file = result.officeYear
                return result.warnings.map(\.description)
            }
            let count = SheetEditor.rows(sheet, of: changed.stored.file).count
            let warnings = changed.value.isEmpty ? "" : " Peringatan: " + changed.value.joined(separator: "; ")
            return request.redirect(to: .sheet(office: office.code, year: year, sheet: sheet.id.rawValue),
                                    flash: "Tabel \(sheet.title) disimpan (\(count) baris).\(warnings)")
        } catch let rejection as SheetRejection {
            let page = SheetPage(office: file.office, year: year, sheet: sheet, rows: SheetEditor.rows(sheet, of: file),
                                 text: form.rows, problems: rejection.problems, access: access, elections: file.elections)
            return request.page(title: page.title, viewer: user.viewer, status: .unprocessableEntity) { page.body(csrf: $0) }
        } catch let conflict as any RefusedSave {
            let fresh = try await request.requireOfficeYear(office.code, year)
            let page = SheetPage(office: fresh.office, year: year, sheet: sheet, rows: SheetEditor.rows(sheet, of: fresh), text: form.rows,
                                 problems: [SheetProblem(line: nil, column: nil, value: nil, reason: conflict.description)],
                                 access: access, elections: fresh.elections)
            return request.page(title: page.title, viewer: user.viewer, status: .conflict) { page.body(csrf: $0) }
        }
    }

    /// A workbook (.xlsx) in the layout the office keeps, read into the table: all or nothing, with every
    /// refused cell named by worksheet and cell.
    func importWorkbook(request: Request) async throws -> Response {
        let (user, office, year, access) = try await request.officeAccess()
        let file = try await request.requireOfficeYear(office.code, year)
        let sheet = try Self.sheet(request, file)
        let form = try request.form(WorkbookForm.self)
        var fill: [String: String] = [:]
        if let event = form.eventId, !event.isEmpty, sheet.columns.contains(where: { $0.key == "eventId" }) { fill["eventId"] = event }
        let problems: [SheetProblem]
        do {
            let imported = try SheetImport.read(try WorkbookReader.read(Data(buffer: form.file.data)), for: sheet, fill: fill)
            do {
                let changed = try await request.store.change(officeCode: office.code, year: year, by: request.actor(user),
                                                             basedOn: request.formVersion) { file in
                    let result = try SheetEditor.apply(sheet, rows: imported.rows, to: file)
                    file = result.officeYear
                    return imported.locate(result.warnings).map(\.description)
                }
                let notes = imported.notes.isEmpty ? "" : " Dilewati: " + imported.notes.joined(separator: "; ") + "."
                let warnings = changed.value.isEmpty ? "" : " Peringatan: " + changed.value.joined(separator: "; ")
                return request.redirect(to: .sheet(office: office.code, year: year, sheet: sheet.id.rawValue),
                                        flash: "Tabel \(sheet.title) diimpor dari lembar \"\(imported.worksheet)\" berkas \(form.file.filename) (\(imported.rows.count) baris).\(notes)\(warnings)")
            } catch let rejection as SheetRejection {
                problems = imported.locate(rejection.problems)
            } catch let conflict as any RefusedSave {
                problems = [SheetProblem(line: nil, column: nil, value: nil, reason: conflict.description)]
            }
        } catch let error as DocumentError {
            problems = [SheetProblem(line: nil, column: nil, value: nil, reason: error.description)]
        } catch let rejection as SheetRejection {
            problems = rejection.problems
        }
        let page = SheetPage(office: file.office, year: year, sheet: sheet, rows: SheetEditor.rows(sheet, of: file),
                             text: SheetEditor.text(sheet, of: file), problems: problems, access: access, elections: file.elections,
                             rejectedFile: form.file.filename)
        return request.page(title: page.title, viewer: user.viewer, status: .unprocessableEntity) { page.body(csrf: $0) }
    }

    private static func sheet(_ request: Request, _ file: OfficeYear) throws -> Sheet {
        guard let slug = request.parameters.get("sheet"), let id = Sheet.ID(rawValue: slug) else {
            throw Abort(.notFound, reason: "Tabel \"\(request.parameters.get("sheet") ?? "")\" tidak dikenal.")
        }
        return Sheet.sheet(id, for: file)
    }
}
