import Foundation

/// Options shared by several commands, so they are spelled and explained the same everywhere.
enum CommonOptions {
    static let password = OptionSpec.option("--password", value: "P", help: "Password of an encrypted PDF.")
    static let pages = OptionSpec.option("--pages", value: "LIST", help: "Pages to process, e.g. 1-3,7 or 5- (default: all).")
    static let jobs = OptionSpec.option("--jobs", short: "-j", value: "N", help: "Worker threads (default: number of cores).")
    static let policy = OptionSpec.option("--policy", value: "P", help: "Policy name from policies/ or a path to a policy file (default: default).")
    static let caseFile = OptionSpec.option("--case", value: "FILE", help: "Case registry (*.case.json) listing the parties.")
    static let output = OptionSpec.option("--output", short: "-o", value: "PATH", help: "Where to write the result.")

    static func format(_ choices: [String], default defaultValue: String) -> OptionSpec {
        .option("--format", value: "FORMAT", help: "Output format (default: \(defaultValue)).", choices: choices)
    }

    /// The `--jobs` value, defaulting to the number of cores.
    static func jobs(_ arguments: ParsedArguments) throws -> Int {
        try arguments.integer("--jobs", default: ProcessInfo.processInfo.activeProcessorCount, in: 1...256)!
    }
}
