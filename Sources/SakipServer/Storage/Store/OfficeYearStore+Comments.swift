import FluentKit
import Foundation
import SQLKit

/// A remark on an office-year as pages show it: its author's name, username and role with it.
public struct StoredComment: Hashable, Sendable {
    public var authorName: String
    public var authorUsername: String
    /// `UserRole` raw value.
    public var authorRole: String
    public var subject: String
    public var text: String
    public var createdAt: Date?
}

extension OfficeYearStore {
    /// Records a remark on an office-year by a user (a provincial evaluator or a reviewer; who may comment
    /// is the web layer's decision). `subject` says what it is about: "indicator:I7", "umum" ….
    @discardableResult
    public func addComment(officeCode: String, year: Int, userID: UUID, subject: String, text: String) async throws -> CommentModel {
        let body = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !body.isEmpty else { throw StorageError.invalid("komentar kosong tidak disimpan") }
        guard let officeYear = try await officeYearModel(officeCode: officeCode, year: year) else {
            throw StorageError.notFound("data kantor \(officeCode) tahun \(year) belum ada")
        }
        guard try await UserModel.find(userID, on: database) != nil else {
            throw StorageError.notFound("pengguna yang menulis komentar tidak dikenal")
        }
        let comment = CommentModel()
        comment.$officeYear.id = try officeYear.requireID()
        comment.$user.id = userID
        comment.subject = subject.isEmpty ? "umum" : subject
        comment.text = body
        try await comment.create(on: database)
        return comment
    }

    /// The remarks on an office-year, oldest first, with their authors, in one query read as plain rows (every
    /// dashboard request reads them; Fluent's reflective decoding was a large part of its time).
    public func comments(officeCode: String, year: Int) async throws -> [StoredComment] {
        let sql = database as! any SQLDatabase
        return try await sql.raw("""
            SELECT u.name AS name, u.username AS username, u.role AS role, c.subject AS subject, c.text AS text,
                   c.created_at AS created_at
            FROM comments c JOIN office_years oy ON oy.id = c.office_year_id JOIN offices o ON o.id = oy.office_id
                 JOIN users u ON u.id = c.user_id
            WHERE o.code = \(bind: officeCode) AND oy.year = \(bind: year)
            ORDER BY c.created_at, c.id
            """).all().map { row in
            StoredComment(authorName: try row.decode(column: "name", as: String.self),
                          authorUsername: try row.decode(column: "username", as: String.self),
                          authorRole: try row.decode(column: "role", as: String.self),
                          subject: try row.decode(column: "subject", as: String.self),
                          text: try row.decode(column: "text", as: String.self),
                          createdAt: try row.decode(column: "created_at", as: Date?.self))
        }
    }
}
