import FluentKit
import Foundation

/// An indicator of an office-year with the rules that measure it (`Indicator`); enums as raw values.
public final class IndicatorModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "indicators"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @Field(key: "position") public var position: Int
    @Field(key: "key") public var key: String
    @Field(key: "statement") public var statement: String
    /// `IndicatorKind` raw value.
    @Field(key: "kind") public var kind: String
    @OptionalField(key: "unit") public var unit: String?
    /// `GradeScale` raw value.
    @OptionalField(key: "scale") public var scale: String?
    /// `Polarity` raw value.
    @Field(key: "polarity") public var polarity: String
    /// `LowerIsBetterFormula` raw value overriding the office's.
    @OptionalField(key: "lower_is_better_formula") public var lowerIsBetterFormula: String?
    @Field(key: "iku") public var iku: Bool
    /// `Indicator.YearValue` raw value.
    @Field(key: "year_value") public var yearValue: String
    @OptionalField(key: "definition") public var definition: String?
    @OptionalField(key: "data_source") public var dataSource: String?
    @OptionalField(key: "responsible_unit") public var responsibleUnit: String?

    public init() {}
}
