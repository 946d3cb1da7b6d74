import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// Twenty writers at once on one office-year, each over the version it read: realisations of different
    /// indicators and quarters, analyses (which once rewrote the whole year) and some writers on the same
    /// cell. Every acknowledged change is in the final data, or it was refused with ``ChangeConflict``;
    /// nothing fails otherwise and nothing acknowledged is lost.
    static func parallelWriters_loseNothing(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            var file = try Seeds.load("pematangsiantar-2024-corrected")
            file.measurement.rows = []
            file.realisations = []
            let base = try await store.replace(file).version
            let ids = Array(Set(file.governingAgreement?.rows.map(\.indicatorId) ?? []).sorted().filter {
                file.indicator($0)?.kind == .percentage
            }.prefix(5))
            #expect(ids.count >= 3)
            let code = file.office.code, year = file.year

            enum Outcome: Sendable { case saved(String), conflict, failed(String) }
            let outcomes = await withTaskGroup(of: Outcome.self) { group in
                for writer in 0..<20 {
                    group.addTask {
                        do {
                            switch writer % 4 {
                            case 0, 1:
                                // Different cells: indicator × quarter of their own.
                                let id = ids[writer % ids.count]
                                let quarter = Quarter(rawValue: writer / ids.count % 4 + 1) ?? .first
                                try await store.saveRealisation(officeCode: code, year: year, indicatorId: id, quarter: quarter,
                                                                value: .percentage(Decimal(writer + 1)), by: actor("penulis \(writer)"),
                                                                basedOn: base)
                                return .saved("r:\(id):\(quarter.rawValue):\(writer + 1)")
                            case 2:
                                // Analyses of different indicators, each over the version it read.
                                let id = ids[writer % ids.count]
                                try await store.change(officeCode: code, year: year, by: actor("penulis \(writer)"), basedOn: base) { file in
                                    file.analyses = IndicatorAnalysis.merged(file.analyses, ids: [id], actions: [id: "aksi \(writer)"],
                                                                             obstacles: [:], solutions: [:])
                                }
                                return .saved("a:\(id):aksi \(writer)")
                            default:
                                // Everyone on the same cell, each over the same old version: one wins, the others are refused.
                                try await store.saveRealisation(officeCode: code, year: year, indicatorId: ids[0], quarter: .fourth,
                                                                value: .percentage(Decimal(100 + writer)), by: actor("penulis \(writer)"),
                                                                basedOn: base)
                                return .saved("r:\(ids[0]):4:\(100 + writer)")
                            }
                        } catch is ChangeConflict {
                            return .conflict
                        } catch {
                            return .failed("\(writer): \(error)")
                        }
                    }
                }
                var all: [Outcome] = []
                for await outcome in group { all.append(outcome) }
                return all
            }

            let failures = outcomes.compactMap { if case .failed(let why) = $0 { why } else { nil } }
            #expect(failures.isEmpty, "\(failures)")
            let saved = outcomes.compactMap { if case .saved(let what) = $0 { what } else { nil } }
            let conflicts = outcomes.filter { if case .conflict = $0 { true } else { false } }.count
            #expect(saved.count + conflicts == 20)
            #expect(conflicts >= 4, "five writers on one cell over one old version: at least four refused")
            let final = try #require(try await store.load(officeCode: code, year: year))
            for claim in saved {
                let parts = claim.split(separator: ":").map(String.init)
                if parts[0] == "r" {
                    let entry = final.realisations.first { $0.indicatorId == parts[1] && $0.quarter.rawValue == Int(parts[2]) }
                    #expect(entry?.value == .percentage(Decimal(string: parts[3])!), "lost: \(claim)")
                } else {
                    #expect(final.analyses.first { $0.indicatorId == parts[1] }?.actions == parts[2], "lost: \(claim)")
                }
            }
        }
    }

    static func staleForm_overAnotherUsersChange_isRefused_otherPartsMerge(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let file = try Seeds.load("pematangsiantar-2024-corrected")
            let shown = try await store.replace(file).version
            let id = try #require(file.governingAgreement?.rows.first { file.indicator($0.indicatorId)?.kind == .percentage }?.indicatorId)
            let other = try #require(file.indicators.first { $0.id != id && $0.kind == .percentage }?.id)

            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .second,
                                            value: .percentage(61), by: actor("Ani"), basedOn: shown)
            // Budi's form was shown before Ani saved: a different cell merges, the same cell is refused.
            try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: other, quarter: .second,
                                            value: .percentage(62), by: actor("Budi"), basedOn: shown)
            let conflict = await #expect(throws: ChangeConflict.self) {
                try await store.saveRealisation(officeCode: file.office.code, year: file.year, indicatorId: id, quarter: .second,
                                                value: .percentage(70), by: actor("Budi"), basedOn: shown)
            }

            #expect(conflict?.userName == "Ani")
            #expect(conflict?.description.contains("telah diubah oleh Ani pada") == true)
            #expect(conflict?.description.contains("muat ulang") == true)
            let final = try #require(try await store.load(officeCode: file.office.code, year: file.year))
            #expect(final.realisations.first { $0.indicatorId == id && $0.quarter == .second }?.value == .percentage(61))
            #expect(final.realisations.first { $0.indicatorId == other && $0.quarter == .second }?.value == .percentage(62))
        }
    }
}
