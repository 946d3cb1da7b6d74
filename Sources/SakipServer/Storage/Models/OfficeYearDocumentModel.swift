import FluentKit
import Foundation

/// The office-year itself: its canonical office-year file (docs/office-year-format.md), as
/// `OfficeYearWriter` writes it, so that reading it back gives the same value.
final class OfficeYearDocumentModel: Model, @unchecked Sendable {
    static let schema = "office_year_documents"

    @ID(key: .id) var id: UUID?
    @Parent(key: "office_year_id") var officeYear: OfficeYearModel
    @Field(key: "json") var json: String

    init() {}

    init(officeYearID: UUID, json: String) {
        self.$officeYear.id = officeYearID
        self.json = json
    }
}
