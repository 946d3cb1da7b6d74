import Foundation
import Testing
@testable import SakipCore

@Suite struct LKEVersionTests {
    let version = LKEVersion.permenPANRB88

    @Test func bundledLKE_hasFourComponentsWeighted30_30_15_25() {
        #expect(version.components.map(\.title) == ["Perencanaan Kinerja", "Pengukuran Kinerja", "Pelaporan Kinerja",
                                                     "Evaluasi Akuntabilitas Kinerja Internal"])
        #expect(version.components.map(\.weight) == [30, 30, 15, 25])
    }

    @Test func bundledLKE_splitsEachComponent20_30_50() {
        #expect(version.subComponents.map(\.id) == ["1.a", "1.b", "1.c", "2.a", "2.b", "2.c", "3.a", "3.b", "3.c", "4.a", "4.b", "4.c"])
        #expect(version.subComponents.map(\.weight) == [6, 9, 15, 6, 9, 15, 3, d("4.5"), d("7.5"), 5, d("7.5"), d("12.5")])
        for dimension in LKEDimension.allCases {
            let total = version.subComponents.filter { $0.dimension == dimension }.reduce(Decimal(0)) { $0 + $1.weight }
            #expect(total == dimension.share, "\(dimension)")
        }
    }

    @Test func bundledLKE_holdsTheEightyCanonicalCriteria() {
        #expect(version.subComponents.map(\.criteria.count) == [6, 11, 8, 3, 7, 10, 6, 9, 7, 3, 5, 5])
        #expect(version.criteria.count == 80)
        #expect(Set(version.criteria.map(\.id)).count == 80)
        #expect(version.criterion("3.a.6")?.text == "Dokumen Laporan Kinerja telah disampaikan tepat waktu.")
        #expect(version.criterion("4.c.1")?.suggestion == .previousFollowUpComplete)
        #expect(version.criteria.allSatisfy { $0.evidence?.isEmpty == false })
    }

    @Test func bundledLKE_prerequisitesNameEarlierKnownCriteria() {
        let ids = Set(version.criteria.map(\.id))
        for criterion in version.criteria {
            #expect(criterion.requires.allSatisfy { ids.contains($0) && $0 != criterion.id }, "\(criterion.id)")
        }
        #expect(version.criterion("1.b.4")?.requires == ["1.a.3"])
        #expect(version.criteria.filter { $0.id.hasPrefix("3.b") }.allSatisfy { $0.requires.contains("3.a.1") })
    }

    @Test func bundledLKE_appliesFromPerformanceYear2021() {
        #expect(!version.applies(to: 2020))
        #expect(version.applies(to: 2021))
        #expect(version.applies(to: 2030))
        #expect(LKELibrary.bundled.version(forYear: 2024) == version)
        #expect(LKELibrary.bundled.version(forYear: 2019) == nil)
    }

    @Test func library_takesTheVersionStartingLatest_forItsYears() {
        var next = version
        next.id = "kpu-2025"
        next.firstYear = 2025
        var old = version
        old.lastYear = 2024
        let library = LKELibrary(versions: [old, next])
        #expect(library.version(forYear: 2024)?.id == "permenpanrb-88-2021")
        #expect(library.version(forYear: 2025)?.id == "kpu-2025")
        #expect(library.version(next.reference)?.id == "kpu-2025")
    }

    @Test func writtenFile_readsBackToTheSameVersion_andTheSameBytes() throws {
        let text = LKEVersionWriter.write(version)
        let read = try LKEVersionReader.read(text)
        #expect(read == version)
        #expect(LKEVersionWriter.write(read) == text)
        #expect(read.digest == version.digest)
    }

    @Test func editedVersion_roundTripsWithItsOwnScaleToleranceAndLastYear() throws {
        var edited = version
        edited.id = "kpu-2026"
        edited.lastYear = 2027
        edited.pemanfaatanTolerance = 10
        edited.components[0].subComponents[0].criteria[0].text = "Terdapat pedoman teknis perencanaan kinerja KPU."
        var bands = PredikatScale.permenPANRB88.bands
        bands[0].name = "Istimewa"
        edited.predikatScale = try PredikatScale(bands: bands)
        let read = try LKEVersionReader.read(LKEVersionWriter.write(edited))
        #expect(read == edited)
        #expect(read.predikatScale.band(of: .aa)?.name == "Istimewa")
    }

    @Test func digest_changesWithTheContent_andNotOtherwise() {
        var edited = version
        #expect(edited.digest == version.digest)
        edited.components[2].subComponents[0].criteria[5].text += " "
        #expect(edited.digest != version.digest)
        #expect(version.digest.count == 64)
        #expect(!version.reference.matches(edited))
    }

    @Test func sha256_matchesTheFIPSTestVectors() {
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }
}

