// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "esakip-kpu",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SakipCore", targets: ["SakipCore"]),
        .executable(name: "sakip", targets: ["sakip"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .target(name: "SakipCore"),
        .target(
            name: "SakipCLI",
            dependencies: [
                "SakipCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sakip", dependencies: ["SakipCLI"]),
        .testTarget(name: "SakipCoreTests", dependencies: ["SakipCore"]),
        .testTarget(name: "SakipCLITests", dependencies: ["SakipCLI"]),
    ]
)
