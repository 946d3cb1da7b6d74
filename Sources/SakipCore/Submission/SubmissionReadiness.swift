/// What a document needs before its office may submit it: a signed PK, a final LKj.
public enum SubmissionReadiness {
    /// Why `document` of `officeYear` cannot be submitted yet, in Indonesian; empty when it can.
    public static func problems(_ officeYear: OfficeYear, document: SubmissionDocument) -> [String] {
        switch document {
        case .pk:
            guard let agreement = officeYear.agreements.governing else {
                return ["PK \(officeYear.year) belum dibuat: susun PK Ketua di halaman PK terlebih dahulu."]
            }
            return agreement.signedOn == nil
                ? ["\(agreement.level.label) \(officeYear.year) belum ditandatangani: Ketua menandatanganinya di halaman PK sebelum PK diajukan."]
                : []
        case .lkj:
            return officeYear.isReportFinal
                ? []
                : ["LKj \(officeYear.year) belum final: Ketua memfinalkannya di halaman Dokumen sebelum LKj diajukan."]
        }
    }
}

extension SubmissionState {
    /// The state the workflow acts on: an accepted document whose data changed after the accepted version is a new
    /// draft (the accepted version stays what consolidation reads until the new one is accepted).
    public func effective(changedAfterFrozenVersion changed: Bool) -> SubmissionState {
        self == .accepted && changed ? .draft : self
    }
}
