import FluentKit
import Foundation

/// A module of an office-year kept as a JSON document in the file's own format: the elections, the
/// logistics and the indicator bindings (`OfficeYear.moduleJSON`). Their rows nest deeply and are read
/// and checked whole, so one document per module keeps them exact.
public final class ModuleDocumentModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "module_documents"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    /// "elections", "logistics" or "bindings".
    @Field(key: "module") public var module: String
    @Field(key: "json") public var json: String

    public init() {}

    convenience init(module: String, json: String, officeYearID: UUID, position: Int) {
        self.init()
        self.$officeYear.id = officeYearID
        self.position = position
        self.module = module
        self.json = json
    }
}
