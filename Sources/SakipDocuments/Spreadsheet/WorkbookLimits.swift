/// How much of an uploaded workbook is read before it is refused (docs/office-year-format.md, "Batas"):
/// a real table of an office is far below every bound, and a crafted file (a ZIP bomb, a sheet of a million
/// empty cells) is refused with the bound it crossed instead of taking the memory or the time of the server.
public enum WorkbookLimits {
    /// The most bytes one part (a worksheet's XML, the shared strings) may hold once inflated: 100 MB.
    public static let partBytes = 100_000_000
    /// The most bytes all parts read may hold once inflated: 200 MB.
    public static let totalBytes = 200_000_000
    /// The most entries the ZIP archive may list.
    public static let entries = 10_000
    /// The most worksheets read.
    public static let worksheets = 255
    /// The most non-empty rows of one worksheet.
    public static let rows = 200_000
    /// The most cells of one worksheet, counting the empty cells before the last filled cell of each row.
    public static let cells = 4_000_000
    /// The largest row number and column count of a cell reference, as Excel itself (A1 to XFD1048576).
    public static let rowNumber = 1_048_576
    public static let columns = 16_384

    /// A size in MB for messages ("100 MB").
    static func megabytes(_ bytes: Int) -> String { "\(bytes / 1_000_000) MB" }
}
