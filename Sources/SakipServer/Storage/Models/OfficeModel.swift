import FluentKit
import Foundation

/// A KPU office (satker), shared by all its office-years. The profile is the one of the latest import.
public final class OfficeModel: Model, @unchecked Sendable {
    public static let schema = "offices"

    @ID(key: .id) public var id: UUID?
    /// Satker code, unique ("656024").
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    /// `Office.Level` raw value: ri, provinsi, kabupatenKota.
    @Field(key: "level") public var level: String
    /// The office above it, when that office is stored.
    @OptionalParent(key: "parent_id") public var parent: OfficeModel?
    /// The parent's code and name as the imported file states them (kept even when the parent is not stored).
    @OptionalField(key: "parent_code") public var parentCode: String?
    @OptionalField(key: "parent_name") public var parentName: String?
    @OptionalField(key: "province") public var province: String?
    @OptionalField(key: "address") public var address: String?
    @OptionalField(key: "phone") public var phone: String?
    @OptionalField(key: "email") public var email: String?
    @OptionalField(key: "website") public var website: String?
    /// The place written before signature dates.
    @OptionalField(key: "city") public var city: String?

    public init() {}
}
