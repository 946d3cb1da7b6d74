/// Turns nodes into HTML. Every text and attribute value passes through ``HTMLEscape``; element and
/// attribute names are checked; links may only lead to this site, http(s) or mail; scripts and
/// styles cannot carry inline content. There is no way to write raw markup.
enum HTMLRenderer {
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
            case .element, .text:
                content.append(node)
            }
        }
    }

    private static func firstText(_ nodes: [Node]) -> String? {
        for node in nodes {
            switch node.kind {
            case .text(let text): return text
            case .group(let inner): if let found = firstText(inner) { return found }
            case .element: return nil
            case .attribute: continue
            }
        }
        return nil
    }
}
