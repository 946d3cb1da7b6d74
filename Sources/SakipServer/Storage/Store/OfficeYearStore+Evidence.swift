import Crypto
import FluentKit
import Foundation
import SakipCore
import SakipDocuments

/// What an evidence file supports.
public struct EvidenceOwner: Hashable, Sendable {
    public var kind: String
    public var key: String

    /// A quarter's realisation of an indicator ("I7 TW2", as the audit trail names its row).
    public static func realisation(_ indicatorId: String, _ quarter: Quarter) -> EvidenceOwner {
        EvidenceOwner(kind: realisationKind, key: "\(indicatorId) TW\(quarter.rawValue)")
    }

    /// The kind of the evidence of quarterly realisations.
    public static let realisationKind = "realisasi"

    /// A criterion of an evaluation (LKE), by its code.
    public static func criterion(_ code: String) -> EvidenceOwner { EvidenceOwner(kind: criterionKind, key: code) }

    /// The kind of the evidence of evaluation criteria.
    public static let criterionKind = "kriteria"
}

/// An evidence file as listed (without its bytes).
public struct EvidenceFile: Sendable, Equatable {
    public var id: UUID
    public var owner: EvidenceOwner
    public var fileName: String
    public var type: EvidenceType
    public var size: Int
    public var sha256: String
    public var uploadedAt: Date
    public var uploadedByName: String
}

extension OfficeYearStore {
    /// Most evidence files one office-year may hold (of 10 MB at most each).
    public static let evidencePerOfficeYear = 500

    /// Adds an evidence file, checked by its bytes (type and size) and recorded in the audit trail.
    @discardableResult
    public func addEvidence(officeCode: String, year: Int, owner: EvidenceOwner, fileName: String, data: Data,
                            by actor: ChangeActor) async throws -> EvidenceFile {
        let type: EvidenceType
        do { type = try EvidenceType.sniff(data) } catch {
            throw StorageError.invalid("Berkas \(fileName): \(error.description).")
        }
        let name = type.safeFileName(fileName)
        return try await WriteTransaction.run(on: database) { db in
            guard let head = try await Self.head(officeCode: officeCode, year: year, on: db) else {
                throw StorageError.notFound("data kantor \(officeCode) tahun \(year) belum ada")
            }
            let count = try await EvidenceFileModel.query(on: db).filter(\.$officeYear.$id == head.id).count()
            guard count < Self.evidencePerOfficeYear else {
                throw StorageError.invalid("tahun ini sudah memiliki \(count) berkas bukti, batasnya \(Self.evidencePerOfficeYear); hapus yang tidak diperlukan")
            }
            let model = EvidenceFileModel()
            model.$officeYear.id = head.id
            model.ownerKind = owner.kind
            model.ownerKey = owner.key
            model.fileName = name
            model.fileType = type.rawValue
            model.size = data.count
            model.sha256 = Self.digest(data)
            model.data = data
            model.uploadedAt = Date()
            model.uploadedByName = actor.name
            try await model.create(on: db)
            let change = FieldChange(path: "bukti[\(owner.key)].\(name)", table: "bukti", row: owner.key, field: name,
                                     before: nil, after: "\(type.label), \(data.count) bait, SHA-256 \(model.sha256.prefix(12))…")
            try await Self.record([change], officeID: nil, officeYearID: head.id, version: nil, by: actor, at: model.uploadedAt, on: db)
            return try model.listed()
        }
    }

    /// The evidence of an office-year (of one owner, or of one kind of owner, when given), oldest first, without the bytes.
    public func evidence(officeYearID: UUID, owner: EvidenceOwner? = nil, kind: String? = nil) async throws -> [EvidenceFile] {
        var query = EvidenceFileModel.query(on: database).filter(\.$officeYear.$id == officeYearID)
        if let owner { query = query.filter(\.$ownerKind == owner.kind).filter(\.$ownerKey == owner.key) }
        if let kind { query = query.filter(\.$ownerKind == kind) }
        // Every column but the bytes.
        return try await query.field(\.$id).field(\.$officeYear.$id).field(\.$ownerKind).field(\.$ownerKey).field(\.$fileName)
            .field(\.$fileType).field(\.$size).field(\.$sha256).field(\.$uploadedAt).field(\.$uploadedByName)
            .sort(\.$uploadedAt).sort(\.$id).all()
            .map { try $0.listed() }
    }

    /// One evidence file with its bytes, when it belongs to the office-year.
    public func evidenceFile(_ id: UUID, officeYearID: UUID) async throws -> (file: EvidenceFile, data: Data)? {
        guard let model = try await EvidenceFileModel.query(on: database).filter(\.$id == id)
            .filter(\.$officeYear.$id == officeYearID).first() else { return nil }
        return (try model.listed(), model.data)
    }

    /// Removes an evidence file of an office-year, recording it in the audit trail.
    public func deleteEvidence(_ id: UUID, officeYearID: UUID, by actor: ChangeActor) async throws {
        try await WriteTransaction.run(on: database) { db in
            guard let model = try await EvidenceFileModel.query(on: db).filter(\.$id == id)
                .filter(\.$officeYear.$id == officeYearID).first() else {
                throw StorageError.notFound("berkas bukti tidak ditemukan")
            }
            try await model.delete(on: db)
            let change = FieldChange(path: "bukti[\(model.ownerKey)].\(model.fileName)", table: "bukti", row: model.ownerKey,
                                     field: model.fileName, before: "\(model.size) bait, SHA-256 \(model.sha256.prefix(12))…", after: nil)
            try await Self.record([change], officeID: nil, officeYearID: officeYearID, version: nil, by: actor, at: Date(), on: db)
        }
    }

    static func digest(_ data: Data) -> String {
        SHA256Hex.digest(data)
    }
}

extension EvidenceFileModel {
    func listed() throws -> EvidenceFile {
        guard let type = EvidenceType(rawValue: fileType) else {
            throw StorageError.corrupt("jenis berkas bukti \"\(fileType)\" tidak dikenal")
        }
        return EvidenceFile(id: try requireID(), owner: EvidenceOwner(kind: ownerKind, key: ownerKey), fileName: fileName, type: type,
                            size: size, sha256: sha256, uploadedAt: uploadedAt, uploadedByName: uploadedByName)
    }
}
