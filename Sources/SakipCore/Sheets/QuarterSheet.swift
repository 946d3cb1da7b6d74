/// One quarter's realisations as a table: a row per indicator the office is measured on (the governing PK's,
/// and those of the measurement table), with the realisation, its explanation and its evidence.
///
/// Pasted back, the table replaces that quarter's realisations and leaves the other quarters alone. A row is
/// found by its ID, or by its indicator's statement when the ID is left empty; a row without a realisation
/// records nothing for that quarter.
public enum QuarterSheet {
    static func definition(_ quarter: Quarter) -> Sheet {
        Sheet(id: .realisations(quarter), title: "Realisasi \(quarter.name)",
              hint: "Satu baris per indikator PK. Realisasi ditulis sesuai jenis indikatornya (\"95 %\", \"2 Laporan\", \"70\", \"B\"); kosongkan realisasi indikator yang belum diukur triwulan ini. Bukti dukung: tautan, dipisah koma. Kolom ID Indikator boleh kosong bila kolom Indikator berisi uraian indikator persis seperti di PK.",
              path: ["realisations"],
              columns: [SheetColumn("ID Indikator", key: "indicatorId"),
                        SheetColumn("Indikator", key: "statement", aliases: ["Indikator Kinerja", "Uraian"]),
                        SheetColumn("Realisasi", key: "value", aliases: ["Realisasi \(quarter.name)", "Capaian Realisasi"]),
                        SheetColumn("Penjelasan", key: "explanation", aliases: ["Keterangan"]),
                        SheetColumn("Bukti dukung", key: "evidence", kind: .list, aliases: ["Bukti Dukung", "Tautan bukti"])])
    }

    /// The indicators a quarter's table lists: the governing PK's, then those only the measurement table has.
    public static func indicators(of file: OfficeYear) -> [Indicator] {
        var seen = Set<String>()
        let ids = (file.governingAgreement?.rows.map(\.indicatorId) ?? []) + file.measurement.rows.map(\.indicatorId)
        return ids.filter { seen.insert($0).inserted }.compactMap { file.indicator($0) }
    }

    /// A row per listed indicator (and per realisation of the quarter for any other indicator), as the file has them.
    static func rows(_ quarter: Quarter, of file: OfficeYear) -> [[String]] {
        let entries = file.realisations.filter { $0.quarter == quarter }
        let listed = indicators(of: file)
        let others = entries.map(\.indicatorId).filter { id in !listed.contains { $0.id == id } }
        return listed.map(\.id).map { row($0, entries, file) } + others.map { row($0, entries, file) }
    }

    private static func row(_ id: String, _ entries: [QuarterlyRealisation], _ file: OfficeYear) -> [String] {
        let entry = entries.first { $0.indicatorId == id }
        return [id, file.indicator(id)?.statement ?? "", entry?.value.fileSpelling ?? "", entry?.explanation ?? "",
                entry?.evidence.joined(separator: ", ") ?? ""]
    }

    /// The `realisations` array with the quarter's entries replaced by the table's rows (in the place of the
    /// first stored entry of the quarter), and each row's JSON path for locating the reader's issues.
    static func merge(_ objects: [JSONValue], lines: [Int], quarter: Quarter, into file: OfficeYear,
                      problems: inout [SheetProblem]) -> (array: JSONValue, placement: [(prefix: String, line: Int)]) {
        let listed = indicators(of: file)
        var rows: [(members: [(key: String, value: JSONValue)], line: Int)] = []
        for (object, line) in zip(objects, lines) {
            guard case .object(let members) = object else { continue }
            let statement = text(object["statement"])
            var id = text(object["indicatorId"])
            if id == nil, let statement {
                let matches = file.indicators.filter { $0.statement.lowercased() == statement.lowercased() }
                guard matches.count == 1 else {
                    problems.append(SheetProblem(line: line, column: "Indikator", value: statement,
                        reason: matches.isEmpty ? "tidak ada indikator dengan uraian ini; isi kolom ID Indikator"
                                                : "uraian ini dipakai \(matches.count) indikator; isi kolom ID Indikator"))
                    continue
                }
                id = matches[0].id
            }
            guard let id else {
                problems.append(SheetProblem(line: line, column: "ID Indikator", value: nil, reason: "isi ID Indikator atau uraian Indikator"))
                continue
            }
            if file.indicator(id) == nil {
                problems.append(SheetProblem(line: line, column: "ID Indikator", value: id, reason: "tidak ada indikator dengan ID ini pada daftar indikator"))
                continue
            }
            if !listed.contains(where: { $0.id == id }) {
                problems.append(SheetProblem(line: line, column: "ID Indikator", value: id,
                    reason: "indikator ini tidak ada pada PK yang berlaku; realisasi triwulan hanya untuk indikator PK (\(listed.map(\.id).joined(separator: ", ")))"))
            }
            let kept = members.filter { $0.key != "statement" && $0.key != "indicatorId" }
            guard kept.contains(where: { $0.key == "value" }) else {
                if !kept.isEmpty {
                    problems.append(SheetProblem(line: line, column: "Realisasi", value: nil,
                        reason: "isi realisasi, atau kosongkan penjelasan dan bukti dukung bila indikator ini belum diukur \(quarter.name)"))
                }
                continue
            }
            rows.append(([("indicatorId", .string(id)), ("quarter", .number("\(quarter.rawValue)"))] + kept, line))
        }

        let stored: [JSONValue]
        if case .array(let items)? = OfficeYearWriter.value(file)["realisations"] { stored = items } else { stored = [] }
        let isQuarter = { (item: JSONValue) in item["quarter"] == .number("\(quarter.rawValue)") }
        let insertAt = stored.firstIndex(where: isQuarter) ?? stored.count
        let before = stored.prefix(insertAt).filter { !isQuarter($0) }
        let after = stored.dropFirst(insertAt).filter { !isQuarter($0) }
        let placement = rows.enumerated().map { ("$.realisations[\(before.count + $0.offset)]", $0.element.line) }
        return (.array(before + rows.map { .object($0.members) } + after), placement)
    }

    private static func text(_ value: JSONValue?) -> String? {
        guard case .string(let text)? = value, !text.isEmpty else { return nil }
        return text
    }
}
