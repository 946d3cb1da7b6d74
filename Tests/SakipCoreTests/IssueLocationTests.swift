import Foundation
import Testing
@testable import SakipCore

/// Places in the office-year file named as an office user knows them, never by their JSON path.
@Suite struct IssueLocationTests {
    static let root: JSONValue = try! JSONParser.parse("""
    {"objectives": [{"id": "S1"}, {"id": "S2"}, {"id": "S3", "goalId": "T9"}],
     "indicators": [{"id": "I7", "kind": "grade"}],
     "renstra": {"startYear": 2025, "targets": [{"indicatorId": "I1"}, {"indicatorId": "I7", "byYear": {"2025": "80 %"}}]},
     "agreements": [{"level": "sekretaris", "revision": 1, "rows": [{"indicatorId": "I4"}]}],
     "actionPlan": [{"indicatorId": "I2", "quarters": [null, null, "50 %", null]}],
     "realisations": [{"indicatorId": "I2", "quarter": 3, "value": "x"}],
     "budget": {"lines": [{"code": "076.01.CQ", "children": [{"code": "076.01.CQ.6709"}]}], "revisions": [{"number": 4}],
                "monthly": [{"code": "076.01.CQ.6709.QGE.001", "months": [1, 2, 3]}]},
     "elections": [{"id": "pilkada", "name": "Pemilihan Serentak 2024", "turnout": {"male": -1}}]}
    """)

    @Test(arguments: [
        ("$.objectives[2].goalId", "Sasaran S3, kolom Tujuan"),
        ("$.renstra.targets[1].byYear.2025", "Target Renstra indikator I7, tahun 2025"),
        ("$.renstra.startYear", "Renstra, kolom Tahun awal"),
        ("$.indicators[0].scale", "Indikator I7, kolom Skala"),
        ("$.agreements[0].rows[0].target", "PK Sekretaris revisi 1, indikator I4, kolom Target"),
        ("$.actionPlan[0].quarters[2]", "RAK indikator I2, triwulan III"),
        ("$.realisations[0].value", "Realisasi indikator I2 triwulan III, kolom Realisasi"),
        ("$.budget.lines[0].children[0].pagu", "Anggaran 076.01.CQ.6709, kolom Pagu"),
        ("$.budget.revisions[0].date", "Revisi DIPA nomor 4, kolom Tanggal"),
        ("$.budget.monthly[0].months[2]", "Realisasi bulanan 076.01.CQ.6709.QGE.001, bulan Maret"),
        ("$.elections[0].turnout.male", "Pemilu/Pemilihan Pemilihan Serentak 2024, kolom Pengguna hak pilih: laki-laki"),
        ("$.year", "Berkas, kolom Tahun"),
        ("$", "Berkas"),
    ])
    func path_isNamedInWords(path: String, expected: String) {
        #expect(IssueLocation.describe(path, in: Self.root) == expected)
    }

    @Test func withoutTheFile_itemsAreNamedByTheirPosition() {
        #expect(IssueLocation.describe("$.objectives[2].goalId", in: nil) == "Sasaran ke-3, kolom Tujuan")
        #expect(IssueLocation.describe("$.people[0].nmae", in: nil) == "Pegawai ke-1, kolom \"nmae\"")
    }

    @Test func readerIssues_carryTheirPlaceInWords_andThePathOnlyAsSmallPrint() {
        let text = """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "1", "name": "KPU X", "level": "kabupatenKota"},
         "objectives": [{"id": "S1", "statement": "x"}],
         "indicators": [{"id": "I1", "statement": "Nilai AKIP", "kind": "grade", "scale": "sakip", "polarity": "higherIsBetter"},
                        {"id": "I2", "statement": "y", "kind": "percentage", "polarity": "naik ke atas"}],
         "rkt": {"rows": [{"objectiveId": "S9", "indicatorId": "I1", "target": "BB"}]}}
        """
        do {
            _ = try OfficeYearReader.read(text)
            Issue.record("diharapkan ditolak")
        } catch {
            let polarity = error.issues.first { $0.path == "$.indicators[1].polarity" }
            #expect(polarity?.location == "Indikator I2, kolom Arah")
            #expect(polarity?.reason == "nilai tidak dikenal; pilihan: naik, turun, tepat target")
            let reference = error.issues.first { $0.path == "$.rkt.rows[0].objectiveId" }
            #expect(reference?.description == "RKT indikator I1, kolom Sasaran: \"S9\" — tidak ada sasaran dengan ID ini pada daftar sasaran")
            #expect(reference?.detailedDescription.hasSuffix("(lokasi di berkas: $.rkt.rows[0].objectiveId)") == true)
            for issue in error.issues {
                #expect(!issue.description.contains("$."), "\(issue.description)")
                #expect(!issue.description.contains("higherIsBetter") && !issue.description.contains("sakip,"))
            }
            #expect(!error.description.contains("$."))
        }
    }

    @Test func choices_areReadByLabelOrRawName() throws {
        let text = """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "1", "name": "KPU X", "level": "kabupatenKota"},
         "indicators": [{"id": "I1", "statement": "Nilai AKIP", "kind": "nilai", "scale": "SAKIP", "polarity": "naik"},
                        {"id": "I2", "statement": "y", "kind": "percentage", "polarity": "lowerIsBetter"}]}
        """
        let file = try OfficeYearReader.read(text).officeYear
        #expect(file.indicators.map(\.kind) == [.grade, .percentage])
        #expect(file.indicators.map(\.scale) == [.sakip, nil])
        #expect(file.indicators.map(\.polarity) == [.higherIsBetter, .lowerIsBetter])
    }
}

/// Checks made after reading (references, kinds) name an item where it is in the file, even when an item
/// before it could not be read.
@Suite struct ReaderItemPositionTests {
    @Test func referenceAfterARefusedRow_isPlacedAtItsOwnRow() {
        let text = """
        {"format": "sakip-office-year", "version": 1, "year": 2024,
         "office": {"code": "1", "name": "KPU X", "level": "kabupatenKota"},
         "objectives": [{"id": "S1", "statement": "x"}],
         "indicators": [{"id": "I1", "statement": "y", "kind": "percentage"}],
         "rkt": {"rows": [{"indicatorId": "I1", "target": 75}, {"objectiveId": "S9", "indicatorId": "I1", "target": "75 %"}]}}
        """
        do {
            _ = try OfficeYearReader.read(text)
            Issue.record("diharapkan ditolak")
        } catch {
            #expect(error.issues.map(\.path) == ["$.rkt.rows[0].target", "$.rkt.rows[1].objectiveId"])
        }
    }
}
