import FluentKit
import Foundation

/// One recorded change: who, when, through which route or command, where (office-year, table, row,
/// field) and the value before and after. Append-only: the database refuses updates and deletes.
public final class AuditEntryModel: Model, @unchecked Sendable {
    public static let schema = "audit_entries"

    @ID(key: .id) public var id: UUID?
    @Field(key: "at") public var at: Date
    @OptionalField(key: "office_id") public var officeID: UUID?
    @OptionalField(key: "office_year_id") public var officeYearID: UUID?
    /// The office-year version the change produced.
    @OptionalField(key: "version") public var version: Int?
    @OptionalField(key: "user_id") public var userID: UUID?
    @Field(key: "user_name") public var userName: String
    /// "POST /kantor/655921/2024/realisasi", "sakip demo" ….
    @Field(key: "via") public var via: String
    @Field(key: "table_name") public var table: String
    @Field(key: "row_key") public var row: String
    @Field(key: "field") public var field: String
    @Field(key: "path") public var path: String
    @OptionalField(key: "before") public var before: String?
    @OptionalField(key: "after") public var after: String?

    public init() {}
}
