/// The review as JSON, format `sakip-review` version 1 (docs/reviu.md): stable key order, every key
/// always present (null when empty), so that scripts and the web layer can rely on its shape.
extension ReviewReport {
    /// The format's name and version written in the document.
    public static let jsonFormatName = "sakip-review"
    public static let jsonFormatVersion = 1

    /// The document for an office-year's review.
    public func jsonValue(office: Office, year: Int, file: String? = nil) -> JSONValue {
        .object([
            ("format", .string(Self.jsonFormatName)),
            ("version", .number("\(Self.jsonFormatVersion)")),
            ("file", .optional(file)),
            ("office", .object([("code", .string(office.code)), ("name", .string(office.name))])),
            ("year", .number("\(year)")),
            ("summary", .object([
                ("errors", .number("\(count(.error))")),
                ("warnings", .number("\(count(.warning))")),
                ("notes", .number("\(count(.note))")),
                ("hasErrors", .bool(hasErrors)),
            ])),
            ("findings", .array(findings.map(\.jsonValue))),
        ])
    }
}

extension ReviewFinding {
    /// One finding as a JSON object.
    public var jsonValue: JSONValue {
        .object([
            ("code", .string(code)),
            ("severity", .string(severity.rawValue)),
            ("category", .string(category.rawValue)),
            ("place", place.jsonValue),
            ("message", .string(message)),
            ("expected", .optional(expected)),
            ("found", .optional(found)),
            ("alternatives", .array(alternatives.map { alternative in
                .object([
                    ("place", alternative.place.jsonValue),
                    ("expected", .optional(alternative.expected)),
                ])
            })),
        ])
    }
}

extension ReviewPlace {
    /// The place as a JSON object: table, row, field and path.
    var jsonValue: JSONValue {
        .object([
            ("table", .string(table)),
            ("row", .optional(row)),
            ("field", .optional(field)),
            ("path", .optional(path)),
        ])
    }
}
