import Foundation

/// A JSON value with its path, read into core values with every problem logged at its place.
struct JSONField {
    let value: JSONValue
    let path: String
    let log: IssueLog

    private var shown: String? {
        switch value {
        case .string(let text): text
        case .number(let literal): literal
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .object, .array: nil
        }
    }

    func fail(_ reason: String) { log.error(path, shown, reason) }

    func warn(_ reason: String) { log.warning(path, shown, reason) }

    /// The members of an object; unknown keys are logged with the nearest known key.
    func object(_ keys: [String]) -> JSONObject? {
        guard case .object(let pairs) = value else {
            fail("diharapkan objek, ditemukan \(value.typeName)")
            return nil
        }
        for pair in pairs where !keys.contains(pair.key) {
            let hint = JSONField.nearest(pair.key, in: keys).map { "; maksudnya \"\($0)\"?" } ?? ""
            log.error("\(path).\(pair.key)", nil, "kolom tidak dikenal\(hint)")
        }
        return JSONObject(field: self, pairs: pairs)
    }

    /// The items of an array, each with its index in the path.
    func array() -> [JSONField]? {
        guard case .array(let items) = value else {
            fail("diharapkan larik, ditemukan \(value.typeName)")
            return nil
        }
        return items.enumerated().map { JSONField(value: $1, path: "\(path)[\($0)]", log: log) }
    }

    func string() -> String? {
        guard case .string(let text) = value else {
            fail("diharapkan teks, ditemukan \(value.typeName)")
            return nil
        }
        return text
    }

    func int() -> Int? {
        guard case .number(let literal) = value, let number = Int(literal) else {
            let digits = { (text: String) in !text.isEmpty && text.drop { $0 == "-" }.allSatisfy(\.isASCIIDigit) }
            if case .number(let literal) = value, digits(literal) { fail("bilangan bulat terlalu besar") } else { fail("diharapkan bilangan bulat") }
            return nil
        }
        return number
    }

    /// A year under ``YearRule``.
    func year() -> Int? { int(checkedBy: YearRule.problem) }

    /// A count of people or things under ``CountRule``.
    func count() -> Int? { int(checkedBy: CountRule.problem) }

    /// A whole number in which `rule` finds no problem; the rule's problem is reported at this field.
    private func int(checkedBy rule: (Int) -> String?) -> Int? {
        guard let number = int() else { return nil }
        if let problem = rule(number) {
            fail(problem)
            return nil
        }
        return number
    }

    /// A revision number (of a PK or of the DIPA): 0 for the original, at most 999.
    func revisionNumber() -> Int? {
        guard let number = int() else { return nil }
        guard (0...999).contains(number) else {
            fail("nomor revisi harus 0 (dokumen awal) sampai 999")
            return nil
        }
        return number
    }

    func bool() -> Bool? {
        guard case .bool(let flag) = value else {
            fail("diharapkan true atau false")
            return nil
        }
        return flag
    }

    /// One of an enumeration's raw values (an enumeration only files and evaluators write, without Indonesian labels).
    func choice<E: RawRepresentable & CaseIterable>(_ type: E.Type) -> E? where E.RawValue == String {
        guard let text = string() else { return nil }
        guard let choice = E(rawValue: text) else {
            fail("nilai tidak dikenal; pilihan: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
            return nil
        }
        return choice
    }

    /// One of an enumeration's values, written by its raw name or its Indonesian label.
    func choice<E: IndonesianChoice>(_ type: E.Type) -> E? {
        guard let text = string() else { return nil }
        guard let choice = E.matching(text) else {
            log.error(path, shown, "nilai tidak dikenal; pilihan: \(E.choiceLabels)", detail: "nilai dalam berkas: \(E.rawNames)")
            return nil
        }
        return choice
    }

    /// Rupiah from a JSON number or a written amount ("Rp 1.234.000") under ``MoneyRule``; `sign` says whether
    /// the figure may be negative (a sisa or an efisiensi may, a pagu may not).
    func money(_ sign: MoneyRule.Sign = .any) -> Decimal? {
        let amount: Decimal
        switch value {
        case .number(let literal):
            guard !literal.contains("e"), !literal.contains("E"),
                  let number = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) else {
                fail("jumlah uang tidak sah")
                return nil
            }
            amount = number
        case .string(let text):
            do { amount = try IndonesianNumber.parseMoney(text) } catch {
                fail(error.reason == MoneyRule.tooLarge ? error.reason : "jumlah uang tidak dapat dibaca: \(error.reason)")
                return nil
            }
        default:
            fail("diharapkan jumlah uang (angka atau teks seperti \"Rp 1.234.000\")")
            return nil
        }
        if let problem = MoneyRule.problem(amount, sign: sign) {
            fail(problem)
            return nil
        }
        return amount
    }

