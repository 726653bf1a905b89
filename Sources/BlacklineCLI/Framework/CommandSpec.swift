/// How a command is called: its name, what it does, its options and arguments.
///
/// Help text and parsing both come from the spec, so they cannot disagree.
public struct CommandSpec: Sendable {
    /// The command's words after `blackline`, e.g. `["extract"]` or `["foi", "new"]`.
    public var path: [String]
    /// One line saying what the command does.
    public var abstract: String
    /// Further paragraphs for `blackline help COMMAND`.
    public var discussion: String
    public var arguments: [ArgumentSpec]
    public var options: [OptionSpec]
    /// Examples shown in help, each a full command line.
    public var examples: [String]

    public init(
        path: [String], abstract: String, discussion: String = "", arguments: [ArgumentSpec] = [],
        options: [OptionSpec] = [], examples: [String] = []
    ) {
        self.path = path
        self.abstract = abstract
        self.discussion = discussion
        self.arguments = arguments
        self.options = options
        self.examples = examples
    }

    /// The command's name as typed: "extract", "foi new".
    public var name: String { path.joined(separator: " ") }
}

/// A positional argument.
public struct ArgumentSpec: Sendable {
    public var name: String
    public var help: String
    public var isOptional: Bool
    /// Takes all remaining positional arguments.
    public var isRepeating: Bool

    public init(_ name: String, help: String, optional: Bool = false, repeating: Bool = false) {
        self.name = name
        self.help = help
        self.isOptional = optional
        self.isRepeating = repeating
    }
}

/// A named option (`--format json`) or flag (`--boxes`).
public struct OptionSpec: Sendable {
    /// The long name including dashes, e.g. "--format".
    public var name: String
    /// An optional short form, e.g. "-o".
    public var short: String?
    /// The value's placeholder in help ("FILE"); nil for a flag.
    public var valueName: String?
    public var help: String
    /// May be given several times (values accumulate).
    public var isRepeating: Bool
    /// Allowed values, when the option takes one of a fixed set.
    public var choices: [String]?

    /// An option that takes a value.
    public static func option(
        _ name: String, short: String? = nil, value: String, help: String, repeating: Bool = false, choices: [String]? = nil
    ) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: value, help: help, isRepeating: repeating, choices: choices)
    }

    /// A flag without a value.
    public static func flag(_ name: String, short: String? = nil, help: String) -> OptionSpec {
        OptionSpec(name: name, short: short, valueName: nil, help: help, isRepeating: false, choices: nil)
    }

    public var isFlag: Bool { valueName == nil }
}
