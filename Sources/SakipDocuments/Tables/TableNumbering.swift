/// Hands out table numbers per chapter ("Tabel 1.1", "Tabel 3.4") in the order the tables appear.
struct TableNumbering {
    private var counters: [String: Int] = [:]

    /// The next number in a chapter ("1", "3", or "L" for the appendix).
    mutating func next(in chapter: String) -> String {
        let count = (counters[chapter] ?? 0) + 1
        counters[chapter] = count
        return chapter.isEmpty ? "\(count)" : "\(chapter).\(count)"
    }
}
