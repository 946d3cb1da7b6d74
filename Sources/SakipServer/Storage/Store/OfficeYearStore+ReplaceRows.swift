import FluentKit
import Foundation
import SakipCore

extension OfficeYearStore {
    /// People, sasaran, indicators, Renstra, RKT and PK.
    static func insertPlanning(_ file: OfficeYear, officeYearID id: UUID, on db: any Database) async throws {
        try await insertRows("menyimpan daftar orang", file.people.enumerated().map { PersonModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan sasaran", file.objectives.enumerated().map { ObjectiveModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan indikator", file.indicators.enumerated().map { IndicatorModel($1, officeYearID: id, position: $0) }, on: db)
        if let renstra = file.renstra {
            try await insertRows("menyimpan Renstra", [RenstraModel(renstra, officeYearID: id)], on: db)
            let targets = renstra.targets.enumerated().flatMap { RenstraTargetModel.rows($1, officeYearID: id, position: $0) }
            try await insertRows("menyimpan target Renstra", targets, on: db)
        }
        let agreements = file.agreements.enumerated().map { AgreementModel($1, officeYearID: id, position: $0) }
        try await insertRows("menyimpan PK", agreements, on: db)

        var rows = (file.annualPlan?.rows ?? []).enumerated().map { TargetRowModel($1, officeYearID: id, agreementID: nil, position: $0) }
        var programs = (file.annualPlan?.programs ?? []).enumerated().map {
            ProgramBudgetModel($1, officeYearID: id, agreementID: nil, position: $0)
        }
        for (agreement, model) in zip(file.agreements, agreements) {
            rows += agreement.rows.enumerated().map { TargetRowModel($1, officeYearID: id, agreementID: model.id, position: $0) }
            programs += agreement.programs.enumerated().map { ProgramBudgetModel($1, officeYearID: id, agreementID: model.id, position: $0) }
        }
        try await insertRows("menyimpan baris target RKT dan PK", rows, on: db)
        try await insertRows("menyimpan anggaran program RKT dan PK", programs, on: db)
    }

    /// RAK, realisations, measurement table, history and analyses.
    static func insertMeasurement(_ file: OfficeYear, officeYearID id: UUID, on db: any Database) async throws {
        try await insertRows("menyimpan RAK", file.actionPlan.enumerated().map { ActionPlanRowModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan realisasi triwulanan",
                             file.realisations.enumerated().map { RealisationModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan tabel pengukuran",
                             file.measurement.rows.enumerated().map { MeasurementRowModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan riwayat indikator",
                             file.indicatorHistory.enumerated().map { IndicatorHistoryModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan analisis", file.analyses.enumerated().map { AnalysisModel($1, officeYearID: id, position: $0) }, on: db)
    }

    /// DIPA tree, revisions, earlier years, grants and the report's claims.
    static func insertBudget(_ file: OfficeYear, officeYearID id: UUID, on db: any Database) async throws {
        try await insertRows("menyimpan pohon anggaran (DIPA)", BudgetLineModel.rows(file.budget.tree, officeYearID: id), on: db)
        try await insertRows("menyimpan revisi DIPA",
                             file.budget.revisions.enumerated().map { DIPARevisionModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan anggaran tahun sebelumnya",
                             file.budget.history.enumerated().map { BudgetYearModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan realisasi bulanan",
                             file.budget.monthly.enumerated().map { BudgetMonthModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan data pemilu dan logistik",
                             file.moduleJSON.enumerated().map { ModuleDocumentModel(module: $1.key, json: $1.json, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan hibah daerah", file.budget.grants.enumerated().map { GrantModel($1, officeYearID: id, position: $0) }, on: db)
        try await insertRows("menyimpan klaim laporan",
                             file.report.claims.enumerated().map { ClaimModel($1, officeYearID: id, position: $0) }, on: db)
    }
}
