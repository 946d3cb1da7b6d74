extension JSONValue {
    /// The value under a path of object keys.
    func value(at path: [String]) -> JSONValue? {
        guard let first = path.first else { return self }
        return self[first]?.value(at: Array(path.dropFirst()))
    }

    /// A copy with `value` under `path`, creating objects where the path has none (with `defaults`
    /// for an object created at a given key, so that it stays readable).
    func setting(_ value: JSONValue, at path: [String], defaults: [String: [(key: String, value: JSONValue)]] = [:]) -> JSONValue {
        guard let key = path.first else { return value }
        guard case .object(var members) = self else { return self }
        let rest = Array(path.dropFirst())
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = members[index].value.setting(value, at: rest, defaults: defaults)
        } else {
            let fresh = JSONValue.object(defaults[key] ?? [])
            members.append((key, fresh.setting(value, at: rest, defaults: defaults)))
        }
        return .object(members)
    }
}
