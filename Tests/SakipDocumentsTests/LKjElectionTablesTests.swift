import Foundation
import SakipCore
@testable import SakipDocuments
import Testing

/// The LKj's DPT recap, participation and logistics tables (issue 6) and the provenance of bound realisations.
/// Pagar Alam's corrected file carries Tabel 3.3 (DPT) and the logistics Tabel 4–6, but no turnout: the turnout
/// here is made up for the tests, over the seed's DPT.
@Suite struct LKjElectionTablesTests {
    let pagarAlam: OfficeYear

    init() throws { pagarAlam = try Seeds.load("pagaralam-2024-corrected") }

    /// Pagar Alam with a hypothetical turnout (82.000 voters of whom 42.000 women), DPTb and DPK, and indicator I3
    /// ("Partisipasi Pemilih Perempuan", sasaran S2) bound to the women's participation.
    func withTurnout(_ base: ParticipationBase = .dpt, women: Int = 42000) -> OfficeYear {
        var year = pagarAlam
        year.elections[0].participationBase = base
        year.elections[0].dptb = VoterCount(male: 100, female: 200)
        year.elections[0].dpk = VoterCount(male: 50, female: 50)
        year.elections[0].turnout = Turnout(voted: VoterCount(male: 40000, female: women), disabilityRegistered: 400, disabilityVoted: 300,
                                            firstTimeRegistered: 10000, firstTimeVoted: 8000, validBallots: 80000, invalidBallots: 2000)
        year.bindings = [IndicatorBinding(indicatorId: "I3", figure: .participationWomen, eventId: "pemilihan2024")]
        return year
    }

