@testable import SakipServer

/// Payloads an attacker would type into a free-text field: tags, attribute breakers, URLs, end tags of
/// the elements whose content is not parsed, and unicode or NUL tricks. Each one, if it ever became
/// markup, would create an element or attribute that ``XSSCheck`` recognises.
enum XSSCorpus {
    static let payloads: [String] = [
        "<script>window.__xss=1</script>",
        "\"><svg onload=window.__xss=2>",
        "' onmouseover='window.__xss=3' x='",
        "javascript:window.__xss=4",
        "</title><img src=x onerror=window.__xss=5>",
        "</textarea><b id=\"xss-6\">x</b>",
        "<xss-marker id=\"xss-7\"></xss-marker>",
        "<img src=x onerror=window.__xss=8>",
        "<scr\u{0}ipt>window.__xss=9</script>",
        "＜script＞window.__xss=10＜/script＞ \u{202E}\"><svg/onload=window.__xss=11>",
        "<a href=\"javascript:window.__xss=12\">klik</a>",
        "<iframe srcdoc=\"<script>parent.__xss=13</script>\"></iframe>",
        "<style>body{display:none}</style><!-- &lt;script&gt; ]]>",
        "\" autofocus onfocus=\"window.__xss=14",
    ]

    /// A payload that reads as the field it fills, so that a page still recognises where it came from.
    static func payload(_ index: Int, label: String = "") -> String {
        let payload = payloads[index % payloads.count]
        return label.isEmpty ? payload : "\(label) \(payload)"
    }
}

/// What must never appear in a page however the payloads were stored.
enum XSSCheck {
    /// Every element the application writes; any other one came from a payload.
    static let knownElements: Set<String> = [
        "html", "head", "body", "meta", "title", "link", "script", "header", "main", "nav", "section", "div", "figure",
        "figcaption", "details", "summary", "h1", "h2", "h3", "p", "span", "strong", "small", "code", "a", "ul", "li",
        "dl", "dt", "dd", "table", "caption", "thead", "tbody", "tr", "th", "td", "form", "label", "input", "button",
        "select", "option", "textarea", "output", "svg", "rect", "line", "text",
    ]

    /// The problems of a page: a foreign element, an event handler or style attribute, a script that is not
    /// the application's file, a javascript: link, or a payload written verbatim.
    static func problems(in html: String, page: String) -> [String] {
        var problems: [String] = []
        for tag in HTMLTagScanner.startTags(html) {
            if !knownElements.contains(tag.name) { problems.append("\(page): element <\(tag.name)>") }
            for attribute in tag.attributes {
                if attribute.name.hasPrefix("on") || ["style", "srcdoc", "autofocus"].contains(attribute.name) || attribute.name.contains("\"") || attribute.name.contains("'") {
                    problems.append("\(page): attribute \(attribute.name) on <\(tag.name)>")
                }
                if attribute.name == "id", attribute.value.hasPrefix("xss-") { problems.append("\(page): element with id \(attribute.value)") }
                if ["href", "src", "action"].contains(attribute.name),
                   attribute.value.filter({ !$0.isWhitespace }).lowercased().hasPrefix("javascript:") {
                    problems.append("\(page): \(attribute.name)=\(attribute.value)")
                }
            }
            if tag.name == "script", tag.value("src") != SiteURL.script.path { problems.append("\(page): a script that is not app.js") }
        }
        for payload in XSSCorpus.payloads where payload.contains("<") {
            if html.contains(payload) { problems.append("\(page): payload written as is: \(payload)") }
        }
        return problems
    }
}
