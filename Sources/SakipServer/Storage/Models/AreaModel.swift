import FluentKit
import Foundation

/// A kecamatan of an office's territory with its kelurahan/desa (`Office.Area`).
public final class AreaModel: Model, @unchecked Sendable {
    public static let schema = "areas"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_id") public var office: OfficeModel
    @Field(key: "name") public var name: String
    @Field(key: "villages") public var villages: [String]
    /// Order in the office's list.
    @Field(key: "position") public var position: Int

    public init() {}
}
