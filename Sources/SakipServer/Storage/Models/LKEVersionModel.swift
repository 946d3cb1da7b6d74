import FluentKit
import Foundation

/// An LKE version KPU RI loaded (format `sakip-lke`); the bundled version is not stored. Never deleted or
/// changed: an evaluation made with it reads it forever. A version no longer offered for new evaluations is
/// retired instead.
public final class LKEVersionModel: Model, @unchecked Sendable {
    public static let schema = "lke_versions"

    @ID(key: .id) public var id: UUID?
    /// The version's own id ("permenpanrb-88-2021-kpu-2025").
    @Field(key: "lke_id") public var lkeID: String
    /// SHA-256 of the canonical text, unique.
    @Field(key: "digest") public var digest: String
    @Field(key: "title") public var title: String
    @Field(key: "first_year") public var firstYear: Int
    @OptionalField(key: "last_year") public var lastYear: Int?
    /// The canonical text (`LKEVersionWriter.write`).
    @Field(key: "json") public var json: String
    /// Offered for new evaluations.
    @Field(key: "active") public var active: Bool
    @Field(key: "loaded_at") public var loadedAt: Date
    @Field(key: "loaded_by_name") public var loadedByName: String

    public init() {}
}
