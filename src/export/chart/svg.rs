//! The few SVG elements the chart is made of, written into a string: lines, polylines,
//! circles, rectangles and texts. Every number is written the same way on every machine (one
//! decimal at most, no exponent, no locale), and every text is cleaned of control characters
//! and escaped, since names in it come from agenda files and journals.

use std::fmt::Write;

use crate::text::escape_markup;

pub const BLACK: &str = "#000000";
pub const WHITE: &str = "#FFFFFF";
/// Black at 60% on white: the target's line, grey when printed.
pub const GREY: &str = "#666666";
const FONT: &str = "sans-serif";

/// A point in the SVG's pixels.
pub type Point = (f64, f64);

/// How a line is drawn: its colour, its width, and its dashes (drawn, then left out).
#[derive(Debug, Clone, Copy)]
pub struct Stroke {
    pub colour: &'static str,
    pub width: f64,
    pub dashes: Option<(f64, f64)>,
}

/// Where a text's `x` is: at its start, its middle or its end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Anchor {
    Start,
    Middle,
    End,
}

/// A line of text. `baseline` is where its letters stand, so no renderer's idea of a font's
/// ascent moves it; `upright` turns it to read upwards, about its own point.
#[derive(Debug, Clone, Copy)]
pub struct Text<'a> {
    pub words: &'a str,
    pub x: f64,
    pub baseline: f64,
    pub size: f64,
    pub anchor: Anchor,
    pub upright: bool,
}

/// An SVG document being written.
#[derive(Debug)]
pub struct Svg {
    out: String,
}

impl Svg {
    /// A document of `width` by `height` pixels that says it is an image described by its
    /// `<title>` and `<desc>`, which come first so a screen reader finds them.
    pub fn new(width: u32, height: u32, title: &str, desc: &str) -> Self {
        let mut out = String::with_capacity(8192);
        let _ = writeln!(
            out,
            "<svg width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" \
             xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
             aria-labelledby=\"chart-title chart-desc\">"
        );
        let _ = writeln!(
            out,
            "<title id=\"chart-title\">{}</title>",
            escape_markup(title)
        );
        let _ = writeln!(
            out,
            "<desc id=\"chart-desc\">{}</desc>",
            escape_markup(desc)
        );
        Self { out }
    }

    pub fn line(&mut self, from: Point, to: Point, stroke: Stroke) {
        let _ = writeln!(
            self.out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" fill=\"none\"{}/>",
            num(from.0),
            num(from.1),
            num(to.0),
            num(to.1),
            stroked(stroke)
        );
    }

    /// Points joined by straight lines; nothing for fewer than two points.
    pub fn polyline(&mut self, points: &[Point], stroke: Stroke) {
        if points.len() < 2 {
            return;
        }
        let points: Vec<String> = points
            .iter()
            .map(|&(x, y)| format!("{},{}", num(x), num(y)))
            .collect();
        let _ = writeln!(
            self.out,
            "<polyline points=\"{}\" fill=\"none\"{}/>",
            points.join(" "),
            stroked(stroke)
        );
    }

    /// A filled circle.
    pub fn circle(&mut self, centre: Point, radius: f64, fill: &str) {
        let _ = writeln!(
            self.out,
            "<circle cx=\"{}\" cy=\"{}\" r=\"{}\" fill=\"{fill}\" stroke=\"none\"/>",
            num(centre.0),
            num(centre.1),
            num(radius)
        );
    }

    /// A rectangle from its top left corner, filled, and outlined when `stroke` is given.
    pub fn rect(&mut self, corner: Point, size: Point, fill: &str, stroke: Option<Stroke>) {
        let outline = match stroke {
            Some(stroke) => stroked(stroke),
            None => " stroke=\"none\"".to_owned(),
        };
        let _ = writeln!(
            self.out,
            "<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"{fill}\"{outline}/>",
            num(corner.0),
            num(corner.1),
            num(size.0),
            num(size.1)
        );
    }

