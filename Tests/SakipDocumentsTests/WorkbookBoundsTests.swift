import Foundation
@testable import SakipCore
@testable import SakipDocuments
import Testing
import ZIPFoundation

/// Workbooks made to break the reader (issue 11, findings 1 and 5): each is refused in Indonesian at its part,
/// worksheet or cell, within the size limits, instead of stopping the program or filling the memory.
struct WorkbookBoundsTests {
    /// An .xlsx of one worksheet "Data" with `rows` (the inside of `<sheetData>`) and optional shared strings.
    static func workbook(rows: String, sharedStrings: [String]? = nil) throws -> Data {
        var parts = [
            ("xl/workbook.xml", #"<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Data" sheetId="1" r:id="rId1"/></sheets></workbook>"#),
            ("xl/_rels/workbook.xml.rels", #"<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>"#),
            ("xl/worksheets/sheet1.xml", #"<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>"# + rows + "</sheetData></worksheet>"),
        ]
        if let sharedStrings {
            parts.append(("xl/sharedStrings.xml", #"<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">"#
                + sharedStrings.map { "<si><t>\($0)</t></si>" }.joined() + "</sst>"))
        }
        return try zip(parts.map { ($0.0, Data($0.1.utf8)) })
    }

    static func zip(_ parts: [(String, Data)]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try #require(archive.data)
    }

    /// The reader's message for a workbook that must be refused.
    static func refusal(_ data: Data) -> String {
        do {
            let grids = try WorkbookReader.read(data)
            Issue.record("diharapkan ditolak, terbaca \(grids.count) lembar")
            return ""
        } catch {
            return error.description
        }
    }

    @Test func aCellReferenceWithoutColumnLetters_isRefusedAtItsRow() throws {
        let message = Self.refusal(try Self.workbook(rows: #"<row r="1"><c r="1" t="inlineStr"><is><t>x</t></is></c></row>"#))
        #expect(message == "Berkas tidak dapat dibaca: lembar \"Data\", baris 1: referensi sel \"1\" tidak sah; diharapkan huruf kolom lalu nomor baris (mis. F7), paling jauh kolom XFD")
    }

    @Test func aColumnReferenceTooLongForAnInteger_isRefused() throws {
        let message = Self.refusal(try Self.workbook(rows: #"<row r="1"><c r="ZZZZZZZZZZZZZZZZZZZZ1"><v>1</v></c></row>"#))
        #expect(message.contains("referensi sel \"ZZZZZZZZZZZZZZZZZZZZ1\" tidak sah"))
        let beyondXFD = Self.refusal(try Self.workbook(rows: #"<row r="1"><c r="XFE1"><v>1</v></c></row>"#))
        #expect(beyondXFD.contains("referensi sel \"XFE1\" tidak sah"))
    }

    @Test func aSharedStringNumberOutsideTheList_isRefusedAtItsCell() throws {
        let negative = Self.refusal(try Self.workbook(rows: #"<row r="2"><c r="B2" t="s"><v>-1</v></c></row>"#, sharedStrings: ["Kecamatan"]))
        #expect(negative == "Berkas tidak dapat dibaca: lembar \"Data\", sel B2: nomor teks bersama \"-1\" tidak ada di xl/sharedStrings.xml (berisi 1 teks)")
        let beyond = Self.refusal(try Self.workbook(rows: #"<row r="2"><c r="B2" t="s"><v>7</v></c></row>"#, sharedStrings: ["Kecamatan"]))
        #expect(beyond.contains("sel B2: nomor teks bersama \"7\""))
    }

    @Test func rowNumbersOutsideASpreadsheet_areRefused() throws {
        for number in ["0", "-3", "1048577", "99999999999999999999"] {
            let message = Self.refusal(try Self.workbook(rows: "<row r=\"\(number)\"><c><v>1</v></c></row>"))
            #expect(message.contains("nomor baris \"\(number)\" tidak sah"), "\(number)")
        }
    }

    /// 245 rows with one cell in column XFD are 4 million cells once the empty cells before it are counted.
    @Test func tooManyCellsInAWorksheet_areRefused_withTheLimit() throws {
        let rows = (1...250).map { "<row r=\"\($0)\"><c r=\"XFD\($0)\"><v>1</v></c></row>" }.joined()
        let message = Self.refusal(try Self.workbook(rows: rows))
        #expect(message.contains("lembar \"Data\" berisi lebih dari 4.000.000 sel"))
    }

    /// A 1 KB entry that declares a small size and inflates past the part limit: stopped while inflating.
    @Test func aZipBomb_isStoppedAtThePartLimit_whateverItDeclares() throws {
        let chunk = Data(repeating: 0x20, count: 1 << 20)
        let size = WorkbookLimits.partBytes + (1 << 20)
        let archive = try Archive(data: Data(), accessMode: .create)
        try archive.addEntry(with: "xl/workbook.xml", type: .file, uncompressedSize: Int64(size), compressionMethod: .deflate) { _, count in
            count == chunk.count ? chunk : chunk.prefix(count)
        }
        var data = try #require(archive.data)
        #expect(data.count < 1_000_000)
        #expect(Self.refusal(data) == "Berkas tidak dapat dibaca: bagian xl/workbook.xml melebihi 100 MB setelah diekstrak; kirim hanya lembar tabel yang diimpor")
        // The same entry declaring 1.000 bytes in the central directory (offset 24 of its record).
        let record = try #require(data.lastRange(of: Data([0x50, 0x4B, 0x01, 0x02]))).lowerBound
        data.replaceSubrange(record + 24 ..< record + 28, with: [0xE8, 0x03, 0, 0])
        #expect(Self.refusal(data).contains("melebihi 100 MB setelah diekstrak"))
    }

    @Test func aDoctype_andItsEntityExpansion_areRefused() throws {
        let laughs = #"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]><sst><si><t>&lol2;</t></si></sst>"#
        let data = try Self.zip([("xl/workbook.xml", Data(#"<workbook><sheets/></workbook>"#.utf8)), ("xl/sharedStrings.xml", Data(laughs.utf8))])
        #expect(Self.refusal(data) == "Berkas tidak dapat dibaca: bagian xl/sharedStrings.xml berisi deklarasi <!DOCTYPE>, yang tidak pernah dipakai workbook .xlsx")
    }

    @Test func aTruncatedOrDamagedArchive_isRefused_notHung() throws {
        let whole = try Self.workbook(rows: #"<row r="1"><c r="A1" t="inlineStr"><is><t>Kecamatan</t></is></c></row>"#)
        for cut in stride(from: 0, to: whole.count, by: max(1, whole.count / 40)) {
            _ = Self.refusal(whole.prefix(cut))
        }
        var flipped = whole
        for offset in stride(from: 40, to: flipped.count - 100, by: 97) { flipped[offset] ^= 0x5A }
        #expect((try? WorkbookReader.read(flipped)) == nil)
    }

    @Test func malformedXML_isRefusedAtItsLineAndColumn() throws {
        let message = Self.refusal(try Self.workbook(rows: "<row r=\"1\"><c><v>1</v></row>"))
        #expect(message.hasPrefix("Berkas tidak dapat dibaca: bagian xl/worksheets/sheet1.xml: XML rusak pada baris 1, kolom "))
    }

    /// libxml2 given a whole part at once refuses one over 10 MB; a large shared-string table must still read.
    @Test func aPartOverTenMegabytes_reads() throws {
        let strings = (0..<330_000).map { "Kelurahan nomor \($0)" }
        let data = try Self.workbook(rows: #"<row r="1"><c r="A1" t="s"><v>329999</v></c></row>"#, sharedStrings: strings)
        #expect(strings.reduce(0) { $0 + $1.utf8.count + 17 } > 10_000_000)
        let grids = try WorkbookReader.read(data)
        #expect(grids.first?.rows.first?.cells == ["Kelurahan nomor 329999"])
    }

    @Test func datesFarOutsideTheCalendar_stayNumbers() {
        #expect(SerialDate.iso(45_622) == "2024-11-26")
        #expect(SerialDate.iso(1) == "1899-12-31")
        #expect(SerialDate.iso(SerialDate.last.decimal) == "9999-12-31")
        #expect(SerialDate.iso(Decimal(SerialDate.last + 1)) == nil)
        #expect(SerialDate.iso(-5) == nil)
        #expect(SerialDate.iso(Decimal(string: "1e30")!) == nil)
    }
}

private extension Int {
    var decimal: Decimal { Decimal(self) }
}
