import Foundation
import NIOCore
import NIOPosix
@testable import SakipServer
import Testing
import Vapor

/// One HTTP/1.1 request over a fresh TCP connection to a running server, its body written in small
/// pieces with pauses, as a browser on a real network sends a form. The in-memory test client hands the
/// server the whole body at once and cannot show a check made before the body has arrived.
enum StreamingClient {
    struct Answer {
        var status: Int
        var headers: [String: String]
        var body: String
    }

    static func send(port: Int, method: String = "POST", path: String, headers: [(String, String)], body: [UInt8],
                     piece: Int = 512, pause: Duration = .milliseconds(3)) async throws -> Answer {
        let channel = try await ClientBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .connect(host: "127.0.0.1", port: port) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        let raw: ByteBuffer = try await channel.executeThenClose { inbound, outbound in
            var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: \(body.count)\r\n"
            for (name, value) in headers { head += "\(name): \(value)\r\n" }
            try await outbound.write(ByteBuffer(string: head + "\r\n"))
            var offset = 0
            do {
                while offset < body.count {
                    let end = min(offset + piece, body.count)
                    try await outbound.write(ByteBuffer(bytes: body[offset..<end]))
                    offset = end
                    try await Task.sleep(for: pause)
                }
            } catch {
                // The server may answer (413) and close before the whole body is written: read its answer.
            }
            var received = ByteBuffer()
            do {
                for try await var part in inbound { received.writeBuffer(&part) }
            } catch {
                // A reset after the answer arrived loses nothing that matters here.
            }
            return received
        }
        let text = String(buffer: raw)
        let parts = text.components(separatedBy: "\r\n\r\n")
        let lines = (parts.first ?? "").components(separatedBy: "\r\n")
        let status = lines.first.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") } ?? 0
        var found: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            found[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Answer(status: status, headers: found, body: parts.dropFirst().joined(separator: "\r\n\r\n"))
    }
}

/// Runs a test against the demo application served on a free local port.
func withRunningDemoApp(_ test: (Application, Int) async throws -> Void) async throws {
    try await withDemoApp { app in
        try await app.server.start(address: .hostname("127.0.0.1", port: 0))
        do {
            let port = try #require(app.http.server.shared.localAddress?.port)
            try await test(app, port)
        } catch {
            await app.server.shutdown()
            throw error
        }
        await app.server.shutdown()
    }
}
