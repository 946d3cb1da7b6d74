import Foundation

/// An office as province and national pages list it: what the server knows of it, apart from its office-years.
public struct OfficeMetadata: Hashable, Sendable, Codable {
    /// The satker code.
    public var code: String
    public var name: String
    public var level: Office.Level
    /// The code of the office's KPU Provinsi (for a KPU Provinsi, its own code); nil for KPU RI.
    public var provinceCode: String?
    /// The province's name ("Sumatera Utara"); nil for KPU RI.
    public var provinceName: String?
    /// The office it reports to (a Kab/Kota's province, a province's KPU RI).
    public var parentCode: String?

    public init(code: String, name: String, level: Office.Level, provinceCode: String? = nil, provinceName: String? = nil,
                parentCode: String? = nil) {
        self.code = code
        self.name = name
        self.level = level
        self.provinceCode = provinceCode
        self.provinceName = provinceName
        self.parentCode = parentCode
    }

    /// What a summary knows of its office, for an office the server did not describe.
    public init(_ summary: OfficeYearSummary) {
        self.init(code: summary.officeCode, name: summary.officeName, level: summary.level,
                  provinceCode: summary.level == .provinsi ? summary.officeCode : summary.parentCode,
                  provinceName: summary.province, parentCode: summary.parentCode)
    }
}

/// The submission state of one document of an office-year, as the server gives it to consolidation.
public struct SubmissionStatus: Hashable, Sendable, Codable {
    public var state: SubmissionState
    /// Days after the deadline the document was (first) submitted; 0 when on time, nil when not submitted and not yet late.
    public var daysLate: Int?

    public init(state: SubmissionState, daysLate: Int? = nil) {
        self.state = state
        self.daysLate = daysLate
    }

    /// Whether it was submitted after its deadline.
    public var isLate: Bool { (daysLate ?? 0) > 0 }
}

/// The submission states of an office-year's PK and LKj and the time of the last change, given by the server.
public struct OfficeYearStatus: Hashable, Sendable, Codable {
    public var officeCode: String
    public var year: Int
    public var pk: SubmissionStatus?
    public var lkj: SubmissionStatus?
    /// The last change to the office-year or its documents.
    public var lastChange: Date?

    public init(officeCode: String, year: Int, pk: SubmissionStatus? = nil, lkj: SubmissionStatus? = nil, lastChange: Date? = nil) {
        self.officeCode = officeCode
        self.year = year
        self.pk = pk
        self.lkj = lkj
        self.lastChange = lastChange
    }
}