    func table(_ tables: [ReportTable], _ prefix: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> ReportTable {
        try #require(tables.first { $0.title.hasPrefix(prefix) }, "no table \(prefix)", sourceLocation: sourceLocation)
    }

    /// The document's text after the table of contents' entries: from the body's "B. Analisis Capaian Kinerja per Sasaran".
    func analysisText(_ package: OpenedPackage, sourceLocation: SourceLocation = #_sourceLocation) throws -> Substring {
        let text = package.documentText
        let start = try #require(text.ranges(of: "B. Analisis Capaian Kinerja per Sasaran").last, sourceLocation: sourceLocation)
        return text[start.upperBound...]
    }

    /// "Sasaran 2: …": the heading of a sasaran, numbered in the measurement's order.
    func sasaranHeading(_ id: String, in year: OfficeYear, sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let objectives = year.measure().objectives
        let index = try #require(objectives.firstIndex { $0.objective.id == id }, sourceLocation: sourceLocation)
        return "Sasaran \(index + 1): \(objectives[index].objective.statement)"
    }

    // MARK: DPT recap

    @Test func pagarAlam_docx_hasTheDPTRecapWithTheTotalComputedFromTheRows() throws {
        let lkj = LKjDocument(pagarAlam)
        let package = try OpenedPackage(lkj.docx())
        let recap = try table(lkj.tables(), "Rekapitulasi Daftar Pemilih Tetap (DPT) Pemilihan Serentak 27 November 2024")
        #expect(recap.number.hasPrefix("3."))
        let rows = try #require(package.tableRows(caption: recap.caption))
        #expect(rows.first == ["No", "Kecamatan / Desa/Kel", "Jumlah Desa/Kel", "Jumlah TPS", "L", "P", "L+P"])
        #expect(rows.count == 1 + 5 + 1)
        // Dempo Tengah as corrected: 29 TPS (the seed printed 950).
        #expect(rows[5] == ["5", "Dempo Tengah", "5", "29", "6.004", "5.515", "11.519"])
        // 70 + 73 + 46 + 30 + 29 = 248 TPS; L 54.888 + P 53.028 = 107.916.
        #expect(rows.last == ["", "Jumlah", "35", "248", "54.888", "53.028", "107.916"])
        let text = package.documentText
        #expect(text.contains("Daftar Pemilih Tetap (DPT) Pemilihan Serentak 27 November 2024 berjumlah 107.916 pemilih, terdiri atas 54.888 pemilih laki-laki dan 53.028 pemilih perempuan, yang tersebar di 248 TPS pada 5 kecamatan dan 35 desa/kelurahan, sebagaimana \(recap.label)."))
    }

    @Test func dptRecap_sumsTheRowsNotThePrintedTotal_andListsKelurahanUnderTheirKecamatan() throws {
        var year = pagarAlam
        // The seed's printed row (950 TPS) and a printed total line that agrees with nothing.
        year.elections[0].dpt.rows[4].tps = 950
        year.elections[0].dpt.statedTotal = DPTRecap.StatedTotal(villageCount: 1, tps: 1, male: 1, female: 1, total: 2)
        year.elections[0].dpt.rows[0].subareas = [DPTRow(area: "Dempo Makmur", tps: 7, voters: VoterCount(male: 1500, female: 1400)),
                                                  DPTRow(area: "Bangun Rejo", tps: 9, voters: VoterCount(male: 1700, female: 1650))]
        let lkj = LKjDocument(year)
        let recap = try table(lkj.tables(), "Rekapitulasi Daftar Pemilih Tetap (DPT)")
        let rows = try #require(OpenedPackage(lkj.docx()).tableRows(caption: recap.caption))
        #expect(rows[2] == ["1.1", "Dempo Makmur", "-", "7", "1.500", "1.400", "2.900"])
        #expect(rows[3] == ["1.2", "Bangun Rejo", "-", "9", "1.700", "1.650", "3.350"])
        // 70 + 73 + 46 + 30 + 950 = 1.169: the rows as given, kelurahan not counted twice.
        #expect(rows.last == ["", "Jumlah", "35", "1.169", "54.888", "53.028", "107.916"])
    }

    // MARK: Logistics

    @Test func pagarAlam_docx_hasTheSortingDistributionAndTransportTables() throws {
        let lkj = LKjDocument(pagarAlam)
        let tables = try lkj.tables()
        let package = try OpenedPackage(lkj.docx())
        let sorting = try #require(package.tableRows(caption: table(tables, "Hasil Penyortiran dan Penghitungan Logistik").caption))
        #expect(sorting.first == ["No", "Jenis Logistik", "Satuan", "Dipesan", "Diterima", "Baik", "Rusak", "Kurang", "Lebih", "Permintaan"])
        #expect(sorting.count == 1 + 13)
        // Surat suara: received 111.081 − ordered 110.614 = 467 more; Segel: 12.478 − 10.999 = 1.479 short.
        #expect(sorting[2] == ["2", "Surat Suara Walikota dan Wakil Walikota", "Lembar", "110.614", "111.081", "111.036", "45", "0", "467", "45"])
        #expect(sorting[5] == ["5", "Segel", "Keping", "12.478", "10.999", "10.999", "0", "1.479", "0", "1.479"])

        let distribution = try #require(package.tableRows(caption: table(tables, "Pendistribusian Logistik").caption))
        #expect(distribution.count == 1 + 35 + 1)
        #expect(distribution[1] == ["1", "Dempo Makmur", "7", "14", "28", "26 November 2024", "26 November 2024", "Truck, Pick up dan Motor"])
        #expect(distribution.last == ["", "Jumlah", "248", "496", "992", "", "", ""])

        let transport = try #require(package.tableRows(caption: table(tables, "Moda Transportasi Logistik").caption))
        #expect(transport.last == ["", "Jumlah", "7", "35", "248"])

        let text = package.documentText
        // Every item's good + requested covers the order: 13 of 13.
        #expect(text.contains("Sebanyak 13 dari 13 jenis logistik (100,00\u{00A0}%) terpenuhi"))
        // Short: Segel, Sampul Biasa, Kabel Ties; over: Surat Suara (+467), Tinta (+10).
        #expect(text.contains("Kekurangan kirim terdapat pada 3 jenis logistik dan kelebihan kirim pada 2 jenis logistik."))
        // Every kelurahan received its logistics on 26 November, before election day (27 November 2024).
        #expect(text.contains("Sebanyak 35 dari 35 kelurahan/desa (100,00\u{00A0}%) menerima logistik paling lambat 27 November 2024"))
        #expect(text.contains("Jumlah TPS tersebut sama dengan jumlah TPS pada rekapitulasi DPT."))
        #expect(text.contains("7 kendaraan dari KPU ke PPK, 35 kendaraan dari PPK ke PPS dan 248 kendaraan dari PPS ke TPS"))
        #expect(!text.contains("tidak sama dengan jumlah yang diterima"), "the corrected sorting table is reconciled")
    }

    @Test func sorting_statesTheItemsWhoseGoodAndDamagedDoNotAddUp() throws {
        var year = pagarAlam
        // As printed: Sampul Kubus received 2.763, good 2.621, damaged 0.
        year.logistics?.sorting[6].damaged = 0
        let text = try OpenedPackage(LKjDocument(year).docx()).documentText
        #expect(text.contains("Pada 1 jenis logistik, jumlah baik ditambah rusak tidak sama dengan jumlah yang diterima: Sampul Kubus (baik 2.621 + rusak 0 = 2.621, diterima 2.763)."))
    }

    // MARK: Participation and provenance

    @Test func turnoutAndBinding_addTheParticipationTable_withItsDenominator_andTheProvenance() throws {
        let lkj = LKjDocument(withTurnout())
        let tables = try lkj.tables()
        let package = try OpenedPackage(lkj.docx())
        let rates = try #require(package.tableRows(caption: table(tables, "Tingkat Partisipasi Pemilih").caption))
        #expect(rates.first == ["No", "Uraian", "Pengguna Hak Pilih", "Pemilih Terdaftar", "Penyebut", "Partisipasi (%)"])
        // 82.000 / 107.916 = 75,985… %; 42.000 / 53.028 = 79,203… %; 300 / 400; 8.000 / 10.000.
        #expect(rates[1] == ["1", "Partisipasi pemilih", "82.000", "107.916", "DPT", "75,99\u{00A0}%"])
        #expect(rates[2] == ["2", "Partisipasi pemilih perempuan", "42.000", "53.028", "pemilih perempuan DPT", "79,20\u{00A0}%"])
        #expect(rates[3] == ["3", "Partisipasi pemilih disabilitas", "300", "400", "pemilih disabilitas terdaftar", "75,00\u{00A0}%"])
        #expect(rates[4] == ["4", "Partisipasi pemilih pemula", "8.000", "10.000", "pemilih pemula terdaftar", "80,00\u{00A0}%"])
        // DPTb 300 and DPK 100 beside the DPT: L 54.888 + 100 + 50, P 53.028 + 200 + 50, 107.916 + 300 + 100 = 108.316.
        let registered = try #require(package.tableRows(caption: table(tables, "Pemilih Terdaftar").caption))
        #expect(registered.last == ["", "Jumlah", "55.038", "53.278", "108.316"])

        let text = package.documentText
        #expect(text.contains("Tingkat partisipasi pemilih pada Pemilihan Serentak 27 November 2024 sebesar 75,99\u{00A0}%, yaitu 82.000 pengguna hak pilih dari 107.916 pemilih terdaftar (DPT), sebagaimana Tabel 3."))
        #expect(text.contains("Penyebut tingkat partisipasi adalah DPT."))
        #expect(text.contains("terdapat 80.000 suara sah dan 2.000 suara tidak sah"))
        let provenance = "dihitung dari DPT dan pengguna hak pilih Pemilihan Serentak 27 November 2024: 42.000 / 53.028 = 79,20\u{00A0}% (pemilih perempuan DPT)."
        #expect(text.contains("Realisasi indikator ini \(provenance)"), "in the indicator's analysis")
        #expect(text.contains("Realisasi indikator “Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan” \(provenance)"),
                "under the measurement table")
        // The measurement uses the bound 79,20 %, not the typed 77 %: capaian 79,2034…/77 = 102,86 %.
        let measurement = try #require(package.tableRows(caption: table(tables, "Pengukuran Kinerja").caption))
        let row = try #require(measurement.first { $0.count > 1 && $0[1] == "Persentase Partisipasi Pemilih Perempuan dalam Pemilu/Pemilihan" })
        #expect(Array(row[2...4]) == ["77\u{00A0}%", "79,20\u{00A0}%", "102,86\u{00A0}%"])
        // An unbound indicator keeps its provenance-free analysis.
        #expect(!text.contains("Realisasi indikator “Persentase Partisipasi Pemilih Pemula"))
    }

