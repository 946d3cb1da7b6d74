import FluentKit

/// Creates `catalogue_decisions`: which national catalogue entry each office indicator is, as a person at KPU RI
/// confirmed it (SakipCore `IndicatorMapping.Decision`). Keyed by the office and the indicator's normalised wording,
/// so that a reworded indicator is unmapped again instead of being merged silently.
struct CreateCatalogueDecisions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CatalogueDecisionModel.schema)
            .id()
            .field("office_code", .string, .required)
            .field("statement", .string, .required)
            .field("statement_key", .string, .required)
            .field("catalogue_code", .string)
            .field("confirmed_by_name", .string)
            .field("confirmed_on", .string)
            .unique(on: "office_code", "statement_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CatalogueDecisionModel.schema).delete()
    }
}
