import FluentKit
import Foundation

/// A table whose rows belong to one office-year (`office_year_id`) and keep the file's order (`position`).
protocol OfficeYearChild: Model {}

extension OfficeYearChild {
    /// The rows of an office-year, in file order.
    static func rows(of officeYearID: UUID, on database: any Database) async throws -> [Self] {
        try await query(on: database).filter("office_year_id", .equal, officeYearID).sort("position").all()
    }

    /// Deletes the rows of an office-year.
    static func deleteRows(of officeYearID: UUID, on database: any Database) async throws {
        try await query(on: database).filter("office_year_id", .equal, officeYearID).delete()
    }
}
