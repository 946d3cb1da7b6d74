import FluentKit
import Foundation

/// One office for one year: settings, stated totals and report data. Everything else of the year hangs
/// below it in child tables (`office_year_id`) and goes with it.
public final class OfficeYearModel: Model, @unchecked Sendable {
    public static let schema = "office_years"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_id") public var office: OfficeModel
    @Field(key: "year") public var year: Int
    /// Where the data came from.
    @OptionalField(key: "source") public var source: String?
    /// `LowerIsBetterFormula` raw value.
    @Field(key: "lower_is_better_formula") public var lowerIsBetterFormula: String
    @Field(key: "cap_above_100") public var capAbove100: Bool
    /// The office's category scale, highest band first.
    @Field(key: "category_bands") public var categoryBands: [StoredBand]
    /// Whether the year has an RKT (its rows are target rows without an agreement).
    @Field(key: "has_annual_plan") public var hasAnnualPlan: Bool
    @OptionalField(key: "printed_office_capaian") public var printedOfficeCapaian: String?
    @OptionalField(key: "printed_office_category") public var printedOfficeCategory: String?
    /// The budget's grand total as printed (POSIX decimals; persen as written).
    @OptionalField(key: "printed_total_pagu") public var printedTotalPagu: String?
    @OptionalField(key: "printed_total_realisasi") public var printedTotalRealisasi: String?
    @OptionalField(key: "printed_total_sisa") public var printedTotalSisa: String?
    @OptionalField(key: "printed_total_persen") public var printedTotalPersen: String?
    @OptionalField(key: "report_place") public var reportPlace: String?
    /// ISO date of the LKj.
    @OptionalField(key: "report_date") public var reportDate: String?
    /// Key of the person who signs the LKj.
    @OptionalField(key: "report_signatory_key") public var reportSignatoryKey: String?
    @OptionalField(key: "renstra_year_number") public var renstraYearNumber: Int?
    @Timestamp(key: "updated_at", on: .update) public var updatedAt: Date?

    public init() {}
}