    @Test func participation_overDPTPlusDPTbPlusDPK_statesThatDenominator() throws {
        let lkj = LKjDocument(withTurnout(.dptDptbDpk))
        let package = try OpenedPackage(lkj.docx())
        let rates = try #require(package.tableRows(caption: table(lkj.tables(), "Tingkat Partisipasi Pemilih").caption))
        // 82.000 / 108.316 = 75,704… %.
        #expect(rates[1] == ["1", "Partisipasi pemilih", "82.000", "108.316", "DPT + DPTb + DPK", "75,70\u{00A0}%"])
        #expect(package.documentText.contains("Penyebut tingkat partisipasi adalah DPT + DPTb + DPK"))
    }

    @Test func changingTheTurnout_changesTheFigureAndTheCapaianInTheDocument() throws {
        let before = try OpenedPackage(LKjDocument(withTurnout(women: 42000)).docx()).documentText
        let after = try OpenedPackage(LKjDocument(withTurnout(women: 37000)).docx()).documentText
        #expect(before.contains("42.000 / 53.028 = 79,20\u{00A0}%") && before.contains("102,86\u{00A0}%"))
        // 37.000 / 53.028 = 69,774… %; / 77 = 90,62 %.
        #expect(after.contains("37.000 / 53.028 = 69,77\u{00A0}%") && after.contains("90,62\u{00A0}%"))
        #expect(!after.contains("79,20 %") && !after.contains("102,86 %"))
    }

