/// The HTML elements the pages use. Each takes its attributes and children in any order.
extension Node {
    static func html(_ nodes: Node...) -> Node { .element(named: "html", nodes) }
    static func head(_ nodes: Node...) -> Node { .element(named: "head", nodes) }
    static func body(_ nodes: Node...) -> Node { .element(named: "body", nodes) }
    /// The document's title (in `<head>`); for a tooltip use ``tooltip(_:)``.
    static func title(_ text: String) -> Node { .element(named: "title", .text(text)) }
    static func meta(_ nodes: Node...) -> Node { .element(named: "meta", nodes) }
    static func link(_ nodes: Node...) -> Node { .element(named: "link", nodes) }
    /// A script loaded from a file: the content security policy refuses inline scripts.
    static func script(src url: String) -> Node { .element(named: "script", .src(url)) }

    static func header(_ nodes: Node...) -> Node { .element(named: "header", nodes) }
    static func main(_ nodes: Node...) -> Node { .element(named: "main", nodes) }
    static func nav(_ nodes: Node...) -> Node { .element(named: "nav", nodes) }
    static func section(_ nodes: Node...) -> Node { .element(named: "section", nodes) }
    static func div(_ nodes: Node...) -> Node { .element(named: "div", nodes) }
    static func figure(_ nodes: Node...) -> Node { .element(named: "figure", nodes) }
    static func figcaption(_ nodes: Node...) -> Node { .element(named: "figcaption", nodes) }
    static func details(_ nodes: Node...) -> Node { .element(named: "details", nodes) }
    static func summary(_ nodes: Node...) -> Node { .element(named: "summary", nodes) }

    static func h1(_ nodes: Node...) -> Node { .element(named: "h1", nodes) }
    static func h2(_ nodes: Node...) -> Node { .element(named: "h2", nodes) }
    static func h3(_ nodes: Node...) -> Node { .element(named: "h3", nodes) }
    static func p(_ nodes: Node...) -> Node { .element(named: "p", nodes) }
    static func span(_ nodes: Node...) -> Node { .element(named: "span", nodes) }
    static func strong(_ nodes: Node...) -> Node { .element(named: "strong", nodes) }
    static func small(_ nodes: Node...) -> Node { .element(named: "small", nodes) }
    static func code(_ nodes: Node...) -> Node { .element(named: "code", nodes) }
    static func a(_ nodes: Node...) -> Node { .element(named: "a", nodes) }

    static func ul(_ nodes: Node...) -> Node { .element(named: "ul", nodes) }
    static func li(_ nodes: Node...) -> Node { .element(named: "li", nodes) }
    static func dl(_ nodes: Node...) -> Node { .element(named: "dl", nodes) }
    static func dt(_ nodes: Node...) -> Node { .element(named: "dt", nodes) }
    static func dd(_ nodes: Node...) -> Node { .element(named: "dd", nodes) }

    static func table(_ nodes: Node...) -> Node { .element(named: "table", nodes) }
    static func caption(_ nodes: Node...) -> Node { .element(named: "caption", nodes) }
    static func thead(_ nodes: Node...) -> Node { .element(named: "thead", nodes) }
    static func tbody(_ nodes: Node...) -> Node { .element(named: "tbody", nodes) }
    static func tr(_ nodes: Node...) -> Node { .element(named: "tr", nodes) }
    static func th(_ nodes: Node...) -> Node { .element(named: "th", nodes) }
    static func td(_ nodes: Node...) -> Node { .element(named: "td", nodes) }

    static func form(_ nodes: Node...) -> Node { .element(named: "form", nodes) }
    static func label(_ nodes: Node...) -> Node { .element(named: "label", nodes) }
    static func input(_ nodes: Node...) -> Node { .element(named: "input", nodes) }
    static func button(_ nodes: Node...) -> Node { .element(named: "button", nodes) }
    static func select(_ nodes: Node...) -> Node { .element(named: "select", nodes) }
    static func textarea(_ nodes: Node...) -> Node { .element(named: "textarea", nodes) }
    static func output(_ nodes: Node...) -> Node { .element(named: "output", nodes) }

    /// An `<option>` with its value, visible text, and whether it is the chosen one.
    static func option(value: String, text: String, selected: Bool = false) -> Node {
        .element(named: "option", .value(value), .if(selected, .selected), .text(text))
    }
}
