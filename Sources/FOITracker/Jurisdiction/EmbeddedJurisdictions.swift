public enum EmbeddedJurisdictions { public static let files: [String: String] = [:] }
