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
}
