import Foundation

/// The result of parsing a command line against a `CommandSpec`, with typed accessors that throw
/// `UsageError`s naming the option.
public struct ParsedArguments: Sendable {
    public let spec: CommandSpec
    /// Values of options by long name, in the order given.
    public private(set) var values: [String: [String]] = [:]
    /// Flags that were given, by long name.
    public private(set) var flags: Set<String> = []
    /// Positional arguments in order.
    public private(set) var positionals: [String] = []

    /// Parses `arguments` (the words after the command's name).
    public init(_ arguments: [String], spec: CommandSpec) throws {
        self.spec = spec
        var index = 0
        var onlyPositionals = false
        func usage(_ message: String) -> UsageError { UsageError(message, command: spec.name) }
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            if onlyPositionals || word == "-" || !word.hasPrefix("-") {
                positionals.append(word)
                continue
            }
            if word == "--" {
                onlyPositionals = true
                continue
            }
            var name = word
            var inlineValue: String?
            if let equals = word.firstIndex(of: "="), word.hasPrefix("--") {
                name = String(word[..<equals])
                inlineValue = String(word[word.index(after: equals)...])
            }
            guard let option = spec.options.first(where: { $0.name == name || $0.short == name }) else {
                if word.count > 1, Double(word) != nil {  // a negative number as a positional
                    positionals.append(word)
                    continue
                }
                var message = "unknown option '\(name)'"
                if let suggestion = Self.closest(to: name, in: spec.options.map(\.name)) {
                    message += "; did you mean '\(suggestion)'?"
                }
                throw usage(message)
            }
            if option.isFlag {
                if inlineValue != nil { throw usage("\(option.name) takes no value") }
                flags.insert(option.name)
                continue
            }
            let value: String
            if let inlineValue {
                value = inlineValue
            } else {
                guard index < arguments.count else { throw usage("\(option.name) needs a value (\(option.valueName ?? "VALUE"))") }
                value = arguments[index]
                index += 1
            }
            if let choices = option.choices, !choices.contains(value) {
                throw usage("invalid value '\(value)' for \(option.name); valid values: \(choices.joined(separator: ", "))")
            }
            if !option.isRepeating, values[option.name] != nil {
                throw usage("\(option.name) given more than once")
            }
            values[option.name, default: []].append(value)
        }
        let required = spec.arguments.filter { !$0.isOptional }.count
        if positionals.count < required {
            let missing = spec.arguments.filter { !$0.isOptional }[positionals.count]
            throw usage("missing argument \(missing.name)")
        }
        if !spec.arguments.contains(where: \.isRepeating), positionals.count > spec.arguments.count {
            throw usage("unexpected argument '\(positionals[spec.arguments.count])'")
        }
    }

    /// The value of an option, or nil when not given.
    public func value(_ name: String) -> String? {
        precondition(spec.options.contains { $0.name == name }, "option \(name) is not in the spec of \(spec.name)")
        return values[name]?.last
    }

    /// All values of a repeating option.
    public func allValues(_ name: String) -> [String] {
        precondition(spec.options.contains { $0.name == name }, "option \(name) is not in the spec of \(spec.name)")
        return values[name] ?? []
    }

    /// Whether a flag was given.
    public func flag(_ name: String) -> Bool {
        precondition(spec.options.contains { $0.name == name && $0.isFlag }, "flag \(name) is not in the spec of \(spec.name)")
        return flags.contains(name)
    }

    /// The positional argument at `index`, or nil.
    public func argument(_ index: Int) -> String? {
        positionals.indices.contains(index) ? positionals[index] : nil
    }

    /// An integer option within `range`, or `default` when not given.
    public func integer(_ name: String, default defaultValue: Int? = nil, in range: ClosedRange<Int>? = nil) throws -> Int? {
        guard let text = value(name) else { return defaultValue }
        guard let number = Int(text) else { throw UsageError("\(name) expects a whole number, got '\(text)'", command: spec.name) }
        if let range, !range.contains(number) {
            throw UsageError("\(name) must be between \(range.lowerBound) and \(range.upperBound), got \(number)", command: spec.name)
        }
        return number
    }

    /// A decimal option within `range`, or `default` when not given.
    public func decimal(_ name: String, default defaultValue: Double? = nil, in range: ClosedRange<Double>? = nil) throws -> Double? {
        guard let text = value(name) else { return defaultValue }
        guard let number = Double(text), number.isFinite else {
            throw UsageError("\(name) expects a number, got '\(text)'", command: spec.name)
        }
        if let range, !range.contains(number) {
            throw UsageError("\(name) must be between \(range.lowerBound) and \(range.upperBound), got \(text)", command: spec.name)
        }
        return number
    }

    /// The closest name within edit distance 2, for "did you mean" hints.
    static func closest(to word: String, in candidates: [String]) -> String? {
        var best: (String, Int)?
        for candidate in candidates {
            let distance = editDistance(Array(word), Array(candidate))
            if distance <= 2, best == nil || distance < best!.1 { best = (candidate, distance) }
        }
        return best?.0
    }

    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
