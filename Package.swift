// swift-tools-version:6.0
import PackageDescription

/// Blackline: redaction of court documents and tracking of freedom-of-information requests.
///
/// One library module per layer, one thin executable. C libraries come in through system library
/// targets only; there are no third-party Swift packages.
let package = Package(
    name: "Blackline",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "blackline", targets: ["blackline"]),
        .library(name: "Extraction", targets: ["Extraction"]),
        .library(name: "PolicyEngine", targets: ["PolicyEngine"]),
        .library(name: "Redaction", targets: ["Redaction"]),
        .library(name: "Review", targets: ["Review"]),
        .library(name: "FOITracker", targets: ["FOITracker"]),
    ],
    targets: [
        // C libraries from Debian packages, wrapped once at the edge.
        .systemLibrary(name: "CGLib", pkgConfig: "glib-2.0", providers: [.apt(["libglib2.0-dev"])]),
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev", "libcairo2-dev"])]),
        .systemLibrary(name: "CSQLite", pkgConfig: "sqlite3", providers: [.apt(["libsqlite3-dev"])]),
        .systemLibrary(name: "CZlib", pkgConfig: "zlib", providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CMalloc"),  // glibc's <malloc.h>: the executable's allocator settings

        // Layers.
        .target(name: "BlacklineCore", dependencies: ["CGLib"]),
        .target(name: "Extraction", dependencies: ["BlacklineCore", "CPoppler"]),
        .target(name: "PolicyEngine", dependencies: ["BlacklineCore", "Extraction"], resources: []),
        .target(name: "Redaction", dependencies: ["BlacklineCore", "Extraction", "PolicyEngine", "CPoppler", "CZlib"]),
        .target(name: "Review", dependencies: ["BlacklineCore", "Extraction", "PolicyEngine", "Redaction", "CPoppler", "CZlib"]),
        .target(name: "FOITracker", dependencies: ["BlacklineCore", "CSQLite"]),
        .target(
            name: "BlacklineCLI",
            dependencies: ["BlacklineCore", "Extraction", "PolicyEngine", "Redaction", "Review", "FOITracker"]),
        .executableTarget(name: "blackline", dependencies: ["BlacklineCLI", .target(name: "CMalloc", condition: .when(platforms: [.linux]))]),

        // Test support: builds fixture PDFs with cairo (also used to make samples/).
        .target(name: "FixtureKit", dependencies: ["BlacklineCore", "Extraction", "CPoppler"], path: "Tests/FixtureKit"),
        .executableTarget(name: "blackline-fixtures", dependencies: ["FixtureKit"], path: "Tests/FixtureTool"),

        .testTarget(name: "BlacklineCoreTests", dependencies: ["BlacklineCore"]),
        .testTarget(name: "ExtractionTests", dependencies: ["Extraction", "FixtureKit"]),
        .testTarget(name: "PolicyEngineTests", dependencies: ["PolicyEngine", "Extraction", "FixtureKit"]),
        .testTarget(name: "RedactionTests", dependencies: ["Redaction", "FixtureKit"]),
        .testTarget(name: "ReviewTests", dependencies: ["Review", "FixtureKit"]),
        .testTarget(name: "FOITrackerTests", dependencies: ["FOITracker", "FixtureKit"]),
        .testTarget(name: "CLITests", dependencies: ["BlacklineCLI", "FixtureKit", "blackline"]),
    ]
)

// Strict settings for every target: Swift 6 language mode everywhere.
for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    target.swiftSettings = settings
}
package.swiftLanguageModes = [.v6]
