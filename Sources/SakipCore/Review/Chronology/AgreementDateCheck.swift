/// A PK signed outside January of its year, or a PK revision dated before the revision it replaces or
/// outside the year.
public struct AgreementDateCheck: ReviewCheck {
    public let code = "CHRON-PK-DATE"
    public let severity = ReviewSeverity.warning
    public let category = ReviewCategory.chronology
    public let summary = "Perjanjian Kinerja ditandatangani pada bulan Januari tahun berjalan; revisinya bertanggal urut di tahun yang sama."

    public init() {}

    public func findings(in context: ReviewContext) -> [ReviewFinding] {
        let year = context.officeYear
        return year.agreements.enumerated().compactMap { index, agreement in
            guard let signed = agreement.signedOn else { return nil }
            let place = ReviewPlace(table: ReviewContext.agreementLabel(agreement), field: "tanggal tanda tangan",
                                    path: "$.agreements[\(index)].signedOn")
            if agreement.revision == 0 {
                guard signed.year != year.year || signed.month != 1 else { return nil }
                return finding(place, "\(agreement.level.label) ditandatangani \(IndonesianDate.format(signed)), bukan pada bulan Januari \(year.year).",
                               expected: "Januari \(year.year)", found: IndonesianDate.format(signed))
            }
            let previous = year.agreements
                .filter { $0.level == agreement.level && $0.revision < agreement.revision }
                .max { $0.revision < $1.revision }
            if let before = previous?.signedOn, signed.isSurelyBefore(before) {
                return finding(place, "\(ReviewContext.agreementLabel(agreement)) bertanggal \(IndonesianDate.format(signed)), sebelum revisi yang digantikannya (\(IndonesianDate.format(before))).",
                               expected: "setelah \(IndonesianDate.format(before))", found: IndonesianDate.format(signed))
            }
            guard signed.year != year.year else { return nil }
            return finding(place, "\(ReviewContext.agreementLabel(agreement)) bertanggal \(IndonesianDate.format(signed)), di luar tahun \(year.year).",
                           expected: "tahun \(year.year)", found: IndonesianDate.format(signed))
        }
    }
}
