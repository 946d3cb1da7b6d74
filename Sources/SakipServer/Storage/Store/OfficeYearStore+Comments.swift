import FluentKit
import Foundation

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

    /// The remarks on an office-year, oldest first, each with its author loaded (`comment.user`).
    public func comments(officeCode: String, year: Int) async throws -> [CommentModel] {
        guard let officeYear = try await officeYearModel(officeCode: officeCode, year: year) else { return [] }
        return try await CommentModel.query(on: database).filter(\.$officeYear.$id == officeYear.requireID())
            .with(\.$user).sort(\.$createdAt).sort(\.$id).all()
    }
}