    pub fn text(&mut self, text: &Text) {
        let (x, y) = (num(text.x), num(text.baseline));
        let anchor = match text.anchor {
            Anchor::Start => "start",
            Anchor::Middle => "middle",
            Anchor::End => "end",
        };
        let turn = if text.upright {
            format!(" transform=\"rotate(270, {x}, {y})\"")
        } else {
            String::new()
        };
        let _ = writeln!(
            self.out,
            "<text x=\"{x}\" y=\"{y}\" text-anchor=\"{anchor}\" font-family=\"{FONT}\" \
             font-size=\"{}\" fill=\"{BLACK}\"{turn}>{}</text>",
            num(text.size),
            escape_markup(text.words)
        );
    }

    /// The document, closed.
    pub fn finish(mut self) -> String {
        self.out.push_str("</svg>\n");
        self.out
    }
}

/// A stroke's attributes, after a space.
fn stroked(stroke: Stroke) -> String {
    let dashes = stroke.dashes.map_or(String::new(), |(on, off)| {
        format!(" stroke-dasharray=\"{} {}\"", num(on), num(off))
    });
    format!(
        " stroke=\"{}\" stroke-width=\"{}\"{dashes}",
        stroke.colour,
        num(stroke.width)
    )
}

/// A number as the SVG says it: rounded to a tenth of a pixel (finer is never seen), without
/// a trailing `.0`, never `-0`, never an exponent; anything not finite is 0.
pub fn num(value: f64) -> String {
    if !value.is_finite() {
        return "0".to_owned();
    }
    let written = format!("{:.1}", value);
    let written = written.strip_suffix(".0").unwrap_or(&written);
    if written == "-0" {
        "0".to_owned()
    } else {
        written.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_written_plainly_and_the_same_everywhere() {
        for (value, written) in [
            (0.0, "0"),
            (-0.0, "0"),
            (-0.04, "0"),
            (1e-7, "0"),
            (12.0, "12"),
            (12.25, "12.2"),
            (12.26, "12.3"),
            (-3.5, "-3.5"),
            (429.999, "430"),
            (1e12, "1000000000000"),
            (f64::NAN, "0"),
            (f64::INFINITY, "0"),
        ] {
            assert_eq!(num(value), written, "{value}");
        }
    }

    #[test]
    fn a_document_of_every_element_is_well_formed() {
        let black = Stroke {
            colour: BLACK,
            width: 2.0,
            dashes: Some((3.0, 5.0)),
        };
        let mut svg = Svg::new(100, 50, "A & B", "<desc> \"quoted\"");
        svg.line((0.0, 0.5), (10.25, 1.0 / 3.0), black);
        svg.polyline(&[(0.0, 0.0), (1.0, 2.0), (3.0, 4.0)], black);
        svg.polyline(&[(1.0, 1.0)], black);
        svg.circle((5.0, 5.0), 6.0, BLACK);
        svg.rect((1.0, 2.0), (12.0, 12.0), WHITE, Some(black));
        svg.rect((0.0, 0.0), (100.0, 50.0), WHITE, None);
        svg.text(&Text {
            words: "Share <%> & 'so'",
            x: 20.0,
            baseline: 25.0,
            size: 12.9,
            anchor: Anchor::Middle,
            upright: true,
        });
        let svg = svg.finish();
        let doc = roxmltree::Document::parse(&svg).expect("well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.attribute("viewBox"), Some("0 0 100 50"));
        let named = |tag: &str| doc.descendants().filter(|n| n.has_tag_name(tag)).count();
        assert_eq!(
            [
                "title", "desc", "line", "polyline", "circle", "rect", "text"
            ]
            .map(named),
            [1, 1, 1, 1, 1, 2, 1]
        );
        let line = doc.descendants().find(|n| n.has_tag_name("line")).unwrap();
        assert_eq!(line.attribute("y2"), Some("0.3"));
        assert_eq!(line.attribute("stroke-dasharray"), Some("3 5"));
        let text = doc.descendants().find(|n| n.has_tag_name("text")).unwrap();
        assert_eq!(text.text(), Some("Share <%> & 'so'"));
        assert_eq!(text.attribute("transform"), Some("rotate(270, 20, 25)"));
        let outlined = doc.descendants().find(|n| n.has_tag_name("rect")).unwrap();
        assert_eq!(outlined.attribute("fill"), Some(WHITE));
        assert_eq!(outlined.attribute("stroke"), Some(BLACK));
    }
}
