/// Renders help text from command specs.
enum HelpFormatter {
    static func usageLine(_ spec: CommandSpec) -> String {
        var parts = ["blackline", spec.name]
        for argument in spec.arguments {
            var text = argument.name + (argument.isRepeating ? "..." : "")
            if argument.isOptional { text = "[\(text)]" }
            parts.append(text)
        }
        if !spec.options.isEmpty { parts.append("[options]") }
        return parts.joined(separator: " ")
    }

    static func help(for spec: CommandSpec) -> String {
        var lines = ["OVERVIEW: \(spec.abstract)", "", "USAGE: \(usageLine(spec))"]
        if !spec.discussion.isEmpty {
            lines += ["", spec.discussion]
        }
        if !spec.arguments.isEmpty {
            lines += ["", "ARGUMENTS:"]
            for argument in spec.arguments {
                lines.append(row(argument.name, argument.help))
            }
        }
        let options = spec.options + [.flag("--help", short: "-h", help: "Show this help.")]
        lines += ["", "OPTIONS:"]
        for option in options {
            var left = option.short.map { "\($0), " } ?? ""
            left += option.name
            if let value = option.valueName { left += " \(value)" }
            var help = option.help
            if let choices = option.choices { help += " (\(choices.joined(separator: "|")))" }
            if option.isRepeating { help += " May be repeated." }
            lines.append(row(left, help))
        }
        if !spec.examples.isEmpty {
            lines += ["", "EXAMPLES:"]
            lines += spec.examples.map { "  \($0)" }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func help(forGroup group: any CommandGroup.Type) -> String {
        var lines = ["OVERVIEW: \(group.abstract)", "", "USAGE: blackline \(group.name) SUBCOMMAND [options]", "", "SUBCOMMANDS:"]
        for command in group.subcommands {
            lines.append(row(command.spec.path.last ?? "", command.spec.abstract))
        }
        lines += ["", "See 'blackline help \(group.name) SUBCOMMAND' for details."]
        return lines.joined(separator: "\n") + "\n"
    }

    static func overview(entries: [CommandRegistry.Entry]) -> String {
        var lines = [
            "OVERVIEW: Blackline \(BlacklineCLI.version) — redaction of court documents and tracking of FOI requests.",
            "",
            "USAGE: blackline SUBCOMMAND [options]",
            "       blackline help SUBCOMMAND",
            "       blackline --version",
            "",
            "SUBCOMMANDS:",
        ]
        for entry in entries {
            lines.append(row(entry.name, entry.abstract))
        }
        lines += [
            "",
            "EXIT CODES: 0 success; 1 a check found problems; 64 usage; 65 bad input data;",
            "            66 input missing; 70 internal error; 73 cannot create output; 74 I/O error.",
            "",
            "See 'blackline help SUBCOMMAND' for details.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    private static func row(_ left: String, _ right: String) -> String {
        let padded = left.count < 24 ? left + String(repeating: " ", count: 24 - left.count) : left + "\n" + String(repeating: " ", count: 26)
        return "  " + padded + right
    }
}
