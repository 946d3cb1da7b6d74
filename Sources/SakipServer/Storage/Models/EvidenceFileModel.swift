import FluentKit
import Foundation

/// An evidence file (bukti dukung) of an office-year, kept in the database so that every application
/// instance serves it and every backup holds it.
public final class EvidenceFileModel: Model, @unchecked Sendable {
    public static let schema = "evidence_files"

    @ID(key: .id) public var id: UUID?
    @Parent(key: "office_year_id") public var officeYear: OfficeYearModel
    /// What it supports: "realisasi" (a quarter's realisation), "kriteria" (an evaluation criterion).
    @Field(key: "owner_kind") public var ownerKind: String
    /// Which one: "I7 TW2" for a realisation, the criterion's code for a criterion.
    @Field(key: "owner_key") public var ownerKey: String
    @Field(key: "file_name") public var fileName: String
    /// `EvidenceType` raw value, from the file's bytes.
    @Field(key: "file_type") public var fileType: String
    @Field(key: "size") public var size: Int
    /// SHA-256 of the bytes, in hex.
    @Field(key: "sha256") public var sha256: String
    @Field(key: "data") public var data: Data
    @Field(key: "uploaded_at") public var uploadedAt: Date
    @Field(key: "uploaded_by_name") public var uploadedByName: String

    public init() {}
}
