import Foundation
import SakipCore
@testable import SakipDocuments
import Testing
import ZIPFoundation

/// KPU Provinsi Kalimantan Utara and its five Kab/Kota in 2024, from the national data set generated from the seeds.
enum ProvinceFixture {
    static let dataSet: NationalDataSet = {
        do { return try NationalDataSet.reference(seedDirectory: Seeds.directory, configuration: .init(years: 2024...2024)) } catch {
            preconditionFailure("national data set: \(error)")
        }
    }()
    static let province: NationalOffice = dataSet.offices.first { $0.name == "KPU Provinsi Kalimantan Utara" }
        ?? { preconditionFailure("no KPU Provinsi Kalimantan Utara") }()
    static let kabKota = dataSet.offices.filter { $0.metadata.level == .kabupatenKota && $0.metadata.provinceCode == province.code }
    static let officeYears = kabKota.compactMap { dataSet.officeYear(officeCode: $0.code, year: 2024) }
    static let summaries = officeYears.map { OfficeYearSummary($0, mapping: dataSet.mapping) }
    static let consolidation: ProvinceConsolidation = {
        let input = ConsolidationInput(offices: dataSet.metadata, summaries: summaries, statuses: dataSet.scenarios.map(\.status),
                                       mapping: dataSet.mapping)
        return ProvinceConsolidation.build(provinceCode: province.code, year: 2024, input: input)
            ?? { preconditionFailure("no consolidation") }()
    }()

    static func status(_ code: String) -> OfficeYearScenario? { dataSet.scenario(officeCode: code, year: 2024) }
}

/// A workbook cell read back as a number ("83098081692", "99.51").
private func number(_ text: String) -> Decimal? { Decimal(string: text, locale: Locale(identifier: "en_US_POSIX")) }

@Suite struct ConsolidationExportTests {
    let sheets: [SheetGrid]

    init() throws {
        sheets = try WorkbookReader.read(ConsolidationExport.xlsx(province: ProvinceFixture.consolidation))
    }

    func sheet(titled prefix: String) throws -> SheetGrid {
        let tables = ConsolidationTables.numbered(ConsolidationTables.province(ProvinceFixture.consolidation))
        let table = try #require(tables.first { $0.title.hasPrefix(prefix) }, "no table \(prefix)")
        return try #require(sheets.first { $0.name == table.label }, "no sheet \(table.label)")
    }

    func findRow(_ sheet: SheetGrid, where column: Int, is text: String) -> SheetGrid.Row? {
        sheet.rows.first { $0[column] == text }
    }

    @Test func province_workbook_hasOneSheetPerTable_inOrder() throws {
        let drafts = ConsolidationTables.province(ProvinceFixture.consolidation)
        #expect(ProvinceFixture.kabKota.count == 5)
        #expect(sheets.map(\.name) == (1...drafts.count).map { "Tabel K.\($0)" })
    }

    @Test func statusBoard_listsEveryKabKota_withItsScenarioStates() throws {
        let board = try sheet(titled: "Status Perjanjian Kinerja")
        for office in ProvinceFixture.kabKota {
            let scenario = try #require(ProvinceFixture.status(office.code))
            let row = try #require(findRow(board, where: 1, is: office.name), "\(office.name) missing")
            #expect(row[2] == scenario.pk.state.label && row[3] == scenario.lkj.state.label, "\(office.name)")
        }
    }

    @Test func budgetPerProgram_totalRow_isTheSumOfTheOfficesPaguAndRealisasi() throws {
        let programs = try sheet(titled: "Pagu dan Realisasi Anggaran per Program")
        let total = try #require(findRow(programs, where: 1, is: "Jumlah"))
        let pagu = ProvinceFixture.summaries.reduce(Decimal(0)) { $0 + $1.budget.pagu }
        let realisasi = ProvinceFixture.summaries.reduce(Decimal(0)) { $0 + $1.budget.realisasi }
        #expect(pagu > 0)
        #expect(number(total[2]) == 5)
        #expect(number(total[3]) == pagu && number(total[4]) == realisasi && number(total[5]) == pagu - realisasi)
        let perOffice = try sheet(titled: "Pagu dan Realisasi Anggaran per Satuan Kerja")
        #expect(number(findRow(perOffice, where: 1, is: "Jumlah")?[2] ?? "") == pagu)
    }

    @Test func dptAndParticipation_sumsEachElectionOverTheOffices() throws {
        let elections = try sheet(titled: "DPT dan Partisipasi Pemilih")
        for kind in [ElectionKind.pemilu, .pemilihan] {
            let figures = ProvinceFixture.summaries.flatMap(\.elections).filter { $0.kind == kind }
            #expect(!figures.isEmpty)
            let sum = ProvinceFixture.consolidation.totals.elections.first { $0.kind == kind }
            let row = try #require(elections.rows.first { $0[0] == sum?.name })
            #expect(number(row[5]) == Decimal(figures.reduce(0) { $0 + $1.dptTotal }), "\(kind)")
            let voted = figures.reduce(0) { $0 + ($1.votedTotal ?? 0) }
            #expect(number(row[6]) == Decimal(voted))
        }
    }

