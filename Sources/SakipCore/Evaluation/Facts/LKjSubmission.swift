/// What the server knows about the LKj's delivery that the office-year file does not hold: when it was submitted
/// and by which deadline, and whether the internal auditor reviewed and the office published it. Every field is
/// optional: an unknown fact suggests nothing.
public struct LKjSubmission: Hashable, Sendable {
    public var submittedOn: CalendarDate?
    /// The deadline that applied (KPU's own calendar; not fixed by the product).
    public var deadline: CalendarDate?
    /// When the reviu (APIP) was completed.
    public var reviewedOn: CalendarDate?
    /// The review report (Laporan Hasil Reviu) number or title.
    public var reviewReference: String?
    public var publishedOn: CalendarDate?

    public init(submittedOn: CalendarDate? = nil, deadline: CalendarDate? = nil, reviewedOn: CalendarDate? = nil,
                reviewReference: String? = nil, publishedOn: CalendarDate? = nil) {
        self.submittedOn = submittedOn
        self.deadline = deadline
        self.reviewedOn = reviewedOn
        self.reviewReference = reviewReference
        self.publishedOn = publishedOn
    }
}
