import CPoppler

extension PDFComposer {
    /// Draws `text` like `text(_:x:baseline:style:)`, but sets every "fi" and "fl" as one
    /// ligature glyph (U+FB01, U+FB02 of the font) mapped back to its two letters, as typesetting
    /// programs do. The PDF's text layer then says "fi" where the page shows one glyph.
    ///
    /// Only for Latin text in a font with those glyphs (DejaVu Sans and Serif have them).
    @discardableResult
    public func textWithLigatures(_ text: String, x: Double, baseline: Double, style: TextStyle = .body) throws -> Double {
        select(style.family, style: style, in: context)
        // The glyph string: each ligature pair replaced by its presentation form.
        var shaped = String.UnicodeScalarView()
        var clusters: [cairo_text_cluster_t] = []
        let scalars = Array(text.unicodeScalars)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "f", index + 1 < scalars.count, scalars[index + 1] == "i" || scalars[index + 1] == "l" {
                shaped.append(scalars[index + 1] == "i" ? "\u{FB01}" : "\u{FB02}")
                clusters.append(cairo_text_cluster_t(num_bytes: 2, num_glyphs: 1))
                index += 2
            } else {
                shaped.append(scalar)
                clusters.append(cairo_text_cluster_t(num_bytes: Int32(String(scalar).utf8.count), num_glyphs: 1))
                index += 1
            }
        }
        return try withGlyphs(of: String(shaped), in: context) { glyphs in
            guard glyphs.count == clusters.count else {
                throw FixtureError("ligatures: cairo gave \(glyphs.count) glyphs for \(clusters.count) clusters")
            }
            guard !glyphs.contains(where: { $0.index == 0 }) else {
                throw FixtureError("font \"\(style.family.rawValue)\" lacks a glyph needed for ligatures")
            }
            var placed = Array(glyphs)
            for i in placed.indices {
                placed[i].x += x
                placed[i].y += baseline
            }
            cairo_set_source_rgb(context, 0, 0, 0)
            text.withCString { utf8 in
                cairo_show_text_glyphs(
                    context, utf8, Int32(strlen(utf8)), placed, Int32(placed.count), clusters, Int32(clusters.count),
                    cairo_text_cluster_flags_t(rawValue: 0))
            }
            var extents = cairo_text_extents_t()
            cairo_glyph_extents(context, glyphs.baseAddress, Int32(glyphs.count), &extents)
            return extents.x_advance
        }
    }
}
