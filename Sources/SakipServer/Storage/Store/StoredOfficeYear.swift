import Foundation
import SakipCore

/// An office-year as stored: its data, its version and its last change.
public struct StoredOfficeYear: Sendable {
    public let id: UUID
    public let file: OfficeYear
    /// The version a form shows and sends back, so that a save over a newer change is refused.
    public let version: Int
    public let updatedAt: Date
    public let updatedByName: String
}
