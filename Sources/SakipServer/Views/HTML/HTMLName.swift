/// Which element and attribute names may be written.
enum HTMLName {
    /// Letters, digits and hyphens, starting with a letter.
    static func isElementName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) else { return false }
        return name.unicodeScalars.allSatisfy { isLetter($0) || isDigit($0) || $0 == "-" }
    }

    /// A well-formed name that is neither an event handler (`on…`) nor `style`: the content security
    /// policy would block them, and a page never needs them.
    static func isAllowedAttribute(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, isLetter(first) || first == "_" else { return false }
        guard name.unicodeScalars.allSatisfy({ isLetter($0) || isDigit($0) || "-_:.".unicodeScalars.contains($0) }) else { return false }
        let lower = name.lowercased()
        return !lower.hasPrefix("on") && lower != "style" && lower != "srcdoc"
    }

    private static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("A"..."Z").contains(scalar)
    }

    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool {
        ("0"..."9").contains(scalar)
    }
}

/// URLs in links and forms: a path of this site, a fragment, or an http, https or mailto address.
enum SafeURL {
    static let schemes: Set<String> = ["http", "https", "mailto"]

    /// The URL itself when it is safe to follow, otherwise `#`.
    static func sanitised(_ url: String) -> String {
        // Browsers ignore leading spaces and controls and tabs or newlines anywhere in a scheme.
        let significant = String(String.UnicodeScalarView(url.unicodeScalars.filter { $0.value > 0x20 }))
        guard let colon = significant.firstIndex(of: ":") else { return url }
        let beforeColon = significant[..<colon]
        // "/a:b", "?x=y:z" and "#p:q" are relative: a scheme ends before any of these.
        if beforeColon.contains(where: { "/?#".contains($0) }) { return url }
        return schemes.contains(beforeColon.lowercased()) ? url : "#"
    }
}
