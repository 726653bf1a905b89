/// Where a redaction's decisions came from, for the manifest: the input, policy, case file,
/// findings file and decisions file with their SHA-256 digests.
public struct Provenance: Equatable, Sendable {
    /// A file as the user named it and its SHA-256.
    public struct FileDigest: Equatable, Sendable {
        public var path: String
        public var sha256: String

        public init(path: String, sha256: String) {
            self.path = path
            self.sha256 = sha256
        }
    }

    public var input: FileDigest
    /// The policy's name and the SHA-256 of its source, when detection used one.
    public var policyName: String?
    public var policySHA256: String?
    public var caseFile: FileDigest?
    public var findingsFile: FileDigest?
    public var decisionsFile: FileDigest?

    public init(
        input: FileDigest, policyName: String? = nil, policySHA256: String? = nil, caseFile: FileDigest? = nil,
        findingsFile: FileDigest? = nil, decisionsFile: FileDigest? = nil
    ) {
        self.input = input
        self.policyName = policyName
        self.policySHA256 = policySHA256
        self.caseFile = caseFile
        self.findingsFile = findingsFile
        self.decisionsFile = decisionsFile
    }
}
