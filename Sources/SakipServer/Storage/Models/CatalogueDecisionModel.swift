import FluentKit
import Foundation
import SakipCore

/// A confirmed decision of the indicator mapping (SakipCore `IndicatorMapping.Decision`): an office's indicator,
/// by its wording, is a catalogue entry, or has none (`catalogue_code` NULL).
public final class CatalogueDecisionModel: Model, @unchecked Sendable {
    public static let schema = "catalogue_decisions"

    @ID(key: .id) public var id: UUID?
    @Field(key: "office_code") public var officeCode: String
    /// The wording as the office wrote it when the decision was taken.
    @Field(key: "statement") public var statement: String
    /// `IndicatorText.key(statement)`: the unique key with the office code.
    @Field(key: "statement_key") public var statementKey: String
    @OptionalField(key: "catalogue_code") public var catalogueCode: String?
    @OptionalField(key: "confirmed_by_name") public var confirmedByName: String?
    /// "2025-01-06".
    @OptionalField(key: "confirmed_on") public var confirmedOn: String?

    public init() {}

    /// The decision as the core reads it.
    public var decision: IndicatorMapping.Decision {
        IndicatorMapping.Decision(officeCode: officeCode, statement: statement, catalogueCode: catalogueCode,
                                  confirmedBy: confirmedByName, confirmedOn: confirmedOn.flatMap { CalendarDate(iso: $0) })
    }
}
