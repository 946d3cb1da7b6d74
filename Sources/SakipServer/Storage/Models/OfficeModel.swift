import FluentKit
import Foundation

/// A KPU office (satker): its identity and place in the hierarchy, which belong to the national admin.
/// Everything else (profile, areas, the year's data) lives in the office-year documents.
public final class OfficeModel: Model, @unchecked Sendable {
    public static let schema = "offices"

    @ID(key: .id) public var id: UUID?
    /// Satker code, unique ("656024").
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    /// `Office.Level` raw value: ri, provinsi, kabupatenKota.
    @Field(key: "level") public var level: String
    /// The office above it.
    @OptionalParent(key: "parent_id") public var parent: OfficeModel?
    @Timestamp(key: "created_at", on: .create) public var createdAt: Date?

    public init() {}

    public init(code: String, name: String, level: String, parentID: UUID?) {
        self.code = code
        self.name = name
        self.level = level
        self.$parent.id = parentID
    }
}