@Suite struct LKEVersionReaderTests {
    func issues(_ mutate: (inout String) -> Void) -> [LocatedIssue] {
        var text = LKEVersionWriter.write(.permenPANRB88)
        mutate(&text)
        do {
            _ = try LKEVersionReader.read(text)
            return []
        } catch {
            return error.issues
        }
    }

    @Test func unknownKey_isLocatedWithTheNearestKnownKey() {
        let found = issues { $0 = $0.replacingOccurrences(of: "\"firstYear\"", with: "\"firstyear\"") }
        #expect(found.contains { $0.path == "$.firstyear" && $0.reason.contains("maksudnya \"firstYear\"") })
        #expect(found.contains { $0.path == "$.firstYear" && $0.reason == "wajib diisi" })
    }

    @Test func componentWeightsThatDoNotAddUp_areRefusedWithTheSums() {
        let found = issues { $0 = $0.replacingOccurrences(of: "\"weight\": 15,\n      \"subComponents\"", with: "\"weight\": 20,\n      \"subComponents\"") }
        #expect(found.contains { $0.path == "$.components" && $0.reason.contains("105 harus 100") })
        #expect(found.contains { $0.path == "$.components[2].subComponents" && $0.reason.contains("tidak sama dengan bobot komponen 20") })
    }

    @Test func duplicateIdsAndDanglingPrerequisites_areErrorsAtTheirPlace() {
        let found = issues {
            $0 = $0.replacingOccurrences(of: "\"id\": \"1.a.2\"", with: "\"id\": \"1.a.1\"")
                .replacingOccurrences(of: "\"requires\": [\n                \"1.b.5\"", with: "\"requires\": [\n                \"9.z.9\"")
        }
        #expect(found.contains { $0.path == "$.components[0].subComponents[0].criteria[1].id" && $0.value == "1.a.1" })
        #expect(found.contains { $0.path.hasSuffix("criteria[5].requires[0]") && $0.value == "9.z.9" })
    }

    @Test func unknownSuggestionAndEmptyText_areRefused() {
        let found = issues {
            $0 = $0.replacingOccurrences(of: "\"renstraAvailable\"", with: "\"renstraTersedia\"")
                .replacingOccurrences(of: "\"Terdapat pedoman teknis perencanaan kinerja.\"", with: "\"  \"")
        }
        #expect(found.contains { $0.value == "renstraTersedia" && $0.reason.contains("pilihan:") })
        #expect(found.contains { $0.path == "$.components[0].subComponents[0].criteria[0].text" && $0.reason == "teks tidak boleh kosong" })
    }

    @Test func predikatScaleWithAGap_isRefused() {
        let found = issues { text in
            let scale = """
              "predikat": [
                {"predikat": "AA", "above": 90, "atMost": 100, "name": "Sangat Memuaskan", "interpretation": "x"},
                {"predikat": "D", "atMost": 80, "name": "Sangat Kurang", "interpretation": "y"}
              ],
              "components"
            """
            text = text.replacingOccurrences(of: "\"components\"", with: scale)
        }
        #expect(found.contains { $0.path == "$.predikat" && $0.reason.contains("band AA harus dimulai tepat di atas") })
    }

    @Test func otherFormatAndSyntaxErrors_areReported() {
        #expect(issues { $0 = $0.replacingOccurrences(of: "sakip-lke", with: "sakip-office-year") }
            .contains { $0.path == "$.format" })
        #expect(issues { $0.removeLast(3) }.first?.reason.hasPrefix("JSON tidak sah pada baris") == true)
        #expect(issues { $0 = String(repeating: " ", count: LKEVersionReader.sizeLimit + 1) }.first?.reason.contains("terlalu besar") == true)
    }
}
