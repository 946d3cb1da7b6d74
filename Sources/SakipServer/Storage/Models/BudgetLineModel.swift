import FluentKit
import Foundation

/// A line of the DIPA tree (`BudgetLine`). A leaf keeps its own pagu and realisasi; a parent keeps the
/// figures the document *states* for it (its real figures are the sums of its children).
public final class BudgetLineModel: Model, OfficeYearChild, @unchecked Sendable {
    public static let schema = "budget_lines"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    @OptionalParent(key: "parent_id") public var parent: BudgetLineModel?
    /// Order among the lines of the office-year, depth first (children follow their parent).
    @Field(key: "position") public var position: Int
    /// The full code, "076.01.CQ.6709.QGE.001".
    @Field(key: "code") public var code: String
    @Field(key: "name") public var name: String
    /// POSIX decimals: a leaf's own figures, a parent's stated figures.
    @OptionalField(key: "pagu") public var pagu: String?
    @OptionalField(key: "realisasi") public var realisasi: String?
    @OptionalField(key: "printed_sisa") public var printedSisa: String?
    /// Persen as printed ("99,51").
    @OptionalField(key: "printed_persen") public var printedPersen: String?
    @Field(key: "is_leaf") public var isLeaf: Bool

    public init() {}
}
