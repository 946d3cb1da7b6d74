import FluentKit
import Foundation
import NIOConcurrencyHelpers
import SakipCore

/// An LKE version as the application knows it: the bundled one, or one KPU RI loaded.
public struct KnownLKEVersion: Sendable {
    public var version: LKEVersion
    public var digest: String
    /// The version shipped with the product (PermenPANRB 88/2021); it cannot be retired.
    public var bundled: Bool
    /// Offered for new evaluations.
    public var active: Bool
    public var loadedAt: Date?
    public var loadedByName: String?
}

/// What loading an LKE file did.
public struct LKEVersionLoad: Sendable {
    public var version: LKEVersion
    /// Earlier versions with the same id that are no longer offered for new evaluations.
    public var retired: [String]
}

extension OfficeYearStore {
    /// Every LKE version: the bundled one first, then those loaded, oldest first.
    public func lkeVersions() async throws -> [KnownLKEVersion] {
        let bundled = LKEVersion.permenPANRB88
        var known = [KnownLKEVersion(version: bundled, digest: LKEVersionCache.bundledDigest, bundled: true, active: true)]
        let rows = try await LKEVersionModel.query(on: database)
            .field(\.$id).field(\.$lkeID).field(\.$digest).field(\.$title).field(\.$firstYear).field(\.$lastYear)
            .field(\.$active).field(\.$loadedAt).field(\.$loadedByName)
            .sort(\.$loadedAt).sort(\.$digest).all()
        for row in rows {
            let version = try await LKEVersionCache.shared.version(digest: row.digest) {
                guard let full = try await LKEVersionModel.query(on: database).filter(\.$digest == row.digest).first() else {
                    throw StorageError.corrupt("LKE \(row.lkeID) tidak ditemukan di basis data")
                }
                return try Self.decodeLKE(full.json, id: row.lkeID)
            }
            known.append(KnownLKEVersion(version: version, digest: row.digest, bundled: false, active: row.active,
                                         loadedAt: row.loadedAt, loadedByName: row.loadedByName))
        }
        return known
    }

    /// Every version ever known: what reads any stored evaluation.
    public func lkeLibrary() async throws -> LKELibrary {
        LKELibrary(versions: try await lkeVersions().map(\.version))
    }

    /// The version a new evaluation of a performance year is made with: of the active versions that apply to
    /// the year, the one starting latest; between two starting the same year, the one loaded last.
    public func lkeVersion(forNewEvaluationOf year: Int) async throws -> LKEVersion? {
        let candidates = try await lkeVersions().enumerated().filter { $0.element.active && $0.element.version.applies(to: year) }
        return candidates.max { ($0.element.version.firstYear, $0.offset) < ($1.element.version.firstYear, $1.offset) }?.element.version
    }

    /// Loads an LKE file (`sakip-lke`). Refused with the reader's located issues when it cannot be read, and when
    /// the same content is known already. An earlier active version with the same id is retired: evaluations
    /// made with it keep it, new ones take the new content.
    @discardableResult
    public func loadLKEVersion(_ text: String, by actor: ChangeActor) async throws -> LKEVersionLoad {
        let version = try LKEVersionReader.read(text)
        let json = LKEVersionWriter.write(version)
        let digest = Self.digest(json)
        return try await WriteTransaction.run(on: database) { db in
            let known = try await LKEVersionModel.query(on: db).filter(\.$digest == digest).first()
            if digest == LKEVersionCache.bundledDigest || known != nil {
                throw StorageError.invalid("LKE \(version.id) dengan isi yang sama sudah dimuat (sidik \(digest.prefix(12))…)")
            }
            let sameId = try await LKEVersionModel.query(on: db).filter(\.$lkeID == version.id).filter(\.$active == true).all()
            let now = Date()
            for earlier in sameId {
                earlier.active = false
                try await earlier.update(on: db)
            }
            let model = LKEVersionModel()
            model.lkeID = version.id
            model.digest = digest
            model.title = version.title
            model.firstYear = version.firstYear
            model.lastYear = version.lastYear
            model.json = json
            model.active = true
            model.loadedAt = now
            model.loadedByName = actor.name
            try await model.create(on: db)
            var changes = [FieldChange(path: "lke[\(version.id)].\(digest.prefix(12))", table: "lke", row: version.id, field: String(digest.prefix(12)),
                                       before: nil, after: "\(version.title), tahun kinerja \(version.firstYear)–\(version.lastYear.map(String.init) ?? "seterusnya")")]
            changes += sameId.map { earlier in
                FieldChange(path: "lke[\(version.id)].\(earlier.digest.prefix(12)).active", table: "lke", row: version.id,
                            field: "\(earlier.digest.prefix(12)).active", before: "ya", after: "tidak")
            }
            try await Self.record(changes, officeID: nil, officeYearID: nil, version: nil, by: actor, at: now, on: db)
            return LKEVersionLoad(version: version, retired: sameId.map { String($0.digest.prefix(12)) })
        }
    }

    /// Stops offering a loaded version for new evaluations (or offers it again); evaluations made with it keep it.
    public func setLKEVersion(digest: String, active: Bool, by actor: ChangeActor) async throws {
        try await WriteTransaction.run(on: database) { db in
            guard let model = try await LKEVersionModel.query(on: db).filter(\.$digest == digest).first() else {
                throw StorageError.notFound(digest == LKEVersionCache.bundledDigest
                    ? "LKE bawaan selalu tersedia dan tidak dapat dinonaktifkan" : "versi LKE tidak ditemukan")
            }
            guard model.active != active else { return }
            model.active = active
            try await model.update(on: db)
            let change = FieldChange(path: "lke[\(model.lkeID)].\(digest.prefix(12)).active", table: "lke", row: model.lkeID,
                                     field: "\(digest.prefix(12)).active", before: active ? "tidak" : "ya", after: active ? "ya" : "tidak")
            try await Self.record([change], officeID: nil, officeYearID: nil, version: nil, by: actor, at: Date(), on: db)
        }
    }

    /// A stored version's text read back; a stored text the reader refuses is reported, not guessed at.
    static func decodeLKE(_ json: String, id: String) throws -> LKEVersion {
        do { return try LKEVersionReader.read(json) } catch {
            throw StorageError.corrupt("LKE \(id) yang tersimpan tidak dapat dibaca: \(error.issues.prefix(3).map(\.description).joined(separator: "; "))")
        }
    }
}

/// Loaded LKE versions by digest: a version never changes, so each is read from the database once per process.
final class LKEVersionCache: Sendable {
    static let shared = LKEVersionCache()
    /// The bundled version's digest, computed once.
    static let bundledDigest = LKEVersion.permenPANRB88.digest

    private let versions = NIOLockedValueBox<[String: LKEVersion]>([:])

    func version(digest: String, load: () async throws -> LKEVersion) async throws -> LKEVersion {
        if let known = versions.withLockedValue({ $0[digest] }) { return known }
        let version = try await load()
        versions.withLockedValue { $0[digest] = version }
        return version
    }
}