    @Test func logistics_countsTheReportingOffices() throws {
        let logistics = try sheet(titled: "Logistik Pemilu")
        let offices = ProvinceFixture.summaries.filter { $0.logistics != nil }.count
        #expect(number(findRow(logistics, where: 0, is: "Satuan kerja yang melaporkan logistik")?[1] ?? "") == Decimal(offices))
        #expect(offices == 5)
    }

    @Test func ikuComparison_ranksEveryMeasuredOffice() throws {
        let comparison = try #require(ProvinceFixture.consolidation.comparisons.first { $0.entry.code == "IKU-07" && !$0.rows.isEmpty })
        let table = try sheet(titled: "Perbandingan IKU-07")
        let best = try #require(comparison.rows.first)
        let row = try #require(findRow(table, where: 1, is: best.office.name))
        #expect(row[0] == "1")
        #expect(number(row[5]) == best.capaian?.roundedHalfUp(scale: 2))
        let median = try #require(findRow(table, where: 1, is: "Median"))
        #expect(number(median[5]) == comparison.statistics.median?.roundedHalfUp(scale: 2))
    }

    @Test func national_workbook_startsWithTheProvinceRecap() throws {
        let input = ConsolidationInput(offices: ProvinceFixture.dataSet.metadata, summaries: ProvinceFixture.summaries,
                                       statuses: ProvinceFixture.dataSet.scenarios.map(\.status), mapping: ProvinceFixture.dataSet.mapping)
        let national = NationalConsolidation.build(year: 2024, filter: ConsolidationFilter(), input: input)
        let sheets = try WorkbookReader.read(ConsolidationExport.xlsx(national: national))
        #expect(sheets.first?.name == "Tabel K.1")
        let recap = try #require(sheets.first)
        #expect(recap.rows.contains { $0[0] == "Kalimantan Utara" && number($0[2]) == 5 })
    }
}

@Suite struct LKjConsolidationAnnexTests {
    static let provinceYear = ProvinceFixture.dataSet.officeYear(officeCode: ProvinceFixture.province.code, year: 2024)

    @Test func provinceLKj_endsWithTheConsolidationAnnex_andItsStatusBoard() throws {
        let officeYear = try #require(Self.provinceYear)
        let package = try OpenedPackage(LKjDocument(officeYear, consolidation: ProvinceFixture.consolidation).docx())
        expectValidPackage(package)
        let text = package.documentText
        #expect(text.contains("Konsolidasi Kinerja KPU Kabupaten/Kota se-Provinsi Kalimantan Utara Tahun 2024"))
        #expect(text.contains("kinerja 5 KPU Kabupaten/Kota di wilayah Provinsi Kalimantan Utara"))
        let title = "Status Perjanjian Kinerja dan Laporan Kinerja KPU Kabupaten/Kota se-Provinsi Kalimantan Utara Tahun 2024"
        let number = try #require(text.range(of: #"Tabel L\.\d+ "# + NSRegularExpression.escapedPattern(for: title), options: .regularExpression))
        let rows = try #require(package.tableRows(caption: String(text[number])))
        #expect(rows.count == 1 + 5)
        for office in ProvinceFixture.kabKota {
            let scenario = try #require(ProvinceFixture.status(office.code))
            let row = try #require(rows.first { $0.count > 3 && $0[1] == office.name })
            #expect(row[2] == scenario.pk.state.label && row[3] == scenario.lkj.state.label)
        }
    }

    @Test func provinceLKj_annexBudgetTotal_readsInRupiah() throws {
        let officeYear = try #require(Self.provinceYear)
        let text = try OpenedPackage(LKjDocument(officeYear, consolidation: ProvinceFixture.consolidation).docx()).documentText
        let pagu = ProvinceFixture.summaries.reduce(Decimal(0)) { $0 + $1.budget.pagu }
        #expect(text.contains(IndonesianFormat.number(pagu)))
    }

    @Test func lkjWithoutConsolidation_hasNoAnnex() throws {
        let officeYear = try #require(Self.provinceYear)
        let text = try OpenedPackage(LKjDocument(officeYear).docx()).documentText
        #expect(!text.contains("Konsolidasi Kinerja"))
    }
}

