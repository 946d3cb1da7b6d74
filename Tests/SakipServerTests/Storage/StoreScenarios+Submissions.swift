import FluentKit
import Foundation
import SakipCore
import Testing
@testable import SakipServer

extension StoreScenarios {
    /// Submit, return with notes, two leaders resubmitting at once (one wins, the other is told), accept: the states,
    /// versions, notes and transitions as the store keeps them.
    static func submission_cycle_freezesVersions_andRefusesADoubleResubmission(_ backend: TestBackend) async throws {
        try await withStore(backend) { store in
            let asahan = try Seeds.load("asahan-2024-corrected")
            let stored = try await store.replace(asahan)
            let code = asahan.office.code
            let indicator = try #require(asahan.governingAgreement?.rows.first?.indicatorId)
            let render: @Sendable (OfficeYear, String) throws -> Data? = { _, footer in Data(footer.utf8) }
            let leader = actor("ketua.asahan"), evaluator = actor("evaluator.sumut")

            let lkj = await #expect(throws: SubmissionRefused.self) {
                try await store.transition(officeCode: code, year: 2024, document: .lkj, action: .submit, as: .leader, by: leader,
                                           note: nil, render: render)
            }
            #expect(lkj?.description.contains("belum final") == true)
            #expect(try await store.transition(officeCode: code, year: 2024, document: .pk, action: .submit, as: .leader, by: leader,
                                               note: nil, render: render) == .submitted)
            let place = NotePlace(kind: .indicator, key: indicator, label: "Indikator \(indicator)")
            #expect(try await store.transition(officeCode: code, year: 2024, document: .pk, action: .returnToOffice, as: .parentEvaluator,
                                               by: evaluator, note: "Periksa target.", pinned: [.init(place: place, text: "Target terlalu rendah.")],
                                               render: render) == .returned)
            let open = try await store.openNotes(officeYearID: stored.id)
            #expect(open.map(\.placeKind).sorted() == ["indikator", "umum"])
            #expect(open.first { $0.placeKind == "indikator" }?.placeKey == indicator)

            // Two leaders resubmit at the same moment: exactly one version 2, the other is refused in words.
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<2 {
                    group.addTask {
                        (try? await store.transition(officeCode: code, year: 2024, document: .pk, action: .submit, as: .leader, by: leader,
                                                     note: nil, render: render)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes.filter { $0 }.count == 1)

            #expect(try await store.transition(officeCode: code, year: 2024, document: .pk, action: .accept, as: .parentEvaluator,
                                               by: evaluator, note: nil, render: render) == .accepted)
            let current = try #require(try await store.stored(officeCode: code, year: 2024))
            let records = try await store.submissions(officeYearID: stored.id, year: 2024, currentVersion: current.version,
                                                      today: CalendarDate(year: 2025, month: 1, day: 10))
            let pk = try #require(records.first { $0.document == .pk })
            #expect(pk.state == .accepted)
            #expect(pk.versions.map(\.number) == [1, 2])
            #expect(pk.acceptedVersion?.number == 2)
            #expect(pk.versions.allSatisfy { $0.digest == SHA256Digest.hex($0.json) && $0.documentDOCX.map { String(decoding: $0, as: UTF8.self) } == SubmissionFooter.text(document: .pk, number: $0.number, digest: $0.digest) })
            #expect(pk.events.map(\.toState) == ["submitted", "returned", "resubmitted", "accepted"])
            #expect(pk.notes.count == 2)
            let lkjRecord = try #require(records.first { $0.document == .lkj })
            #expect(lkjRecord.state == .draft)
            #expect(lkjRecord.daysLate == nil)
            #expect(lkjRecord.deadline == CalendarDate(year: 2025, month: 2, day: 28))
        }
    }
}
