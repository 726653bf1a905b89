/// The version of Blackline, shown by `blackline --version` and written into manifests.
public enum BlacklineVersion {
    public static let current = "0.1.0"
}
