/// Indentation of nested table rows (the DIPA tree, kecamatan and kelurahan) by a class per depth:
/// the content security policy refuses inline `style` attributes.
enum Indent {
    /// The deepest level with its own indentation; deeper rows share it.
    static let deepest = 9

    static func className(depth: Int) -> String {
        "depth-\(min(max(depth, 0), deepest))"
    }

    /// The stylesheet rules: 16 px per level, plus the cell's own 4 px.
    static var stylesheet: String {
        (0...deepest).map { "td.depth-\($0) { padding-left: \($0 * 16 + 4)px; }" }.joined(separator: "\n")
    }
}
