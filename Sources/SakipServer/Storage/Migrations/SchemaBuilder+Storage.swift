import FluentKit
import SQLKit

extension SchemaBuilder {
    /// The columns every office-year child has: its office-year (deleted with it) and its place in file order.
    func officeYearChild() -> Self {
        self.id()
            .field("office_year_id", .uuid, .required, .references(OfficeYearModel.schema, .id, onDelete: .cascade))
            .field("position", .int, .required)
    }
}

extension Database {
    /// Creates an index on `office_year_id`, which PostgreSQL does not add for a foreign key by itself.
    func indexOfficeYear(of schema: String) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.create(index: "\(schema)_office_year_id_idx").on(schema).column("office_year_id").run()
    }
}
