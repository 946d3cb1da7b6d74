/// When a document is due at the parent office. KPU RI may set other dates per year; these are the defaults:
/// the PK by the end of January of its year, the LKj by the end of February after its year.
public enum SubmissionDeadline {
    /// The default due date of a document of `year` (nil only for a year outside the calendar's range).
    public static func `default`(_ document: SubmissionDocument, year: Int) -> CalendarDate? {
        switch document {
        case .pk:
            return CalendarDate(year: year, month: 1, day: 31)
        case .lkj:
            let (next, overflow) = year.addingReportingOverflow(1)
            return overflow ? nil : CalendarDate(year: next, month: 2, day: CalendarDate.daysIn(month: 2, year: next))
        }
    }

    /// ``default(_:year:)``, never nil: a year outside the calendar's range gets the year 2000's date.
    public static func defaultDate(_ document: SubmissionDocument, year: Int) -> CalendarDate {
        `default`(document, year: year) ?? `default`(document, year: 2000)!
    }

    /// Whole days after the deadline (0 when on time).
    public static func daysLate(submittedOn day: CalendarDate, deadline: CalendarDate) -> Int {
        max(0, deadline.days(to: day))
    }
}
