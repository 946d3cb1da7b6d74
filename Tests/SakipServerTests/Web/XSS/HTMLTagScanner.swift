/// The start tags of an HTML page as a browser's tokenizer would find them: name and attributes, with
/// quoted and unquoted values. Used to look for markup a payload may have slipped into a page.
struct HTMLTag: Equatable {
    var name: String
    var attributes: [(name: String, value: String)]

    static func == (a: HTMLTag, b: HTMLTag) -> Bool {
        a.name == b.name && a.attributes.map(\.name) == b.attributes.map(\.name) && a.attributes.map(\.value) == b.attributes.map(\.value)
    }

    func value(_ attribute: String) -> String? { attributes.first { $0.name == attribute }?.value }
}

enum HTMLTagScanner {
    static func startTags(_ html: String) -> [HTMLTag] {
        let text = Array(html.unicodeScalars)
        var tags: [HTMLTag] = []
        var index = 0
        func isLetter(_ c: Unicode.Scalar) -> Bool { ("a"..."z").contains(c) || ("A"..."Z").contains(c) }
        func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}" }
        while index < text.count {
            guard text[index] == "<", index + 1 < text.count else { index += 1; continue }
            let next = text[index + 1]
            if next == "!" || next == "/" || next == "?" {
                // Comments, doctype and end tags carry nothing that runs; skip to their end.
                let end = next == "!" && index + 3 < text.count && text[index + 2] == "-" && text[index + 3] == "-" ? "-->" : ">"
                index = find(end, in: text, from: index + 2) ?? text.count
                continue
            }
            guard isLetter(next) else { index += 1; continue }
            var cursor = index + 1
            var name = ""
            while cursor < text.count, !isSpace(text[cursor]), text[cursor] != ">", text[cursor] != "/" {
                name.unicodeScalars.append(text[cursor]); cursor += 1
            }
            var attributes: [(String, String)] = []
            while cursor < text.count, text[cursor] != ">" {
                if isSpace(text[cursor]) || text[cursor] == "/" { cursor += 1; continue }
                var attribute = ""
                while cursor < text.count, !isSpace(text[cursor]), !"=>/".unicodeScalars.contains(text[cursor]) || (attribute.isEmpty && text[cursor] == "=") {
                    attribute.unicodeScalars.append(text[cursor]); cursor += 1
                }
                while cursor < text.count, isSpace(text[cursor]) { cursor += 1 }
                var value = ""
                if cursor < text.count, text[cursor] == "=" {
                    cursor += 1
                    while cursor < text.count, isSpace(text[cursor]) { cursor += 1 }
                    if cursor < text.count, text[cursor] == "\"" || text[cursor] == "'" {
                        let quote = text[cursor]
                        cursor += 1
                        while cursor < text.count, text[cursor] != quote { value.unicodeScalars.append(text[cursor]); cursor += 1 }
                        cursor += 1
                    } else {
                        while cursor < text.count, !isSpace(text[cursor]), text[cursor] != ">" { value.unicodeScalars.append(text[cursor]); cursor += 1 }
                    }
                }
                if !attribute.isEmpty { attributes.append((attribute.lowercased(), decode(value))) }
            }
            tags.append(HTMLTag(name: name.lowercased(), attributes: attributes))
            index = cursor + 1
        }
        return tags
    }

    private static func find(_ needle: String, in text: [Unicode.Scalar], from start: Int) -> Int? {
        let pattern = Array(needle.unicodeScalars)
        var index = start
        while index + pattern.count <= text.count {
            if Array(text[index..<(index + pattern.count)]) == pattern { return index + pattern.count }
            index += 1
        }
        return nil
    }

    /// The character references the renderer writes, decoded as a browser decodes attribute values.
    static func decode(_ value: String) -> String {
        value.replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
    }
}
