import Foundation
import SakipCore

/// A save refused because someone else changed the same data after the form was shown.
public struct ChangeConflict: Error, Sendable, CustomStringConvertible {
    /// Who made the newer change, and when.
    public let userName: String
    public let at: Date
    /// Where: the first clashing value ("realisations[I7 TW2].value").
    public let path: String

    /// "Data ini telah diubah oleh operator.asahan pada 17 Januari 2025 pukul 10.42 WIB; muat ulang …".
    public var description: String {
        "Data ini telah diubah oleh \(userName) pada \(WIB.moment(at)); muat ulang halaman untuk melihat perubahannya. "
            + "Isian Anda belum disimpan dan masih ada di formulir."
    }
}
