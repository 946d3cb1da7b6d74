/// A KPU budget code (DOMAIN §5): Bagian Anggaran 076 . Eselon I 01 . Program CQ . Kegiatan 6709 .
/// KRO QGE . RO 001, read from the long form "076.01.CQ.6709.QGE.001" or from the short forms the
/// reports print ("076.01.CQ", "CQ.6709", "6709.QGE", "QGE.001", "WA. 3355", "3360. EBA") in the context
/// of the parent line.
public struct BudgetCode: Hashable, Sendable, CustomStringConvertible {
    /// The depth of a line in the DIPA tree.
    public enum Level: Int, Comparable, Sendable, CaseIterable {
        case program = 1, kegiatan, kro, ro

        /// "Program", "Kegiatan", "KRO", "RO".
        public var label: String { ["Program", "Kegiatan", "KRO", "RO"][rawValue - 1] }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// Bagian Anggaran ("076").
    public var section: String?
    /// Eselon I unit ("01").
    public var unit: String?
    public var program: String?
    public var kegiatan: String?
    public var kro: String?
    public var ro: String?

    public init(section: String? = nil, unit: String? = nil, program: String? = nil, kegiatan: String? = nil,
                kro: String? = nil, ro: String? = nil) {
        self.section = section
        self.unit = unit
        self.program = program
        self.kegiatan = kegiatan
        self.kro = kro
        self.ro = ro
    }

    /// The deepest level the code names.
    public var level: Level? {
        if ro != nil { return .ro }
        if kro != nil { return .kro }
        if kegiatan != nil { return .kegiatan }
        if program != nil { return .program }
        return nil
    }

    /// "076.01.CQ.6709.QGE.001", with every segment known.
    public var full: String {
        [section, unit, program, kegiatan, kro, ro].compactMap { $0 }.joined(separator: ".")
    }

    /// The form reports print at this level: "076.01.CQ", "CQ.6709", "6709.QGE", "QGE.001".
    public var short: String {
        switch level {
        case .program?: [section, unit, program].compactMap { $0 }.joined(separator: ".")
        case .kegiatan?: [program, kegiatan].compactMap { $0 }.joined(separator: ".")
        case .kro?: [kegiatan, kro].compactMap { $0 }.joined(separator: ".")
        case .ro?: [kro, ro].compactMap { $0 }.joined(separator: ".")
        case nil: full
        }
    }

    public var description: String { full }

    /// Whether `other` lies under this code (or is it).
    public func contains(_ other: BudgetCode) -> Bool {
        let mine = [section, unit, program, kegiatan, kro, ro]
        let theirs = [other.section, other.unit, other.program, other.kegiatan, other.kro, other.ro]
        return zip(mine, theirs).allSatisfy { $0 == nil || $0 == $1 }
    }

    /// Reads a code, filling what it leaves out from `parent`. Refuses text that is not a budget code,
    /// segments out of order, a code that contradicts its parent, and a child not deeper than its parent.
    public static func parse(_ text: String, under parent: BudgetCode? = nil) throws(ValueParseError) -> BudgetCode {
        let tokens = text.split(whereSeparator: { $0 == "." || $0 == " " || $0 == ":" }).map(String.init)
        guard !tokens.isEmpty else { throw ValueParseError(text, "kode anggaran kosong") }
        var code = BudgetCode()
        var lastDepth = 0
        for (index, token) in tokens.enumerated() {
            let (depth, path) = try classify(token, index: index, next: tokens.dropFirst(index + 1).first, text: text)
            guard depth > lastDepth else {
                throw ValueParseError(text, "urutan segmen kode tidak sesuai (BA.Eselon.Program.Kegiatan.KRO.RO)")
            }
            lastDepth = depth
            code[keyPath: path] = token.uppercased()
        }
        guard let parent else { return code }
        var merged = parent
        for path in [\BudgetCode.section, \.unit, \.program, \.kegiatan, \.kro, \.ro] {
            if let own = code[keyPath: path] {
                if let inherited = parent[keyPath: path], inherited != own {
                    throw ValueParseError(text, "tidak sesuai dengan induknya \(parent.full) (\(inherited) ≠ \(own))")
                }
                merged[keyPath: path] = own
            }
        }
        guard let childLevel = merged.level, let parentLevel = parent.level, childLevel > parentLevel else {
            throw ValueParseError(text, "harus lebih rinci daripada induknya \(parent.full)")
        }
        return merged
    }

    private static func classify(_ token: String, index: Int, next: String?, text: String) throws(ValueParseError)
        -> (Int, WritableKeyPath<BudgetCode, String?>) {
        let digits = token.allSatisfy(\.isASCIIDigit)
        let letters = token.allSatisfy { $0.isLetter && $0.isASCII }
        switch (digits, letters, token.count) {
        case (true, _, 3) where index == 0 && next?.count == 2 && next!.allSatisfy(\.isASCIIDigit):
            return (1, \.section)
        case (true, _, 2): return (2, \.unit)
        case (_, true, 2): return (3, \.program)
        case (true, _, 4): return (4, \.kegiatan)
        case (_, true, 3): return (5, \.kro)
        case (true, _, 3): return (6, \.ro)
        default:
            throw ValueParseError(text, "segmen \"\(token)\" bukan bagian kode anggaran (BA 076, eselon 01, program 2 huruf, kegiatan 4 angka, KRO 3 huruf, RO 3 angka)")
        }
    }
}
