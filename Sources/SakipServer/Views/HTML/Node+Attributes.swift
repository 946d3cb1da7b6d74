/// The attributes the pages use, with typed values where the value is one of a few keywords.
extension Node {
    /// Omitted when empty, so that a conditional class needs no `.if`.
    static func `class`(_ names: String) -> Node {
        names.isEmpty ? .empty : .attribute(named: "class", value: names)
    }

    static func id(_ id: String) -> Node { .attribute(named: "id", value: id) }
    static func name(_ name: String) -> Node { .attribute(named: "name", value: name) }
    static func value(_ value: String) -> Node { .attribute(named: "value", value: value) }
    static func `for`(_ id: String) -> Node { .attribute(named: "for", value: id) }
    static func href(_ url: String) -> Node { .attribute(named: "href", value: url) }
    static func src(_ url: String) -> Node { .attribute(named: "src", value: url) }
    static func action(_ url: String) -> Node { .attribute(named: "action", value: url) }
    static func content(_ text: String) -> Node { .attribute(named: "content", value: text) }
    static func role(_ role: String) -> Node { .attribute(named: "role", value: role) }
    static func ariaLabel(_ label: String) -> Node { .attribute(named: "aria-label", value: label) }
    /// A tooltip (the `title` attribute; `.title` is the document title element).
    static func tooltip(_ text: String) -> Node { .attribute(named: "title", value: text) }

    static func method(_ method: FormMethod) -> Node { .attribute(named: "method", value: method.rawValue) }
    static func enctype(_ encoding: FormEncoding) -> Node { .attribute(named: "enctype", value: encoding.rawValue) }
    static func type(_ type: ControlType) -> Node { .attribute(named: "type", value: type.rawValue) }

    /// Boolean attributes: present or absent.
    static var required: Node { .attribute(named: "required", value: "required") }
    static var readonly: Node { .attribute(named: "readonly", value: "readonly") }
    static var checked: Node { .attribute(named: "checked", value: "checked") }
    static var selected: Node { .attribute(named: "selected", value: "selected") }
}

enum FormMethod: String, Sendable {
    case get, post
}

enum FormEncoding: String, Sendable {
    case urlEncoded = "application/x-www-form-urlencoded"
    case multipartData = "multipart/form-data"
}

/// The `type` of an `<input>` or a `<button>`.
enum ControlType: String, Sendable {
    case text, hidden, password, checkbox, file, submit, button
}
