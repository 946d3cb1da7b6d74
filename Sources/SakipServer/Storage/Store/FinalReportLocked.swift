import SakipCore
import Vapor

/// A save refused before it was stored: someone else changed the same data meanwhile
/// (``ChangeConflict``) or the LKj is final (``FinalReportLocked``). Forms show `description` above
/// what the user typed, with status 409.
public protocol RefusedSave: Error, CustomStringConvertible {}

extension ChangeConflict: RefusedSave {}

/// A change refused because the LKj of the year is final and the change touches what it shows.
public struct FinalReportLocked: RefusedSave, AbortError {
    public let year: Int
    public let finalisation: ReportFinalisation
    /// What the change would have changed ("perubahan realisasi triwulan (I7)").
    public let violations: [String]

    /// "LKj 2024 sudah final sejak 20 Januari 2025 (Hasan); perubahan tidak disimpan: …".
    public var description: String {
        "LKj \(year) sudah final sejak \(IndonesianDate.format(finalisation.finalisedOn)) (difinalkan oleh \(finalisation.by)); "
            + "perubahan tidak disimpan: \(violations.joined(separator: "; ")). Ketua atau Sekretaris dapat membuka kembali LKj "
            + "dengan alasan tertulis di halaman Dokumen; setelah itu data dapat diubah dan LKj difinalkan lagi."
    }

    public var status: HTTPResponseStatus { .conflict }
    public var reason: String { description }
}
