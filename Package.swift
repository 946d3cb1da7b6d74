// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "esakip-kpu",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "SakipCore", targets: ["SakipCore"]),
        .library(name: "SakipDocuments", targets: ["SakipDocuments"]),
        .executable(name: "sakip", targets: ["sakip"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/vapor/vapor", from: "4.122.3"),
        .package(url: "https://github.com/vapor/fluent", from: "4.13.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver", from: "4.9.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver", from: "2.14.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        .target(name: "SakipCore"),
        .target(
            name: "SakipDocuments",
            dependencies: ["SakipCore", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "SakipServer",
            dependencies: [
                "SakipCore",
                "SakipDocuments",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
            ]
        ),
        .target(
            name: "SakipCLI",
            dependencies: [
                "SakipCore",
                "SakipServer",
                "SakipDocuments",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "sakip", dependencies: ["SakipCLI"]),
        .executableTarget(name: "sakip-bench", dependencies: ["SakipCore", "SakipDocuments"], path: "bench/sakip-bench"),
        .testTarget(
            name: "SakipCoreTests",
            dependencies: [
                "SakipCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ]
        ),
        .testTarget(name: "SakipCLITests", dependencies: ["SakipCLI", "SakipServer", "SakipDocuments"]),
        .testTarget(
            name: "SakipDocumentsTests",
            dependencies: ["SakipDocuments", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .testTarget(
            name: "SakipServerTests",
            dependencies: [
                "SakipServer",
                .product(name: "XCTVapor", package: "vapor"),
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
