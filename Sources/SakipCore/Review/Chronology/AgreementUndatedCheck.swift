/// A PK without a signature date: the date fixes which PK was in force.
public struct AgreementUndatedCheck: ReviewCheck {
    public let code = "CHRON-PK-UNDATED"
    public let severity = ReviewSeverity.note
    public let category = ReviewCategory.chronology
    public let summary = "Perjanjian Kinerja mencantumkan tanggal tanda tangan."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        context.officeYear.agreements.enumerated().compactMap { index, agreement in
            guard agreement.signedOn == nil else { return nil }
            return finding(ReviewPlace(table: ReviewContext.agreementLabel(agreement), field: "tanggal tanda tangan",
                                       path: "$.agreements[\(index)].signedOn"),
                           "\(ReviewContext.agreementLabel(agreement)) tidak mencantumkan tanggal tanda tangan.",
                           expected: "tanggal pada Januari \(context.officeYear.year)", found: "kosong")
        }
    }
}
