/// Why the LKj could not be finalised or reopened, in Indonesian.
public struct ReportFinalisationError: Error, Equatable, Sendable, CustomStringConvertible {
    public let reason: String
    public init(_ reason: String) { self.reason = reason }
    public var description: String { reason }
}

extension OfficeYear {
    /// The office-year with its LKj dated and signed: place, date and the signing Ketua (the first person
    /// with the role ketua). The review of the result says whether anything still blocks publication.
    public func finalisingReport(place: String, date: CalendarDate) -> (officeYear: OfficeYear, review: ReviewReport) {
        var next = self
        next.report.place = place
        next.report.date = date
        next.report.signatoryId = people.first { $0.role == .ketua }?.id ?? report.signatoryId
        if next.report.renstraYearNumber == nil { next.report.renstraYearNumber = renstra?.yearNumber(of: year) }
        return (next, next.review())
    }

    /// The last finalisation of the LKj, reopened or not.
    public var lastReportFinalisation: ReportFinalisation? { report.finalisations.last }

    /// Whether the LKj is final: finalised and not reopened since. A final LKj's figures cannot change
    /// (``finalReportViolations(to:)``).
    public var isReportFinal: Bool { lastReportFinalisation.map { $0.reopening == nil } ?? false }

    /// Finalises the LKj: dates and signs it (``finalisingReport(place:date:)``) and records the
    /// finalisation, made on `day` by `name`, as `version` of the data. Refused while the LKj is final.
    public mutating func finaliseReport(place: String, date: CalendarDate, on day: CalendarDate, by name: String,
                                        version: Int?) throws(ReportFinalisationError) {
        if let last = lastReportFinalisation, last.reopening == nil {
            throw ReportFinalisationError("LKj \(year) sudah final sejak \(IndonesianDate.format(last.finalisedOn)); buka kembali LKj terlebih dahulu untuk memfinalkannya lagi")
        }
        self = finalisingReport(place: place, date: date).officeYear
        report.finalisations.append(ReportFinalisation(date: date, place: place, finalisedOn: day, by: name, version: version))
    }

    /// Reopens the final LKj on `day`, by `name`, for a written reason: the LKj is no longer final and its
    /// figures can change again until it is finalised anew.
    public mutating func reopenReport(on day: CalendarDate, by name: String, reason: String) throws(ReportFinalisationError) {
        let reason = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard isReportFinal, let index = report.finalisations.indices.last else {
            throw ReportFinalisationError("LKj \(year) belum final; tidak ada yang perlu dibuka kembali")
        }
        guard !reason.isEmpty else { throw ReportFinalisationError("Kolom Alasan: wajib diisi untuk membuka kembali LKj yang sudah final") }
        report.finalisations[index].reopening = ReportFinalisation.Reopening(on: day, by: name, reason: reason)
    }
}
