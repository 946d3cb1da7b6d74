import Foundation

/// Report tables as an XLSX workbook, one worksheet per table: for any table a page offers as a download.
public enum ReportTablesWorkbook {
    /// The XLSX bytes of the tables, in order.
    public static func xlsx(_ tables: [ReportTable]) throws -> Data {
        var workbook = Workbook()
        for table in tables { workbook.add(table) }
        return try workbook.xlsx()
    }
}