@Suite struct ProvinceBundleTests {
    /// Five Kab/Kota with states set here: both accepted, only the PK, only the LKj, nothing accepted, no status.
    static func members() -> [ProvinceBundle.Member] {
        let states: [(SubmissionState, SubmissionState)?] = [(.accepted, .accepted), (.accepted, .submitted), (.returned, .accepted),
                                                             (.draft, .draft), nil]
        return zip(ProvinceFixture.officeYears, states).map { officeYear, state in
            ProvinceBundle.Member(officeYear: officeYear, status: state.map {
                OfficeYearStatus(officeCode: officeYear.office.code, year: 2024, pk: .init(state: $0.0, daysLate: 0),
                                 lkj: .init(state: $0.1, daysLate: 0))
            })
        }
    }

    static func entries(_ zip: Data) throws -> [String: Data] {
        let archive = try Archive(data: zip, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            entries[entry.path] = bytes
        }
        return entries
    }

    @Test func zip_holdsOnlyAcceptedDocuments_andListsTheRest() throws {
        let members = Self.members()
        let bundle = ProvinceBundle(provinceName: "Kalimantan Utara", year: 2024, members: members)
        let entries = try Self.entries(bundle.zip(converter: nil))
        let name = { (index: Int) in members[index].officeYear.office.name }
        let code = { (index: Int) in members[index].officeYear.office.code }
        let expected = ["DAFTAR-ISI.txt",
                        "PK/\(name(0)) - pk-ketua-\(code(0))-2024.docx", "LKj/\(name(0)) - lkj-\(code(0))-2024.docx",
                        "PK/\(name(1)) - pk-ketua-\(code(1))-2024.docx", "LKj/\(name(2)) - lkj-\(code(2))-2024.docx"]
        #expect(entries.keys.sorted() == expected.sorted())
        #expect(bundle.fileName == "dokumen-kinerja-kalimantan-utara-2024.zip")
        let lkj = try OpenedPackage(try #require(entries[expected[2]]))
        expectValidPackage(lkj)
        #expect(lkj.documentText.contains(name(0).uppercased()) || lkj.documentText.contains(name(0)))
        let manifest = String(decoding: try #require(entries["DAFTAR-ISI.txt"]), as: UTF8.self)
        #expect(manifest.contains("Termuat (4 dokumen):"))
        #expect(manifest.contains("- \(name(1)): PK Diterima, LKj Diajukan"))
        #expect(manifest.contains("- \(name(3)): PK Draf, LKj Draf") && manifest.contains("- \(name(4)): PK Draf, LKj Draf"))
        #expect(!manifest.contains("- \(name(0)):"))
    }

    @Test func zip_isTheSameBytes_forTheSameData() throws {
        let bundle = ProvinceBundle(provinceName: "Kalimantan Utara", year: 2024, members: Self.members())
        #expect(try bundle.zip(converter: nil) == bundle.zip(converter: nil))
    }

    @Test(.enabled(if: PDFConversionTests.available, "LibreOffice (soffice) dan poppler-utils tidak terpasang"))
    func zip_withConverter_putsAPDFBesideEachDOCX_fromOneProfile() throws {
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-test-profile-\(UUID().uuidString)")
        let converter = BatchPDFConverter(profileDirectory: profile)
        defer { converter.removeProfile() }
        // Both LKj accepted, one PK: three documents, split over the lanes.
        let members = [Self.members()[0], Self.members()[2]]
        let entries = try Self.entries(ProvinceBundle(provinceName: "Kalimantan Utara", year: 2024, members: members).zip(converter: converter))
        let docx = entries.keys.filter { $0.hasSuffix(".docx") }.sorted()
        #expect(docx.count == 3)
        for path in docx {
            let pdf = try #require(entries[(path as NSString).deletingPathExtension + ".pdf"], "no PDF for \(path)")
            #expect(pdf.starts(with: Data("%PDF".utf8)))
        }
        #expect(FileManager.default.fileExists(atPath: profile.appendingPathComponent("user/registrymodifications.xcu").path))
        // Converted side by side (one LibreOffice per lane), each PDF still sits beside its own DOCX.
        #expect(converter.lanes == 1 || FileManager.default.fileExists(atPath: converter.profile(lane: 1).path))
        let pagu = members.map { IndonesianFormat.number(OfficeYearSummary($0.officeYear).budget.pagu) }
        #expect(Set(pagu).count == members.count)
        for (member, pagu) in zip(members, pagu) {
            let lkj = try #require(entries["LKj/\(member.officeYear.office.name) - lkj-\(member.officeYear.office.code)-2024.pdf"])
            let file = FileManager.default.temporaryDirectory.appendingPathComponent("sakip-test-\(UUID().uuidString).pdf")
            try lkj.write(to: file)
            defer { try? FileManager.default.removeItem(at: file) }
            let text = try PDFConversionTests.run(try #require(PDFConversionTests.tool("pdftotext")), ["-layout", file.path, "-"])
            #expect(text.contains(pagu))
            #expect(text.contains("BAB IV PENUTUP"))
        }
    }
}
