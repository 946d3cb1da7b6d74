import Foundation
import Vapor

/// SHA-256 digests in lower-case hex, as stored and shown: session token hashes, document and evidence digests.
enum SHA256Hex {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The digest of `data` in hex. Written out by hand: `String(format:)` per byte was a twentieth of a dashboard
    /// request (every request hashes its session token).
    static func digest(_ data: some DataProtocol) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
