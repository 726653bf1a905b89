/// Whether a reader can see a text-layer character on the rendered page, and if not, what hides it.
enum CharacterVisibility: Equatable, Sendable {
    /// Whitespace, a line break or a zero-area box: nothing to see either way.
    case notApplicable
    /// The character's glyph shows on the page.
    case visible
    /// The glyph does not show.
    case hidden(Cover)

    /// What is drawn where a hidden character's glyph should be.
    enum Cover: Equatable, Sendable {
        /// A dark fill (black box, dark highlight, cross-hatched dark pattern).
        case darkBox
        /// A fill of one other colour (a grey or coloured box).
        case colourBox
        /// Nothing: blank paper (white text, invisible render mode over an empty area, white-out).
        case blank
        /// The character lies outside the visible page (crop box).
        case outsidePage
        /// A picture or pattern: hidden, but the cause cannot be told (e.g. an OCR layer that does
        /// not line up with its scan). Not reported.
        case image
    }

    var isHidden: Bool {
        if case .hidden = self { return true }
        return false
    }

    var cover: Cover? {
        if case .hidden(let cover) = self { return cover }
        return nil
    }
}