    /// A printed amount: rupiah when it reads, else the text as typed, kept with a warning at its path so that
    /// the review reports it (a figure a document printed is never dropped); a table refuses it where it is typed.
    func printedMoney(_ sign: MoneyRule.Sign = .any) -> (amount: Decimal?, unreadable: String?) {
        if case .string(let text) = value {
            do { return (try IndonesianNumber.parseMoney(text), nil) } catch {
                log.warning(path, shown, "jumlah uang tidak dapat dibaca: \(error.reason)", refusedWhereTyped: true)
                return (nil, text)
            }
        }
        return (money(sign), nil)
    }
    /// A pagu, realisasi, HPS or contract value: rupiah under ``MoneyRule`` that cannot be negative.
    func amount() -> Decimal? { money(.nonNegative) }

    /// A decimal written as text or a number ("90", "90,5").
    func decimal() -> Decimal? {
        switch value {
        case .number(let literal):
            guard let number = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")), !number.isNaN,
                  (number < 0 ? -number : number) <= MoneyRule.maximum else {
                fail("angka tidak sah atau terlalu besar")
                return nil
            }
            return number
        case .string(let text):
            do { return try IndonesianNumber.parse(text) } catch {
                fail(error.reason)
                return nil
            }
        default:
            fail("diharapkan angka")
            return nil
        }
    }

    /// A value as written; one that cannot be read is kept as typed, with a warning at its path, and the review
    /// reports it (`LOGIC-UNREADABLE`). A table or form refuses it where it is typed.
    func measureValue() -> MeasureValue? {
        guard let text = string() else { return nil }
        do { return try MeasureValue.parse(text) } catch {
            log.warning(path, shown, "nilai tidak dapat dibaca: \(error.reason)", refusedWhereTyped: true)
            return .unreadable(text)
        }
    }

    /// "2025-01-17", or "2025-01" where the document prints only the month ("Januari 2025").
    func date() -> CalendarDate? {
        guard let text = string() else { return nil }
        guard let date = CalendarDate(iso: text) else {
            fail("diharapkan tanggal TTTT-BB-HH yang ada dalam kalender, misalnya 2025-01-17, atau TTTT-BB bila hanya bulannya yang tercetak")
            return nil
        }
        if let problem = YearRule.problem(date.year) {
            fail("tanggal \(problem)")
            return nil
        }
        return date
    }

    /// Identifiers as the schema allows them.
    func identifier() -> String? {
        guard let text = string() else { return nil }
        let allowed = text.first.map { $0.isASCII && ($0.isLetter || $0.isNumber) } ?? false
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "._-".contains($0)) }
        guard allowed else {
            fail("id hanya boleh huruf, angka, titik, garis bawah dan tanda hubung, diawali huruf atau angka")
            return nil
        }
        return text
    }

    /// The known key closest to a misspelt one (edit distance at most 3).
    static func nearest(_ key: String, in keys: [String]) -> String? {
        let scored = keys.map { ($0, distance(key.lowercased(), $0.lowercased())) }.min { $0.1 < $1.1 }
        return scored.flatMap { $0.1 <= 3 ? $0.0 : nil }
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var row = Array(0...b.count)
        for i in 1...a.count {
            var diagonal = row[0]
            row[0] = i
            for j in 1...b.count {
                let above = row[j]
                row[j] = min(above + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1))
                diagonal = above
            }
        }
        return row[b.count]
    }
}

/// The members of a JSON object, read by key.
struct JSONObject {
    let field: JSONField
    let pairs: [(key: String, value: JSONValue)]

    /// A member that must be present (and not null).
    func required(_ key: String) -> JSONField? {
        guard let member = optional(key) else {
            field.log.error("\(field.path).\(key)", nil, "wajib diisi")
            return nil
        }
        return member
    }

    /// A member that may be absent; null counts as absent.
    func optional(_ key: String) -> JSONField? {
        guard let value = pairs.first(where: { $0.key == key })?.value, value != .null else { return nil }
        return JSONField(value: value, path: "\(field.path).\(key)", log: field.log)
    }

    /// The items of an optional array member; empty when absent.
    func list(_ key: String) -> [JSONField] {
        optional(key)?.array() ?? []
    }
}

extension Array where Element == JSONField {
    /// The items `read` accepts. The position of each in the file is kept in the log, so that the checks made
    /// after reading (references, kinds) name an item where it is even when an earlier item was refused.
    func readEach<T>(_ read: (JSONField) -> T?) -> [T] {
        var kept: [Int] = []
        var items: [T] = []
        for (position, field) in enumerated() {
            guard let item = read(field) else { continue }
            items.append(item)
            kept.append(position)
        }
        if let first, let bracket = first.path.lastIndex(of: "[") { first.log.kept[String(first.path[..<bracket])] = kept }
        return items
    }
}
