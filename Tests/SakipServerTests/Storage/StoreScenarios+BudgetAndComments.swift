import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    static func updateBudgetLine_changesALeaf_andRefusesAParent(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            try await store.replace(file)
            let leaf = try #require(file.budget.tree.flattened.first { $0.line.isLeaf }?.line)
            let parent = try #require(file.budget.tree.lines.first)

            try await store.updateBudgetLine(officeCode: file.office.code, year: file.year, fullCode: leaf.code.full,
                                             pagu: 1_000_000, realisasi: Decimal(string: "750000.5")!, by: actor("operator"))
            let refused = await #expect(throws: StorageError.self) {
                try await store.updateBudgetLine(officeCode: file.office.code, year: file.year, fullCode: parent.code.full,
                                                 pagu: 1, realisasi: 1, by: actor("operator"))
            }

            let loaded = try #require(try await store.load(officeCode: file.office.code, year: file.year))
            let changed = try #require(loaded.budget.tree.line(code: leaf.code.full))
            #expect(changed.own == BudgetFigures(pagu: 1_000_000, realisasi: Decimal(string: "750000.5")!))
            #expect(loaded.budget.tree.total.pagu == file.budget.tree.total.pagu - leaf.figures.pagu + 1_000_000)
            #expect(refused?.kind == .invalid)
            let stored = try #require(try await store.stored(officeCode: file.office.code, year: file.year))
            let trail = try await store.auditTrail(officeYearID: stored.id, table: "budget")
            #expect(trail.count == 2)
            #expect(trail.allSatisfy { $0.path.hasSuffix("[\(leaf.code.short)].pagu") || $0.path.hasSuffix("[\(leaf.code.short)].realisasi") })
            #expect(trail.contains { $0.after == "1000000" })
            #expect(trail.contains { $0.after == "750000.5" })
        }
    }

    static func comments_areKeptInOrderWithTheirAuthors(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            try await store.replace(file)
            let evaluator = try await makeUser(store, "evaluator", role: .provincialEvaluator)
            let reviewer = try await makeUser(store, "reviewer", role: .reviewer)

            try await store.addComment(officeCode: file.office.code, year: file.year, userID: evaluator, subject: "indicator:I7",
                                       text: "Capaian I7 perlu bukti dukung.")
            try await store.addComment(officeCode: file.office.code, year: file.year, userID: reviewer, subject: "umum",
                                       text: "Sudah sesuai.")
            let empty = await #expect(throws: StorageError.self) {
                try await store.addComment(officeCode: file.office.code, year: file.year, userID: reviewer, subject: "umum", text: "  ")
            }

            let comments = try await store.comments(officeCode: file.office.code, year: file.year)
            #expect(comments.map(\.subject) == ["indicator:I7", "umum"])
            #expect(comments.map(\.authorUsername) == ["evaluator", "reviewer"])
            #expect(comments.allSatisfy { $0.createdAt != nil })
            #expect(empty?.kind == .invalid)
        }
    }
}