    // MARK: Placement and numbering

    @Test func withoutBindings_theTablesHaveSubsectionsOfTheirOwn_afterTheSasaran() throws {
        let package = try OpenedPackage(LKjDocument(pagarAlam).docx())
        let xml = try #require(package.text("word/document.xml"))
        for heading in ["Data Pemilih dan Partisipasi Pemilihan Serentak 27 November 2024", "Logistik Pemilihan Serentak 27 November 2024"] {
            #expect(headingLevel(of: heading, in: xml) == 3, "\(heading)")
        }
        let text = try analysisText(package)
        let last = try #require(pagarAlam.measure().objectives.last?.objective.id)
        let lastSasaran = try #require(text.range(of: sasaranHeading(last, in: pagarAlam)))
        let recap = try #require(text.range(of: "Rekapitulasi Daftar Pemilih Tetap (DPT)"))
        let sorting = try #require(text.range(of: "Hasil Penyortiran dan Penghitungan Logistik"))
        let budget = try #require(text.range(of: "D. Realisasi Anggaran"))
        #expect(lastSasaran.upperBound < recap.lowerBound && recap.lowerBound < sorting.lowerBound && sorting.lowerBound < budget.lowerBound)
    }

    @Test func bindings_placeTheTablesInTheAnalysisOfTheSasaranTheyServe() throws {
        var year = withTurnout()
        // I3 serves S2 (kesadaran pemilih); I27 serves S22 (dukungan logistik).
        year.bindings.append(IndicatorBinding(indicatorId: "I27", figure: .logisticsFulfilment, eventId: "pemilihan2024"))
        let package = try OpenedPackage(LKjDocument(year).docx())
        let text = try analysisText(package)
        func position(_ needle: String) throws -> String.Index { try #require(text.range(of: needle), "\(needle)").lowerBound }
        let objectives = year.measure().objectives.map(\.objective.id)
        func following(_ id: String) throws -> String {
            try sasaranHeading(objectives[try #require(objectives.firstIndex(of: id)) + 1], in: year)
        }
        let recap = try position("Rekapitulasi Daftar Pemilih Tetap (DPT)")
        #expect(try position(sasaranHeading("S2", in: year)) < recap && recap < position(following("S2")))
        let sorting = try position("Hasil Penyortiran dan Penghitungan Logistik")
        #expect(try position(sasaranHeading("S22", in: year)) < sorting && sorting < position(following("S22")))
        // Inside a sasaran the title is a bold line, not a heading beside the sasaran's.
        let xml = try #require(package.text("word/document.xml"))
        #expect(headingLevel(of: "Data Pemilih dan Partisipasi Pemilihan Serentak 27 November 2024", in: xml) == nil)
        #expect(headingLevel(of: "Logistik Pemilihan Serentak 27 November 2024", in: xml) == nil)
        #expect(text.contains("Realisasi indikator ini dihitung dari tabel penyortiran logistik Pemilihan Serentak 27 November 2024: 13 dari 13 jenis logistik terpenuhi = 100,00\u{00A0}%."))
    }

    @Test(arguments: [false, true])
    func pagarAlam_tableNumbersStaySequential_andEveryReferenceExists(_ withData: Bool) throws {
        let lkj = LKjDocument(withData ? withTurnout() : pagarAlam)
        let tables = try lkj.tables()
        let numbers = tables.map(\.number)
        for chapter in ["1", "2", "3", "L"] {
            let inChapter = numbers.filter { $0.hasPrefix("\(chapter).") }
            #expect(inChapter == (0..<inChapter.count).map { "\(chapter).\($0 + 1)" }, "chapter \(chapter): \(inChapter)")
        }
        let text = try OpenedPackage(lkj.docx()).documentText
        for table in tables where !table.number.hasPrefix("L") {
            #expect(text.contains(table.caption), "caption of \(table.label)")
        }
        let labels = Set(tables.map(\.label))
        let referenced = text.matches(of: /Tabel [0-9]+\.[0-9]+/).map { String($0.output) }
        #expect(Set(referenced).subtracting(labels).isEmpty, "references to missing tables")
        for title in ["Rekapitulasi Daftar Pemilih Tetap", "Hasil Penyortiran", "Pendistribusian Logistik", "Moda Transportasi Logistik"] {
            let table = try table(tables, title)
            #expect(text.contains("sebagaimana \(table.label)") || text.contains("disajikan pada \(table.label)"), "\(title) is referenced")
        }
        #expect(tables.contains { $0.title.hasPrefix("Tingkat Partisipasi Pemilih") } == withData)
    }

    @Test func asahan_withoutElectionsOrLogistics_hasNoSuchTables() throws {
        let lkj = LKjDocument(try Seeds.load("asahan-2024-corrected"))
        let titles = try lkj.tables().map(\.title)
        for prefix in ["Rekapitulasi Daftar Pemilih Tetap", "Pemilih Terdaftar", "Tingkat Partisipasi", "Hasil Penyortiran",
                       "Pendistribusian Logistik", "Moda Transportasi Logistik"] {
            #expect(!titles.contains { $0.hasPrefix(prefix) }, "\(prefix)")
        }
        let text = try OpenedPackage(lkj.docx()).documentText
        #expect(!text.contains("Data Pemilih dan Partisipasi"))
        #expect(!text.contains("Hasil penyortiran dan penghitungan"))
        #expect(!text.contains("Catatan: "), "no bound indicator, no provenance note")
    }

    @Test func pagarAlam_docx_hasTheNeedsProcurementDeliveryWarehouseAndDestructionTables() throws {
        let lkj = LKjDocument(pagarAlam)
        let tables = try lkj.tables()
        let package = try OpenedPackage(lkj.docx())
        let needs = try #require(package.tableRows(caption: table(tables, "Kebutuhan dan Anggaran Logistik").caption))
        #expect(needs.count == 1 + 13 + 1)
        #expect(needs.last?.prefix(3) == ["", "Jumlah", "137.535"])

        let procurement = try #require(package.tableRows(caption: table(tables, "Proses Pengadaan Logistik").caption))
        // Salinan A4: pagu 744.000 − contract 155.744 = 588.256, 79,07 % of the pagu (the seed printed "Rp25.957").
        #expect(procurement.contains { $0.count == 8 && $0[2] == "744.000" && $0[4] == "155.744" && $0[5] == "588.256" && $0[6] == "79,07\u{00A0}%" })
        // Plano: the contract exceeds the pagu, a negative efficiency of −11,00 %.
        #expect(procurement.contains { $0[2] == "1.206.487" && $0[4] == "1.339.200" && $0[6] == "-11,00\u{00A0}%" })
        #expect(procurement.last?[1] == "Jumlah")

        let deliveries = try #require(package.tableRows(caption: table(tables, "Produksi dan Pendistribusian Logistik").caption))
        #expect(deliveries.count == 1 + 13)
        let warehouses = try #require(package.tableRows(caption: table(tables, "Kondisi Gudang Logistik").caption))
        #expect(warehouses.last == ["1", "Gudang Logistik KPU Kota Pagar Alam", "7 x 12 m", "sewa", "24 bulan", "memadai"])
        let destruction = try #require(package.tableRows(caption: table(tables, "Pemusnahan Surat Suara").caption))
        #expect(destruction.last == ["", "Jumlah", "486", "", ""])
        #expect(package.documentText.contains("Sebanyak 486 lembar surat suara rusak dan lebih kirim dimusnahkan"))
    }

    @Test func anElectionAndLogisticsWithoutRows_addNoTablesAndNoSubsections() throws {
        var year = pagarAlam
        year.elections[0].dpt.rows = []
        year.logistics = Logistics(eventId: "pemilihan2024")
        let lkj = LKjDocument(year)
        let titles = try lkj.tables().map(\.title)
        #expect(titles.count == (try LKjDocument(pagarAlam).tables().count) - 9, "the DPT recap and the eight logistics tables go")
        #expect(!titles.contains { $0.contains("Pemilihan Serentak 27 November 2024") })
        let text = try analysisText(OpenedPackage(lkj.docx()))
        #expect(!text.contains("Data Pemilih dan Partisipasi") && !text.contains("Logistik Pemilihan Serentak"))
    }

    // MARK: XLSX

    @Test func xlsx_carriesTheElectionAndLogisticsTablesAsSheets() throws {
        let lkj = LKjDocument(withTurnout())
        let tables = try lkj.tables()
        let package = try OpenedPackage(lkj.xlsx())
        let workbook = try #require(package.text("xl/workbook.xml"))
        #expect(attributeValues("sheetId", in: workbook).count == tables.count)
        let sheets = package.order.filter { $0.hasPrefix("xl/worksheets/sheet") }.compactMap(package.text)
        func sheet(_ prefix: String) throws -> String {
            let caption = try table(tables, prefix).caption
            return try #require(sheets.first { $0.contains(">\(XMLText.escape(caption))</t>") }, "no sheet \(prefix)")
        }
        #expect(try sheet("Rekapitulasi Daftar Pemilih Tetap").contains("<v>107916</v>"))
        #expect(try sheet("Hasil Penyortiran").contains("<v>1479</v>"))
        #expect(try sheet("Pendistribusian Logistik").contains("<v>992</v>"))
        #expect(try sheet("Moda Transportasi Logistik").contains("<v>248</v>"))
        let rates = try sheet("Tingkat Partisipasi Pemilih")
        // A real number rounded to two decimals, not the text "79,20 %".
        #expect(rates.contains("<v>79.2</v>") && rates.contains("pemilih perempuan DPT"))
        #expect(!rates.contains("79,20 %"))

        let asahan = try OpenedPackage(LKjDocument(Seeds.load("asahan-2024-corrected")).xlsx())
        let asahanSheets = asahan.order.filter { $0.hasPrefix("xl/worksheets/sheet") }.compactMap(asahan.text).joined()
        #expect(!asahanSheets.contains("Daftar Pemilih Tetap (DPT)") && !asahanSheets.contains("Penyortiran"))
    }
}

/// The level of the heading paragraph whose text is `text`, or nil when no heading has that text.
private func headingLevel(of text: String, in xml: String) -> Int? {
    for paragraph in xml.components(separatedBy: "<w:p>").dropFirst() {
        guard let end = paragraph.range(of: "</w:p>") else { continue }
        let body = paragraph[..<end.lowerBound]
        guard OpenedPackage.runText(body) == text, let style = body.range(of: "<w:pStyle w:val=\"Heading") else { continue }
        return body[style.upperBound...].first?.wholeNumberValue
    }
    return nil
}
