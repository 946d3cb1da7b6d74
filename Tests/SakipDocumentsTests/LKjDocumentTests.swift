import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

@Suite struct LKjDocumentTests {
    @Test func asahan_docx_isAValidPackage() throws {
        let package = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).docx())
        expectValidPackage(package)
        #expect(package.undeclaredIds(in: "word/document.xml").isEmpty)
        for index in 1...3 { #expect(package.undeclaredIds(in: "word/charts/chart\(index).xml").isEmpty) }
    }

    @Test func asahan_docx_statesTheCorrectedFigures() throws {
        let text = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).docx()).documentText
        #expect(text.contains("91,37\u{00A0}%"))
        #expect(text.contains("99,65\u{00A0}%"))
        #expect(text.contains("Rp\u{00A0}83.098.081.692"))
        #expect(text.contains("Rp\u{00A0}83.389.671.000"))
        #expect(text.contains("99,51\u{00A0}%"), "74,63 / 75, not the printed 99,50")
        #expect(!text.contains("1.100 %"), "the lower-is-better mistake must not reappear")
        #expect(text.contains("tahun kelima"))
        #expect(text.contains("17 Januari 2025"))
    }

    @Test func asahan_docx_hasEveryChapterAndARealTableOfContents() throws {
        let package = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).docx())
        let text = package.documentText
        for heading in ["KATA PENGANTAR", "IKHTISAR EKSEKUTIF", "DAFTAR ISI", "BAB I PENDAHULUAN", "BAB II PERENCANAAN KINERJA",
                        "BAB III AKUNTABILITAS KINERJA", "BAB IV PENUTUP", "LAMPIRAN", "PERJANJIAN KINERJA TAHUN 2024",
                        "RENCANA KINERJA TAHUNAN TAHUN 2024"] {
            #expect(text.contains(heading), "missing \(heading)")
        }
        let xml = try #require(package.text("word/document.xml"))
        #expect(xml.contains("TOC \\o &quot;1-3&quot;") || xml.contains("TOC \\o \"1-3\""))
        #expect(xml.contains("PAGEREF _Toc00000001"))
        #expect(package.text("word/settings.xml")?.contains("<w:updateFields w:val=\"true\"/>") == true)
    }

    @Test func asahan_docx_numbersTablesPerChapterAndReferencesThem() throws {
        let tables = try LKjDocument(Seeds.load("asahan-2024-corrected")).tables()
        let numbers = tables.map(\.number)
        #expect(numbers.contains("1.1") && numbers.contains("2.1") && numbers.contains("3.1"))
        #expect(Set(numbers).count == numbers.count)
        let text = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).docx()).documentText
        for table in tables where !table.number.hasPrefix("L") {
            #expect(text.contains(table.caption), "caption of \(table.label)")
        }
        #expect(text.contains("sebagaimana Tabel 3.2") || text.contains("disajikan pada Tabel 3.2"))
    }

    @Test func asahan_docx_hasNativeChartsWithEmbeddedWorkbooks() throws {
        let package = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).docx())
        for index in 1...3 {
            let chart = try #require(package.text("word/charts/chart\(index).xml"))
            #expect(chart.contains("<c:barChart>") || chart.contains("<c:lineChart>"))
            #expect(chart.contains("<c:numCache>"))
            let workbook = try #require(package.parts["word/embeddings/Microsoft_Excel_Worksheet\(index).xlsx"])
            expectValidPackage(try OpenedPackage(workbook))
        }
        let history = try #require(package.text("word/charts/chart3.xml"))
        #expect(history.contains("<c:v>83098081692</c:v>"))
    }

    @Test func asahan_docx_placesTheOfficeNarrative() throws {
        let data = try Seeds.load("asahan-2024-corrected")
        let text = try OpenedPackage(LKjDocument(data).docx()).documentText
        let actions = try #require(data.analyses.first { $0.indicatorId == "I1" }?.actions)
        #expect(text.contains(actions))
    }

    @Test(arguments: Seeds.corrected)
    func everySeed_docxAndXlsx_areValidAndReproducible(_ seed: String) throws {
        let data = try Seeds.load(seed)
        let first = try LKjDocument(data).docx()
        let second = try LKjDocument(data).docx()
        #expect(first == second, "identical data must give identical bytes")
        expectValidPackage(try OpenedPackage(first))
        let xlsx = try LKjDocument(data).xlsx()
        #expect(xlsx == (try LKjDocument(data).xlsx()))
        expectValidPackage(try OpenedPackage(xlsx))
    }
}
