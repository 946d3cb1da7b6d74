import Fluent
import SQLKit
import Vapor

/// The office named in a route's path, the signed-in user, and what the user may do there.
struct OfficeGrant: Sendable {
    var user: SessionUser
    var office: OfficeModel
    var access: Access
}

/// Lets a request through only when the user has `right` over the office in the path (and the year in
/// the path, if any, is a year). Decided before any of the body is read.
struct OfficeAccessMiddleware: AsyncMiddleware {
    var right: OfficeRight

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let grant = try await request.officeGrant()
        guard right.isGranted(by: grant.access) else { throw Abort(.forbidden, reason: right.refusal) }
        return try await next.respond(to: request)
    }
}

private struct OfficeGrantKey: StorageKey { typealias Value = OfficeGrant }

extension Request {
    /// The office in the path and the user's access to it. A user without read access gets 403 and learns
    /// nothing about the office's data. Computed once per request.
    func officeGrant() async throws -> OfficeGrant {
        if let grant = storage[OfficeGrantKey.self] { return grant }
        let user = try await gatedUser()
        guard let code = parameters.get("office") else { throw Abort(.notFound, reason: "Alamat ini tidak menyebut kantor.") }
        if parameters.get("year") != nil { _ = try pathYear() }
        guard let (office, ancestors) = try await officeWithAncestors(code: code) else {
            throw Abort(.notFound, reason: "Kantor dengan kode \(code) tidak ditemukan.")
        }
        let access = AccessPolicy.access(role: user.role, userOffice: user.officeCode, target: code, ancestors: ancestors)
        guard access.read else { throw Abort(.forbidden, reason: OfficeRight.read.refusal) }
        let grant = OfficeGrant(user: user, office: office, access: access)
        storage[OfficeGrantKey.self] = grant
        return grant
    }

    /// The office and year in the path, the user, and what the user may do there.
    func officeAccess() async throws -> (user: SessionUser, office: OfficeModel, year: Int, access: Access) {
        let grant = try await officeGrant()
        return (grant.user, grant.office, try pathYear(), grant.access)
    }

    /// The year in the path: a number of four digits, else 404 naming what was typed.
    private func pathYear() throws -> Int {
        let text = parameters.get("year") ?? ""
        guard text.count == 4, let year = Int(text) else { throw Abort(.notFound, reason: "Tahun \"\(text)\" tidak dikenal: tulis tahun empat angka, misalnya 2024.") }
        return year
    }

    /// The office of a code and the codes of the offices above it, nearest first, in one query read as a plain
    /// row (every office page asks; Fluent's reflective decoding was a large part of a dashboard request).
    private func officeWithAncestors(code: String) async throws -> (OfficeModel, [String])? {
        let sql = db as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT o.id AS id, o.code AS code, o.name AS name, o.level AS level, o.parent_id AS parent_id,
                   o.created_at AS created_at, p1.code AS c1, p2.code AS c2, p3.code AS c3, p4.code AS c4
            FROM offices o LEFT JOIN offices p1 ON p1.id = o.parent_id LEFT JOIN offices p2 ON p2.id = p1.parent_id
                 LEFT JOIN offices p3 ON p3.id = p2.parent_id LEFT JOIN offices p4 ON p4.id = p3.parent_id
            WHERE o.code = \(bind: code)
            """).first() else { return nil }
        let office = OfficeModel(code: try row.decode(column: "code", as: String.self), name: try row.decode(column: "name", as: String.self),
                                 level: try row.decode(column: "level", as: String.self),
                                 parentID: try row.decode(column: "parent_id", as: UUID?.self))
        office.id = try row.decode(column: "id", as: UUID.self)
        office.createdAt = try row.decode(column: "created_at", as: Date?.self)
        office.$id.exists = true
        return (office, try ["c1", "c2", "c3", "c4"].compactMap { try row.decode(column: $0, as: String?.self) })
    }

    /// Codes of the offices above an office, nearest first (at most four levels: KPU has three), in one query.
    func ancestors(of office: OfficeModel) async throws -> [String] {
        guard let parentID = office.$parent.id else { return [] }
        let sql = db as! any SQLDatabase
        guard let row = try await sql.raw("""
            SELECT p1.code AS c1, p2.code AS c2, p3.code AS c3, p4.code AS c4
            FROM offices p1 LEFT JOIN offices p2 ON p2.id = p1.parent_id
                 LEFT JOIN offices p3 ON p3.id = p2.parent_id LEFT JOIN offices p4 ON p4.id = p3.parent_id
            WHERE p1.id = \(bind: parentID)
            """).first() else { return [] }
        return try ["c1", "c2", "c3", "c4"].compactMap { try row.decode(column: $0, as: String?.self) }
    }
}
