/// The SVG elements of the inline charts. Coordinates are written by the chart as decimal text.
extension Node {
    static func svg(_ nodes: Node...) -> Node {
        .element(named: "svg", [.attribute(named: "xmlns", value: "http://www.w3.org/2000/svg")] + nodes)
    }

    static func rect(_ nodes: Node...) -> Node { .element(named: "rect", nodes) }
    static func line(_ nodes: Node...) -> Node { .element(named: "line", nodes) }
    /// SVG `<text>`: a label drawn at a point.
    static func svgText(_ nodes: Node...) -> Node { .element(named: "text", nodes) }
    /// SVG `<title>`: the tooltip of the shape it is in.
    static func svgTitle(_ text: String) -> Node { .element(named: "title", .text(text)) }
}
