import Testing
@testable import SakipCore

/// The problems of a table that must be refused; a table that is accepted is a test failure.
func rejection<T>(_ body: () throws -> T) throws -> [SheetProblem] {
    do {
        _ = try body()
        Issue.record("diharapkan ditolak")
        return []
    } catch let error as SheetRejection {
        return error.problems
    }
}
