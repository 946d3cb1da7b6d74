/// The line a submitted version's document prints in its footer, so that a printed PK or LKj can be matched with
/// the version the parent office received.
public enum SubmissionFooter {
    /// "LKj versi diajukan 2 · SHA-256 9f86d0…" with the whole digest.
    public static func text(document: SubmissionDocument, number: Int, digest: String) -> String {
        "\(document.shortLabel) versi diajukan \(number) · SHA-256 \(digest)"
    }
}
