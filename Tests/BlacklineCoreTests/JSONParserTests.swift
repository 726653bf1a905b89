import BlacklineCore
import Testing

@Suite("JSON parsing with source locations")
struct JSONParserTests {
    @Test("parses nested values and keeps member order")
    func parsesValues() throws {
        let node = try JSONNode.parse(#"{"b": [1, 2.5, "x\u00e9\n"], "a": {"t": true, "n": null}}"#, file: "t.json")
        #expect(node.members.map(\.key) == ["b", "a"])
        #expect(node.value["b"] == .array([.integer(1), .number(2.5), .string("xé\n")]))
        #expect(node["a"]?["t"]?.value == .bool(true))
        #expect(node["a"]?["n"]?.value == .null)
    }

    @Test("reports line and column of a syntax error with the offending line", arguments: [
        ("{\n  \"a\": 1,\n}", 3, 1, "trailing comma"),
        ("{\n  \"a\": tru\n}", 2, 8, "expected true"),
        ("{\"a\": 1 \"b\": 2}", 1, 9, "expected ',' or '}'"),
        ("[1, 2", 1, 6, "missing ']'"),
        ("{\"a\": \"x\n\"}", 1, 9, "unterminated string"),
        ("{\"a\": 1, \"a\": 2}", 1, 10, "duplicate field \"a\""),
        ("", 1, 1, "empty"),
        ("{\"a\": 01}", 1, 7, "leading zeros"),
    ])
    func locatedErrors(text: String, line: Int, column: Int, fragment: String) {
        do {
            _ = try JSONNode.parse(text, file: "policy.json")
            Issue.record("expected an error for \(text.debugDescription)")
        } catch let error as LocatedError {
            #expect(error.location == SourceLocation(line: line, column: column), "\(error.message)")
            #expect(error.message.hasPrefix("policy.json:\(line):\(column): "))
            #expect(error.message.contains(fragment), "\(error.message)")
            #expect(error.kind == .badInput)
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("columns count Unicode scalars, not bytes")
    func columnsCountScalars() {
        do {
            _ = try JSONNode.parse("{\"ime\": \"Đorđe\", x}", file: "c.json")
            Issue.record("expected an error")
        } catch let error as LocatedError {
            #expect(error.location == SourceLocation(line: 1, column: 18))
            #expect(error.diagnostic.hasSuffix("  | " + String(repeating: " ", count: 17) + "^"))
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test("typed accessors name the field and its place")
    func typedAccessors() throws {
        let node = try JSONNode.parse("{\n  \"threshold\": \"high\"\n}", file: "p.json")
        #expect(throws: LocatedError.self) { try node.required("threshold", in: "policy").requireNumber("threshold") }
        do {
            _ = try node.required("threshold", in: "policy").requireNumber("threshold")
        } catch let error as LocatedError {
            #expect(error.message == "p.json:2:16: threshold must be a number, found a string")
        }
        do {
            try node.rejectUnknownKeys(["name"], in: "policy")
        } catch let error as LocatedError {
            #expect(error.message == "p.json:2:3: unknown field \"threshold\" in policy; valid fields: name")
        }
    }

    @Test("serialises deterministically with escapes")
    func serialises() {
        let value: JSONValue = .object([("z", 1), ("a", .string("a\"b\\c\u{0C}\u{01}")), ("n", .number(0.5)), ("l", [true, nil])])
        #expect(value.serialized() == #"{"z":1,"a":"a\"b\\c\f\u0001","n":0.5,"l":[true,null]}"#)
        #expect(value.serialized(pretty: true).contains("\n  \"a\": "))
    }

    @Test("fixed-point number formatting", arguments: [
        (12.5, "12.5"), (3.0, "3"), (-0.25, "-0.25"), (0.004, "0"), (595.2756, "595.28"), (-0.001, "0"), (1.05, "1.05"),
    ])
    func fixedFormatting(value: Double, expected: String) {
        #expect(NumberFormatting.fixed(value) == expected)
    }
}
