import FluentKit
import Foundation
import SakipCore
@testable import SakipServer
import Testing

@Suite struct EvidenceStoreTests {
    @Test func evidence_isAdded_listed_served_andDeleted_withTheTrail() async throws {
        try await withStore(.sqlite) { store in
            let file = try Seeds.load("asahan-2024-corrected")
            let stored = try await store.replace(file)
            let owner = EvidenceOwner.realisation(file.indicators[0].id, .first)
            let pdf = Data("%PDF-1.4\nisi\n%%EOF".utf8)

            let added = try await store.addEvidence(officeCode: file.office.code, year: file.year, owner: owner,
                                                    fileName: "../surat.exe", data: pdf, by: actor("Ani"))
            let refused = await #expect(throws: StorageError.self) {
                try await store.addEvidence(officeCode: file.office.code, year: file.year, owner: owner, fileName: "virus.pdf",
                                            data: Data("MZ\u{90}\u{0}".utf8), by: actor("Ani"))
            }
            let listed = try await store.evidence(officeYearID: stored.id, owner: owner)
            let served = try await store.evidenceFile(added.id, officeYearID: stored.id)
            let foreign = try await store.evidenceFile(added.id, officeYearID: UUID())
            try await store.deleteEvidence(added.id, officeYearID: stored.id, by: actor("Budi"))

            #expect(added.fileName == "surat.pdf")
            #expect(added.type == .pdf)
            #expect(refused?.message.contains("virus.pdf") == true)
            #expect(refused?.message.contains("jenis berkas tidak diterima") == true)
            #expect(listed.map(\.id) == [added.id])
            #expect(served?.data == pdf)
            #expect(foreign == nil)
            #expect(try await store.evidence(officeYearID: stored.id).isEmpty)
            let trail = try await store.auditTrail(officeYearID: stored.id, table: "bukti")
            #expect(trail.map(\.userName) == ["Budi", "Ani"])
            #expect(trail.first?.after == nil)
            #expect(trail.last?.row == owner.key)
        }
    }
}
