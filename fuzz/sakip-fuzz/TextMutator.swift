/// Mutations of a pasted table (cells replaced by odd values, lines repeated or dropped, cells added or removed,
/// separators changed) and the texts the value parsers get.
enum TextMutator {
    static func sheet(_ text: String, using rng: inout SplitMix) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for _ in 0..<(1 + rng.below(4)) {
            if lines.isEmpty { lines = [""] }
            let at = rng.below(lines.count)
            var cells = lines[at].split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            switch rng.below(11) {
            case 0...2:
                if cells.isEmpty { cells = [""] }
                cells[rng.below(cells.count)] = rng.pick(OddValues.texts + OddValues.numbers)
                lines[at] = cells.joined(separator: "\t")
            case 9, 10:
                if cells.isEmpty { cells = [""] }
                let column = rng.below(cells.count)
                cells[column] = OddValues.plausible(like: cells[column], using: &rng).replacingOccurrences(of: "\t", with: " ")
                    .replacingOccurrences(of: "\n", with: " ")
                lines[at] = cells.joined(separator: "\t")
            case 3: lines.insert(contentsOf: repeatElement(lines[at], count: rng.oneIn(10) ? 3_000 : 1 + rng.below(5)), at: at)
            case 4: lines.remove(at: at)
            case 5: lines[at] += String(repeating: "\t" + rng.pick(OddValues.texts), count: 1 + rng.below(3))
            case 6: lines[at] = cells.dropLast(1 + rng.below(max(1, cells.count))).joined(separator: "\t")
            case 7: lines[at] = cells.joined(separator: rng.pick([";", " ; ", "\t\t", "\r"]))
            default: lines.insert(rng.pick(["", "\t", "No\t1\t2\t3", "Jumlah\t\t\t", rng.pick(OddValues.texts)]), at: at)
            }
        }
        return lines.joined(separator: rng.oneIn(5) ? "\r\n" : "\n")
    }

    /// A text for the value parsers: an odd value, a random run of number-like characters, or both joined.
    static func value(using rng: inout SplitMix) -> String {
        let alphabet = Array("0123456789.,-−+% RpIDRe/:xJanuri\u{0}٣１")
        switch rng.below(4) {
        case 0: return rng.pick(OddValues.texts + OddValues.numbers)
        case 1: return String((0..<(1 + rng.below(rng.oneIn(20) ? 400 : 24))).map { _ in rng.pick(alphabet) })
        case 2: return rng.pick(OddValues.numbers) + rng.pick(["", " %", " persen", " Laporan", ",-", " Januari 2024"])
        default: return rng.pick(["Rp ", "", "-", "−"]) + rng.pick(OddValues.texts) + rng.pick(OddValues.numbers)
        }
    }
}
