/// How wide text is in the documents' font (Arial, or its metric twin Liberation Sans where LibreOffice
/// renders): advance widths in thousandths of an em, from the Helvetica metrics Arial shares.
///
/// Used to give table columns the width their longest unbreakable word needs, so that Word and
/// LibreOffice never split "Laporan" or "076.01.CQ" inside a word.
enum TextWidth {
    /// The width in twips of `text` at `points` size.
    static func twips(_ text: Substring, points: Int, bold: Bool) -> Int {
        let units = text.unicodeScalars.reduce(0) { $0 + advance($1, bold: bold) }
        // units / 1000 em × points × 20 twips per point, rounded up.
        return (units * points * 20 + 999) / 1000
    }

    /// The pieces of `text` a line may not be broken inside: words between spaces, split further after an
    /// en dash, and after a hyphen or slash that stands before a letter ("Desa/Kel" may wrap after "/"), as
    /// Unicode line breaking (UAX #14) does.
    /// A no-break space (U+00A0) joins, so "95,20 %" and "Rp 1.000" are one piece.
    static func unbreakablePieces(_ text: String) -> [Substring] {
        var pieces: [Substring] = []
        for word in text.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }) {
            var start = word.startIndex
            var index = word.startIndex
            while index < word.endIndex {
                let next = word.index(after: index)
                let breaksAfter = word[index] == "–" || ((word[index] == "-" || word[index] == "/") && next < word.endIndex && word[next].isLetter)
                if breaksAfter, index > start, next < word.endIndex {
                    pieces.append(word[start..<next])
                    start = next
                }
                index = next
            }
            if start < word.endIndex { pieces.append(word[start...]) }
        }
        return pieces
    }

    /// The width of the widest unbreakable piece of `text`.
    static func widestPiece(_ text: String, points: Int, bold: Bool) -> Int {
        unbreakablePieces(text).map { twips($0, points: points, bold: bold) }.max() ?? 0
    }

    private static func advance(_ scalar: Unicode.Scalar, bold: Bool) -> Int {
        let value = Int(scalar.value)
        if (32...126).contains(value) {
            return (bold ? boldASCII : regularASCII)[value - 32]
        }
        switch scalar {
        case "\u{00A0}": return 278
        case "–", "±": return 556
        case "—", "…", "‰": return 1000
        case "×", "≥", "≤", "→", "−": return 584
        case "‘", "’", "‚": return bold ? 278 : 222
        case "“", "”", "„": return bold ? 500 : 333
        case "°": return 400
        default:
            // Accented Latin letters are as wide as their base letters; anything else is counted wide.
            return scalar.properties.isAlphabetic ? (bold ? 667 : 611) : 1000
        }
    }

    /// Helvetica / Arial regular, characters 32 (space) to 126 (~).
    private static let regularASCII: [Int] = [
        278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
        1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
        333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
        556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
    ]

    /// Helvetica / Arial bold, characters 32 (space) to 126 (~).
    private static let boldASCII: [Int] = [
        278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 333, 278, 278,
        556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
        975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
        667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
        333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
        611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584,
    ]
}
