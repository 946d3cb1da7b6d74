import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// The office-year as a core value, exactly as it was imported and since edited; nil when not stored.
    public func load(officeCode: String, year: Int) async throws -> OfficeYear? {
        try await Self.load(officeCode: officeCode, year: year, on: database)
    }

    static func load(officeCode: String, year: Int, on db: any Database) async throws -> OfficeYear? {
        guard let model = try await officeYearModel(officeCode: officeCode, year: year, on: db),
              let office = try await OfficeModel.find(model.$office.id, on: db) else { return nil }
        return try await load(model, office: office, on: db)
    }

    static func load(_ model: OfficeYearModel, office: OfficeModel, on db: any Database) async throws -> OfficeYear {
        let id = try model.requireID()
        let areas = try await AreaModel.query(on: db).filter(\.$office.$id == office.requireID()).sort(\.$position).all()
        var file = OfficeYear(year: model.year, source: model.source, office: try office.core(areas: areas),
                              settings: try model.settings())
        file.people = try await PersonModel.rows(of: id, on: db).map { p throws(StorageError) in try p.core() }
        file.objectives = try await ObjectiveModel.rows(of: id, on: db).map { $0.core() }
        file.indicators = try await IndicatorModel.rows(of: id, on: db).map { i throws(StorageError) in try i.core() }
        if let renstra = try await RenstraModel.rows(of: id, on: db).first {
            file.renstra = try renstra.core(targets: try await RenstraTargetModel.rows(of: id, on: db))
        }
        try await loadPlans(into: &file, model: model, on: db)
        file.actionPlan = try await ActionPlanRowModel.rows(of: id, on: db).map { r throws(StorageError) in try r.core() }
        file.realisations = try await RealisationModel.rows(of: id, on: db).map { r throws(StorageError) in try r.core() }
        file.measurement = MeasurementTable(
            rows: try await MeasurementRowModel.rows(of: id, on: db).map { r throws(StorageError) in try r.core() },
            printedOfficeCapaian: model.printedOfficeCapaian, printedOfficeCategory: model.printedOfficeCategory)
        file.indicatorHistory = try await IndicatorHistoryModel.rows(of: id, on: db).map { h throws(StorageError) in try h.core() }
        file.analyses = try await AnalysisModel.rows(of: id, on: db).map { $0.core() }
        file.budget = Budget(
            tree: try BudgetLineModel.tree(try await BudgetLineModel.rows(of: id, on: db)),
            printedTotal: try model.printedTotal(),
            revisions: try await DIPARevisionModel.rows(of: id, on: db).map { r throws(StorageError) in try r.core() },
            history: try await BudgetYearModel.rows(of: id, on: db).map { y throws(StorageError) in try y.core() },
            grants: try await GrantModel.rows(of: id, on: db).map { g throws(StorageError) in try g.core() },
            monthly: try await BudgetMonthModel.rows(of: id, on: db).map { m throws(StorageError) in try m.core() })
        file.report = try model.report(claims: try await ClaimModel.rows(of: id, on: db).map { c throws(StorageError) in try c.core() })
        let modules = try await ModuleDocumentModel.rows(of: id, on: db).map { (key: $0.module, json: $0.json) }
        do { file = try file.withModules(modules) } catch {
            throw StorageError.corrupt("module_documents: modul pemilu/logistik tidak dapat dibaca: \(error)")
        }
        return file
    }

    /// The RKT and the PK revisions with their rows and programs.
    private static func loadPlans(into file: inout OfficeYear, model: OfficeYearModel, on db: any Database) async throws {
        let id = try model.requireID()
        let rows = try await TargetRowModel.rows(of: id, on: db)
        let programs = try await ProgramBudgetModel.rows(of: id, on: db)
        if model.hasAnnualPlan {
            file.annualPlan = AnnualPlan(
                rows: try rows.filter { $0.$agreement.id == nil }.map { r throws(StorageError) in try r.core() },
                programs: try programs.filter { $0.$agreement.id == nil }.map { p throws(StorageError) in try p.core() })
        }
        file.agreements = try await AgreementModel.rows(of: id, on: db).map { agreement throws(StorageError) in
            try agreement.core(rows: rows.filter { $0.$agreement.id == agreement.id },
                               programs: programs.filter { $0.$agreement.id == agreement.id })
        }
    }
}
