extension CalendarDate {
    /// Days since 1 January 1 of the proleptic Gregorian calendar (1 January 1 is day 0).
    public var dayNumber: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += CalendarDate.daysIn(month: m, year: year) }
        return days + day - 1
    }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> CalendarDate {
        var year = self.year, month = self.month, day = self.day + days
        while day > CalendarDate.daysIn(month: month, year: year) {
            day -= CalendarDate.daysIn(month: month, year: year)
            month += 1
            if month > 12 { month = 1; year += 1 }
        }
        while day < 1 {
            month -= 1
            if month < 1 { month = 12; year -= 1 }
            day += CalendarDate.daysIn(month: month, year: year)
        }
        return CalendarDate(year: year, month: month, day: day) ?? self
    }

    /// Days from this date to another (positive when `other` is later).
    public func days(to other: CalendarDate) -> Int { other.dayNumber - dayNumber }
}
