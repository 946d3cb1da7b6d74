/// SHA-256 of a whole byte string, for content digests of master data; the streaming ``SHA256Digest`` does the work
/// (the core has no crypto dependency and needs nothing more than a stable fingerprint).
enum SHA256 {
    /// The digest of `bytes` as 64 lowercase hex digits.
    static func hex(_ bytes: [UInt8]) -> String {
        var digest = SHA256Digest()
        digest.update(bytes)
        return digest.finalHex()
    }
}
