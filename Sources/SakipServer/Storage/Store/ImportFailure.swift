import FluentKit
import Foundation
import PostgresNIO

/// A step of an import that failed, with the database's error.
struct ImportStepError: Error {
    /// What was being done, in Indonesian ("menyimpan realisasi triwulanan").
    let step: String
    let underlying: any Error
}

/// Runs one step of a change, labelling a database failure with the step's name.
func importStep<T>(_ step: String, _ body: () async throws -> T) async throws -> T {
    do { return try await body() } catch let error as StorageError { throw error } catch let error as ImportStepError {
        throw error
    } catch {
        throw ImportStepError(step: step, underlying: error)
    }
}

/// Inserts rows in batches (databases limit the values one statement may bind).
func insertRows<M: Model & Sendable>(_ step: String, _ rows: [M], on db: any Database) async throws {
    let batch = 400
    for start in stride(from: 0, to: rows.count, by: batch) {
        let slice = Array(rows[start..<min(start + batch, rows.count)])
        try await importStep(step) { try await slice.create(on: db) }
    }
}

enum DatabaseFailure {
    /// A short Indonesian reason for a database error, with the server's own message when there is one.
    static func reason(_ error: any Error) -> String {
        let detail: String
        if let postgres = error as? PSQLError {
            detail = postgres.serverInfo?[.message] ?? "\(postgres.code)"
        } else {
            detail = String(describing: error)
        }
        if let database = error as? any DatabaseError, database.isConstraintFailure {
            return "data melanggar batasan basis data, misalnya nilai yang harus unik tercatat dua kali (\(detail))"
        }
        return detail
    }
}
