import BlacklineCore
import FixtureKit
import Foundation
import Testing
@testable import PolicyEngine

@Suite("Loading policies and case files, with located errors")
struct PolicyLoadingTests {
    static func policyError(_ json: String) -> LocatedError? {
        do {
            _ = try Policy.parse(Data(json.utf8), file: "p.json")
            return nil
        } catch let error as LocatedError {
            return error
        } catch {
            return nil
        }
    }

    static let minimal = """
        {"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [
          {"id": "names", "detector": "party-name", "category": "person-name"}
        ]}
        """

    @Test("a minimal policy loads")
    func minimalLoads() throws {
        let policy = try Policy.parse(Data(Self.minimal.utf8), file: "p.json")
        #expect(policy.name == "t" && policy.rules.count == 1 && policy.rule(id: "names")?.detector == "party-name")
        #expect(policy.sourceSHA256.count == 64)
    }

    @Test("mistakes are reported at file:line:col with what is wrong", arguments: [
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [{"id": "x", "detector": "party-nam", "category": "person-name"}]}"#,
         "p.json:1:103: unknown detector \"party-nam\" in rule \"x\"; valid detectors: age, checked-personal-number, chinese-id,"),
        (#"{"name": "t", "threshold": 1.5, "roles": {"protected": ["victim"]}, "rules": []}"#,
         "p.json:1:28: \"threshold\" must be between 0 and 1"),
        (#"{"name": "t", "treshold": 0.5, "roles": {"protected": ["victim"]}, "rules": []}"#,
         "p.json:1:15: unknown field \"treshold\" in the policy; valid fields:"),
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victm"]}, "rules": []}"#,
         "p.json:1:57: unknown role \"victm\" in \"roles.protected\"; valid roles:"),
        ("{\"name\": \"t\", \"threshold\": 0.5, \"roles\": {\"protected\": [\"victim\"]}, \"rules\": [\n{\"id\": \"a\", \"detector\": \"phone\", \"category\": \"phone\"},\n{\"id\": \"a\", \"detector\": \"email\", \"category\": \"email\"}]}",
         "p.json:3:8: duplicate rule id \"a\" (first used at line 2)"),
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [{"id": "ssn", "detector": "pattern", "category": "national-id", "parameters": {"pattern": "([0-9]{3}"}}]}"#,
         "p.json:1:169: rule \"ssn\": invalid regular expression:"),
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [{"id": "p", "detector": "pattern", "category": "x"}]}"#,
         "rule \"p\" (detector \"pattern\") needs the parameter \"pattern\""),
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [{"id": "p", "detector": "phone", "category": "phone", "parameters": {"country": ["RS"]}}]}"#,
         "p.json:1:148: unknown parameter \"country\" for detector \"phone\" in rule \"p\"; valid parameters: countries"),
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "rules": [{"id": "p", "detector": "phone", "category": "phone", "action": "blackout"}]}"#,
         "unknown action \"blackout\" in rule \"p\"; valid actions: redact, label, mask, generalize, keep"),
        (#"{"name": "t", "threshold": 0.5, "roles": {"protected": ["victim"]}, "exemptionSets": [{"id": "us", "codes": {"(b)(6)": "privacy"}}], "rules": [{"id": "p", "detector": "phone", "category": "phone", "exemptions": ["(b)(7)"]}]}"#,
         "rule \"p\" cites exemption \"(b)(7)\", which no exemption set defines; defined: (b)(6)"),
        ("{\"name\": \"t\",\n  \"threshold\": 0.5,,\n}", "p.json:2:20:"),
    ])
    func locatedErrors(json: String, expected: String) throws {
        let error = try #require(Self.policyError(json))
        #expect(error.message.contains(expected), "\(error.message)")
        #expect(error.kind == .badInput)
    }

    @Test("case-file mistakes name the file, line:col and field", arguments: [
        (#"{"case": "K 1/24", "parties": [{"role": "victim", "name": "Ana Ilić", "alias": ["A.I."]}]}"#,
         "c.json:1:71: unknown field \"alias\" in parties[0]; valid fields: role, name, aliases, identifiers"),
        (#"{"case": "K 1/24", "parties": [{"role": "vitcim", "name": "Ana Ilić"}]}"#,
         "c.json:1:41: unknown role \"vitcim\" in parties[0]; valid roles:"),
        (#"{"case": "K 1/24", "parties": [{"role": "victim"}]}"#, "c.json:1:32: parties[0] is missing the field \"name\""),
        (#"{"case": "K 1/24", "parties": [{"role": "victim", "name": "Ana", "identifiers": [12]}]}"#,
         "c.json:1:82: parties[0].identifiers[0] must be a string, found a number"),
    ])
    func caseFileErrors(json: String, expected: String) throws {
        do {
            _ = try CaseRegistry.parse(Data(json.utf8), file: "c.json")
            Issue.record("no error for \(json)")
        } catch let error as LocatedError {
            #expect(error.message.contains(expected), "\(error.message)")
        }
    }

    @Test("the committed corpus case files load exactly")
    func corpusCaseFiles() throws {
        for id in Fixtures.corpusIDs {
            let registry = try CaseRegistry.load(from: Fixtures.corpus.appendingPathComponent("\(id).case.json"))
            #expect(!registry.parties.isEmpty && registry.caseNumber != nil && registry.sourceSHA256.count == 64)
        }
    }

    @Test("shipped policies load, build and cite only defined exemptions", arguments: ["default", "us-foia", "rs-zspi"])
    func shippedPolicies(name: String) throws {
        let policy = try Policy.load(name)
        #expect(policy.name == name)
        _ = try PolicyEngine(policy: policy, registry: nil)
        for rule in policy.rules { for code in rule.exemptions { #expect(policy.exemptionMeaning(code) != nil) } }
    }

    @Test("policies are found by name through BLACKLINE_POLICIES, and a path works from anywhere")
    func locating() throws {
        let folder = try Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(Self.minimal.utf8).write(to: folder.appendingPathComponent("mine.json"))
        let located = try PolicyLocator.locate("mine", environment: ["BLACKLINE_POLICIES": folder.path])
        #expect(located == .file(folder.appendingPathComponent("mine.json"), displayName: folder.appendingPathComponent("mine.json").path))
        #expect(try Policy.load(folder.appendingPathComponent("mine.json").path).name == "t")
        #expect(throws: GeneralError.self) { try PolicyLocator.locate("no-such-policy", environment: [:]) }
    }
}

@Suite("The built-in default policy")
struct EmbeddedPolicyTests {
    @Test("the copy built into the binary equals policies/default.json")
    func embeddedMatchesFile() throws {
        let url = Fixtures.packageRoot.appendingPathComponent("policies/default.json")
        let file = try String(contentsOf: url, encoding: .utf8)
        if file != EmbeddedPolicies.defaultJSON, ProcessInfo.processInfo.environment["BLACKLINE_UPDATE_EMBEDDED"] != nil {
            let source = Fixtures.packageRoot.appendingPathComponent("Sources/PolicyEngine/Loading/EmbeddedPolicies.swift")
            let header = """
                // Generated from policies/default.json — do not edit by hand. `EmbeddedPolicyTests` fails when the
                // two differ; regenerate with: BLACKLINE_UPDATE_EMBEDDED=1 swift test --filter EmbeddedPolicyTests
                /// Policies built into the binary, so that the default works without a policies folder.
                enum EmbeddedPolicies {
                    static let byName: [String: String] = ["default": defaultJSON]

                    static let defaultJSON = #\"\"\"

                """
            try (header + file + "\n\"\"\"#\n}\n").write(to: source, atomically: true, encoding: .utf8)
        }
        #expect(file == EmbeddedPolicies.defaultJSON, "run BLACKLINE_UPDATE_EMBEDDED=1 swift test --filter EmbeddedPolicyTests")
    }

    @Test("the embedded default loads without any policies folder")
    func embeddedLoads() throws {
        let policy = try Policy.parse(Data(EmbeddedPolicies.defaultJSON.utf8), file: "embedded:default")
        #expect(policy.name == "default" && policy.protectedRoles.contains("victim") && policy.keptRoles.contains("defendant"))
    }
}
