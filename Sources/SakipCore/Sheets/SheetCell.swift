import Foundation

/// Converts between a table cell as the user writes it and the JSON value of the office-year format.
enum SheetCell {
    /// The row's JSON object of the cells that convert, and a problem for each cell that does not (with its
    /// column and what was typed), so that the rest of the row is still checked.
    static func object(_ cells: [String], columns: [SheetColumn], line: Int) -> (object: JSONValue, problems: [SheetProblem]) {
        var members: [(key: String, value: JSONValue)] = []
        var problems: [SheetProblem] = []
        for (column, cell) in zip(columns, cells) {
            if cell.isEmpty {
                if column.required { problems.append(SheetProblem(line: line, column: column.header, value: nil, reason: "wajib diisi")) }
                continue
            }
            switch value(cell, column: column) {
            case .success(let value): merge(value, into: &members, column: column, columns: columns)
            case .failure(let reason): problems.append(SheetProblem(line: line, column: column.header, value: cell, reason: reason.text))
            }
        }
        return (.object(members), problems)
    }

    struct Reason: Error { var text: String }

    private static func value(_ cell: String, column: SheetColumn) -> Result<JSONValue, Reason> {
        switch column.kind {
        case .text, .element, .entry, .money:
            // Money stays text: the reader reads "Rp 1.234.000" and "1.234.000" with its own messages.
            return .success(.string(cell))
        case .integer:
            guard let number = Int(cell) else { return .failure(Reason(text: "diharapkan bilangan bulat")) }
            return .success(.number("\(number)"))
        case .count:
            // The bounds are the reader's (CountRule), the same for a pasted table and an imported file.
            guard let number = count(cell) else {
                let digits = cell.filter { $0 != "." && $0 != " " }
                if digits.count > 18, digits.allSatisfy(\.isASCIIDigit) { return .failure(Reason(text: CountRule.tooLarge)) }
                return .failure(Reason(text: "diharapkan bilangan bulat tidak negatif, seperti 16.561 atau 16561"))
            }
            return .success(.number("\(number)"))
        case .date:
            if CalendarDate(iso: cell) != nil { return .success(.string(cell)) }
            do { return .success(.string(try IndonesianDate.parse(cell).iso)) } catch {
                return .failure(Reason(text: "tanggal tidak dapat dibaca (tulis seperti 9 Januari 2024): \(error.reason)"))
            }
        case .list:
            let items = cell.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return .success(.array(items.map(JSONValue.string)))
        case .flag:
            switch cell.lowercased() {
            case "ya", "y", "iku", "true", "1": return .success(.bool(true))
            case "tidak", "t", "bukan", "false", "0": return .success(.bool(false))
            default: return .failure(Reason(text: "tulis ya atau tidak"))
            }
        case .choice(let choices):
            guard let choice = choices.first(where: { $0.label.lowercased() == cell.lowercased() || $0.value.lowercased() == cell.lowercased() }) else {
                return .failure(Reason(text: "pilihan: \(choices.map(\.label).joined(separator: ", "))"))
            }
            return .success(.string(choice.value))
        }
    }

    /// A count written plainly or with Indonesian thousands dots ("16.561"); a dot elsewhere is refused,
    /// since "16.5" is not a count.
    static func count(_ cell: String) -> Int? {
        let text = cell.replacingOccurrences(of: " ", with: "")
        let groups = text.split(separator: ".", omittingEmptySubsequences: false)
        guard !text.isEmpty, groups.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              groups.count == 1 || (groups[0].count <= 3 && groups.dropFirst().allSatisfy { $0.count == 3 }) else { return nil }
        return Int(groups.joined())
    }

    /// Puts a cell's value under its key; quarters and years gather into one array or object, and a
    /// nested key ("turnout.male") into the object under its outer key.
    private static func merge(_ value: JSONValue, into members: inout [(key: String, value: JSONValue)], column: SheetColumn,
                              columns: [SheetColumn]) {
        if let inner = column.innerKey {
            let index = members.firstIndex { $0.key == column.outerKey }
            var entries: [(key: String, value: JSONValue)] = []
            if let index, case .object(let existing) = members[index].value { entries = existing }
            entries.append((inner, value))
            if let index { members[index].value = .object(entries) } else { members.append((column.outerKey, .object(entries))) }
            return
        }
        let index = members.firstIndex { $0.key == column.key }
        switch column.kind {
        case .element(let position):
            var items: [JSONValue] = []
            if let index, case .array(let existing) = members[index].value { items = existing }
            let width = columns.filter { $0.key == column.key }.count
            while items.count < width { items.append(.null) }
            items[position] = value
            if let index { members[index].value = .array(items) } else { members.append((column.key, .array(items))) }
        case .entry(let name):
            var entries: [(key: String, value: JSONValue)] = []
            if let index, case .object(let existing) = members[index].value { entries = existing }
            entries.append((name, value))
            if let index { members[index].value = .object(entries) } else { members.append((column.key, .object(entries))) }
        default:
            members.append((column.key, value))
        }
    }

    /// The cell text of a column in a stored row.
    static func text(of row: JSONValue, column: SheetColumn) -> String {
        guard let inner = column.innerKey else { return text(row[column.key], column: column) }
        return text(row[column.outerKey]?[inner], column: column)
    }

    /// The cell text of a stored value.
    static func text(_ value: JSONValue?, column: SheetColumn) -> String {
        guard let value else { return "" }
        switch column.kind {
        case .element(let position):
            guard case .array(let items) = value, position < items.count else { return "" }
            return plain(items[position])
        case .entry(let name):
            return value[name].map(plain) ?? ""
        case .money:
            if case .number(let literal) = value, let amount = Decimal(string: literal, locale: Locale(identifier: "en_US_POSIX")) {
                return IndonesianFormat.number(amount, fractionDigits: amount == amount.roundedHalfUp(scale: 0) ? 0 : 2)
            }
            return plain(value)
        case .date:
            if case .string(let iso) = value, let date = CalendarDate(iso: iso) { return IndonesianDate.format(date) }
            return plain(value)
        case .list:
            guard case .array(let items) = value else { return plain(value) }
            return items.map(plain).joined(separator: ", ")
        case .flag:
            guard case .bool(let flag) = value else { return plain(value) }
            return flag ? "ya" : "tidak"
        case .choice(let choices):
            let text = plain(value)
            return choices.first { $0.value == text }?.label ?? text
        case .count:
            if case .number(let literal) = value, let number = Decimal(string: literal) { return IndonesianFormat.number(number) }
            return plain(value)
        case .text, .integer:
            return plain(value)
        }
    }

    private static func plain(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): text
        case .number(let literal): literal.replacingOccurrences(of: ".", with: ",")
        case .bool(let flag): flag ? "ya" : "tidak"
        case .null, .array, .object: ""
        }
    }
}
