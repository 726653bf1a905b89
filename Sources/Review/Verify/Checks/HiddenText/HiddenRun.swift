import Extraction

/// A stretch of hidden characters on one line of a page, ready to be reported.
struct HiddenRun: Sendable {
    enum Family: Sendable {
        /// Under a dark or single-colour box.
        case underBox
        /// Rendering as nothing (blank, off the page).
        case invisible
    }

    var family: Family
    /// The cover of most of its characters.
    var cover: CharacterVisibility.Cover
    /// Scalar offsets into the page text, end exclusive.
    var range: Range<Int>
    /// Union of its characters' boxes, in points.
    var box: TextBox
    /// True when the run belongs to the page's text (a line or paragraph with visible text-layer
    /// characters); false for text that exists only inside a box or in an empty area.
    var isEmbedded = false
}
