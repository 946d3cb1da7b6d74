import Foundation
import PropertyBased
import Testing
@testable import SakipCore

@Suite struct CatalogueFileTests {
    @Test func defaultCatalogue_roundTripsThroughJSON() throws {
        let text = IndicatorCatalogueFile.write(IndicatorCatalogue.kpuDefault)

        let back = try IndicatorCatalogueFile.readCatalogue(text)

        #expect(back == IndicatorCatalogue.kpuDefault)
        #expect(IndicatorCatalogueFile.write(back) == text)
        #expect(back.ikuEntries.count == 19)
    }

    @Test func mapping_roundTripsThroughJSON() throws {
        let mapping = IndicatorMapping(decisions: [
            .init(officeCode: "655921", statement: "Persentase Partisipasi Pemilih", catalogueCode: "IKU-07", confirmedBy: "admin",
                  confirmedOn: CalendarDate(year: 2025, month: 2, day: 3)),
            .init(officeCode: "655921", statement: "Jumlah kunjungan", catalogueCode: nil),
        ])

        let back = try IndicatorCatalogueFile.readMapping(IndicatorCatalogueFile.write(mapping), catalogue: .kpuDefault)

        #expect(back == mapping)
    }

    @Test func badCatalogue_reportsEveryProblemAtItsPath() {
        let text = """
        {"format": "sakip-indicator-catalogue", "version": 1, "entries": [
          {"code": "A-1", "name": "Indeks X", "kind": "rasio"},
          {"code": "A-2", "name": "Y", "kind": "count", "colour": "red"}
        ]}
        """
        #expect {
            try IndicatorCatalogueFile.readCatalogue(text)
        } throws: { error in
            let issues = (error as? CatalogueFileError)?.issues ?? []
            return issues.contains { $0.path == "$.entries[0].kind" && $0.reason.contains("pilihan") }
                && issues.contains { $0.path == "$.entries[1].colour" }
        }
    }

    @Test func duplicateCodes_areRefusedInIndonesian() {
        let text = """
        {"format": "sakip-indicator-catalogue", "version": 1, "entries": [
          {"code": "A-1", "name": "X", "kind": "index"}, {"code": "A-1", "name": "Y", "kind": "index"}]}
        """
        do {
            _ = try IndicatorCatalogueFile.readCatalogue(text)
            Issue.record("a duplicate code must be refused")
        } catch {
            #expect(error.description.contains("kode A-1 dipakai lebih dari satu entri"))
        }
    }

    @Test func mappingNamingAnUnknownCode_isRefusedAgainstTheCatalogue() {
        let text = """
        {"format": "sakip-indicator-mapping", "version": 1, "decisions": [
          {"officeCode": "655921", "statement": "X", "catalogueCode": "IKU-99"}]}
        """
        #expect(throws: CatalogueFileError.self) { try IndicatorCatalogueFile.readMapping(text, catalogue: .kpuDefault) }
        #expect((try? IndicatorCatalogueFile.readMapping(text))?.decisions.count == 1)
    }

    @Test func mutatedFiles_neverCrash_andFailWithLocatedIssues() async {
        let valid = Array(IndicatorCatalogueFile.write(IndicatorCatalogue.kpuDefault).utf8.prefix(4_000))
        await propertyCheck(count: 300, input: Gen.int(in: 0...3_999), Gen.int(in: 0...255), Gen.int(in: 0...2)) { position, byte, operation in
            var bytes = valid
            let at = min(position, bytes.count - 1)
            switch operation {
            case 0: bytes[at] = UInt8(byte)
            case 1: bytes.remove(at: at)
            default: bytes.insert(UInt8(byte), at: at)
            }
            let text = String(decoding: bytes, as: UTF8.self)
            var issues: [[LocatedIssue]] = []
            do { _ = try IndicatorCatalogueFile.readCatalogue(text) } catch let error as CatalogueFileError { issues.append(error.issues) } catch { issues.append([]) }
            do { _ = try IndicatorCatalogueFile.readMapping(text) } catch let error as CatalogueFileError { issues.append(error.issues) } catch { issues.append([]) }
            #expect(issues.allSatisfy { !$0.isEmpty })
        }
    }
}
