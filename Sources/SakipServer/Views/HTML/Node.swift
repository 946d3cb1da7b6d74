/// A piece of an HTML page built in Swift: an element, an attribute of the enclosing element, text, or
/// a group of these. A node holds values, never markup: ``HTMLRenderer`` is the one place that turns
/// nodes into HTML, and it escapes every text and attribute value on the way, so that no value a user
/// typed can become markup, whichever page shows it.
///
/// The call syntax follows JohnSundell/Plot, which this replaces: `.div(.class("card"), .text(name))`.
/// Attributes may appear anywhere among an element's children; they are gathered into its start tag.
struct Node: Sendable {
    indirect enum Kind: Sendable {
        case element(name: String, children: [Node])
        case attribute(name: String, value: String)
        case text(String)
        case group([Node])
        /// A part rendered earlier by ``HTMLRenderer`` (and only it can make one), kept by ``RenderedFragmentCache``.
        case rendered(RenderedFragment)
    }

    let kind: Kind

    /// An element with a name fixed in the code. Names are checked again when rendering.
    static func element(named name: StaticString, _ children: [Node]) -> Node {
        Node(kind: .element(name: name.description, children: children))
    }

    static func element(named name: StaticString, _ children: Node...) -> Node {
        element(named: name, children)
    }

    /// An attribute of the enclosing element with a name fixed in the code; the value may be anything.
    static func attribute(named name: StaticString, value: String) -> Node {
        Node(kind: .attribute(name: name.description, value: value))
    }

    /// Text content; `<`, `>` and `&` in it are shown as typed.
    static func text(_ text: String) -> Node {
        Node(kind: .text(text))
    }

    static func group(_ nodes: Node...) -> Node { Node(kind: .group(nodes)) }
    static func group(_ nodes: [Node]) -> Node { Node(kind: .group(nodes)) }

    /// Nothing at all.
    static var empty: Node { Node(kind: .group([])) }
}

// Building nodes from Swift values and control flow.
extension Node {
    static func `if`(_ condition: Bool, _ node: @autoclosure () -> Node, else alternative: @autoclosure () -> Node = .empty) -> Node {
        condition ? node() : alternative()
    }

    static func unwrap<T>(_ optional: T?, _ transform: (T) -> Node, else alternative: Node = .empty) -> Node {
        optional.map(transform) ?? alternative
    }

    static func forEach<S: Sequence>(_ sequence: S, _ transform: (S.Element) -> Node) -> Node {
        Node(kind: .group(sequence.map(transform)))
    }
}
