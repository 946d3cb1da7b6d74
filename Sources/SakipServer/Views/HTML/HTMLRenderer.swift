/// Turns nodes into HTML. Every text and attribute value passes through ``HTMLEscape``; element and
/// attribute names are checked; links may only lead to this site, http(s) or mail; scripts and
/// styles cannot carry inline content. There is no way to write raw markup: a ``RenderedFragment`` is
/// markup this renderer produced itself, kept to be put into a page again.
enum HTMLRenderer {
    /// A part of a page rendered once and kept, with the places where the request's CSRF token goes; see
    /// ``RenderedFragmentCache``.
    static func template(_ build: (_ csrf: String) -> Node) -> RenderedTemplate {
        // A placeholder no rendering of values can produce: random per process, and split out before use.
        var output = ""
        render(build(RenderedTemplate.placeholder), into: &output)
        return RenderedTemplate(parts: output.components(separatedBy: RenderedTemplate.placeholder))
    }

    /// A whole page, with its doctype.
    static func document(_ root: Node) -> String {
        var output = "<!DOCTYPE html>"
        render(root, into: &output)
        return output
    }

    /// A part of a page, for tests and for pieces rendered on their own.
    static func fragment(_ node: Node) -> String {
        var output = ""
        render(node, into: &output)
        return output
    }

    /// Elements that have no content and no end tag.
    static let voidElements: Set<String> = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]
    /// Elements whose content the browser does not parse as HTML: only a `src` may fill them.
    static let rawTextElements: Set<String> = ["script", "style", "iframe", "noscript", "noembed", "noframes", "xmp", "plaintext"]
    /// Attributes that hold a URL the browser may follow or load.
    static let urlAttributes: Set<String> = ["href", "src", "action", "formaction", "xlink:href", "poster", "cite", "background"]

    private static func render(_ node: Node, into output: inout String) {
        switch node.kind {
        case .text(let text):
            output += HTMLEscape.text(text)
        case .group(let nodes):
            for child in nodes { render(child, into: &output) }
        case .attribute:
            // An attribute outside an element has nothing to belong to.
            break
        case let .element(name, children):
            renderElement(name, children, into: &output)
        case .rendered(let fragment):
            output += fragment.html
        }
    }

    private static func renderElement(_ name: String, _ children: [Node], into output: inout String) {
        guard HTMLName.isElementName(name) else {
            assertionFailure("invalid element name \(name)")
            return
        }
        var attributes: [(name: String, value: String)] = []
        var content: [Node] = []
        collect(children, attributes: &attributes, content: &content)
        output += "<" + name
        for attribute in attributes {
            output += " " + attribute.name + "=\"" + HTMLEscape.attribute(attribute.value) + "\""
        }
        output += ">"
        if voidElements.contains(name) { return }
        if !rawTextElements.contains(name) {
            // The parser drops one newline right after <textarea> or <pre>: keep a value's own first newline.
            if name == "textarea" || name == "pre", firstText(content)?.hasPrefix("\n") == true {
                output += "\n"
            }
            for child in content { render(child, into: &output) }
        } else {
            assert(content.isEmpty, "inline content in <\(name)> is refused")
        }
        output += "</" + name + ">"
    }

    /// Splits children into the element's attributes (later ones replace earlier ones of the same name)
    /// and its content, looking through groups.
    private static func collect(_ nodes: [Node], attributes: inout [(name: String, value: String)], content: inout [Node]) {
        for node in nodes {
            switch node.kind {
            case .group(let inner):
                collect(inner, attributes: &attributes, content: &content)
            case let .attribute(name, value):
                guard HTMLName.isAllowedAttribute(name) else {
                    assertionFailure("attribute \(name) is refused")
                    continue
                }
                let safe = urlAttributes.contains(name.lowercased()) ? SafeURL.sanitised(value) : value
                if let index = attributes.firstIndex(where: { $0.name == name }) {
                    attributes[index].value = safe
                } else {
                    attributes.append((name, safe))
                }
            case .element, .text, .rendered:
                content.append(node)
            }
        }
    }

    private static func firstText(_ nodes: [Node]) -> String? {
        for node in nodes {
            switch node.kind {
            case .text(let text): return text
            case .group(let inner): if let found = firstText(inner) { return found }
            case .element, .rendered: return nil
            case .attribute: continue
            }
        }
        return nil
    }
}

/// Markup ``HTMLRenderer`` produced, to be put into a page as it is. Only this file can make one.
struct RenderedFragment: Sendable {
    fileprivate let html: String
}

/// A rendered part of a page with the CSRF token left out: filled per request with the session's token.
struct RenderedTemplate: Sendable {
    /// A random token of the CSRF token's own alphabet, so that it renders unchanged wherever the token goes.
    fileprivate static let placeholder: String = {
        let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
        var generator = SystemRandomNumberGenerator()
        return "csrf" + String((0..<40).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
    }()

    fileprivate let parts: [String]

    /// The part with `csrf` where the token goes (escaped like any attribute value).
    func filled(csrf: String) -> Node {
        Node(kind: .rendered(RenderedFragment(html: parts.joined(separator: HTMLEscape.attribute(csrf)))))
    }

    /// How many bytes the kept part takes.
    var size: Int { parts.reduce(0) { $0 + $1.utf8.count } }
}
