//! Where the chart's value labels go: each beside its point, where it touches no line, no
//! marker and no other label. The places are tried in order (above, below, then further out,
//! then to the side) and the first free one is taken. Sizes are in the SVG's pixels; a text's
//! width is reckoned from the widths of a sans-serif font's letters, on the generous side.

/// A box: left, top, right, bottom.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Box2 {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
}

impl Box2 {
    pub fn around(x: f64, y: f64, half: f64) -> Self {
        Self {
            left: x - half,
            top: y - half,
            right: x + half,
            bottom: y + half,
        }
    }

    fn grown(self, by: f64) -> Self {
        Self {
            left: self.left - by,
            top: self.top - by,
            right: self.right + by,
            bottom: self.bottom + by,
        }
    }

    pub fn overlaps(&self, other: &Box2) -> bool {
        self.left < other.right
            && other.left < self.right
            && self.top < other.bottom
            && other.top < self.bottom
    }

    fn contains(&self, x: f64, y: f64) -> bool {
        (self.left..=self.right).contains(&x) && (self.top..=self.bottom).contains(&y)
    }

    /// Whether the straight line from `a` to `b` passes through the box.
    pub fn crossed_by(&self, a: (f64, f64), b: (f64, f64)) -> bool {
        if self.contains(a.0, a.1) || self.contains(b.0, b.1) {
            return true;
        }
        let corners = [
            (self.left, self.top),
            (self.right, self.top),
            (self.right, self.bottom),
            (self.left, self.bottom),
        ];
        (0..4).any(|i| segments_cross(a, b, corners[i], corners[(i + 1) % 4]))
    }
}

fn segments_cross(a: (f64, f64), b: (f64, f64), c: (f64, f64), d: (f64, f64)) -> bool {
    let side = |p: (f64, f64), q: (f64, f64), r: (f64, f64)| {
        (q.0 - p.0) * (r.1 - p.1) - (q.1 - p.1) * (r.0 - p.0)
    };
    let (d1, d2) = (side(c, d, a), side(c, d, b));
    let (d3, d4) = (side(a, b, c), side(a, b, d));
    d1 * d2 <= 0.0 && d3 * d4 <= 0.0
}

/// How wide a text is in a sans-serif font of `size` pixels, reckoned generously.
pub fn text_width(text: &str, size: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            'm' | 'w' | 'M' | 'W' | '%' | '@' => 0.95,
            ' ' | '.' | ',' | ':' | ';' | '\'' | '|' | 'i' | 'j' | 'l' | 'I' | '!' | '(' | ')' => {
                0.35
            }
            'f' | 't' | 'r' => 0.45,
            c if c.is_uppercase() => 0.78,
            _ => 0.62,
        })
        .sum::<f64>()
        * size
}

/// The box of a text whose baseline starts (left-aligned), or is centred, at a point: from
/// its ascent above the baseline to its descent below.
pub fn text_box(text: &str, size: f64, x: f64, baseline: f64, centred: bool) -> Box2 {
    let width = text_width(text, size);
    let left = if centred { x - width / 2.0 } else { x };
    Box2 {
        left,
        top: baseline - 0.9 * size,
        right: left + width,
        bottom: baseline + 0.25 * size,
    }
}

/// What a label must keep clear of.
#[derive(Debug, Default)]
pub struct Obstacles {
    pub lines: Vec<((f64, f64), (f64, f64))>,
    pub boxes: Vec<Box2>,
}

/// A label placed: its words, its centre and its baseline.
#[derive(Debug, Clone, PartialEq)]
pub struct Placed {
    pub text: String,
    pub x: f64,
    pub baseline: f64,
    pub size: f64,
}

/// Clear space kept around a label, in pixels.
const CLEAR: f64 = 3.0;
/// The first places tried sit exactly `CLEAR` from the marker: a millionth of a pixel less is
/// kept clear, so that rounding in pixels that are not whole cannot turn touching into overlap.
const ROUNDING: f64 = 1e-6;

/// Place a label for the point (x, y) whose marker reaches `radius` from it, inside `area`,
/// clear of the obstacles; the label's own box is added to them. `None` when no place is free.
pub fn place(
    text: &str,
    size: f64,
    point: (f64, f64),
    radius: f64,
    area: Box2,
    obstacles: &mut Obstacles,
) -> Option<Placed> {
    let (x, y) = point;
    let width = text_width(text, size);
    let height = 1.15 * size;
    let step = height + CLEAR;
    // Centres to try: above and below, moving out a step at a time, then beside the point.
    let near = radius + CLEAR + height / 2.0;
    let mut centres = Vec::new();
    for n in 0..8 {
        let out = near + f64::from(n) * step;
        centres.push((x, y - out));
        centres.push((x, y + out));
    }
    let beside = radius + CLEAR + width / 2.0;
    for n in 0..4 {
        let dy = f64::from(n) * step;
        for (dx, dy) in [(beside, -dy), (-beside, -dy), (beside, dy), (-beside, dy)] {
            centres.push((x + dx, y + dy));
        }
    }
    for (cx, cy) in centres {
        let baseline = cy + height / 2.0 - 0.25 * size;
        let body = text_box(text, size, cx, baseline, true);
        let inside = body.left >= area.left
            && body.right <= area.right
            && body.top >= area.top
            && body.bottom <= area.bottom;
        let clear = body.grown(CLEAR - ROUNDING);
        let free = inside
            && !obstacles.lines.iter().any(|&(a, b)| clear.crossed_by(a, b))
            && !obstacles.boxes.iter().any(|b| clear.overlaps(b));
        if free {
            obstacles.boxes.push(body);
            return Some(Placed {
                text: text.to_owned(),
                x: cx,
                baseline,
                size,
            });
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_label_goes_above_its_point_unless_something_is_there() {
        let area = Box2 {
            left: 0.0,
            top: 0.0,
            right: 400.0,
            bottom: 400.0,
        };
        let mut obstacles = Obstacles::default();
        let first = place("54%", 14.0, (200.0, 200.0), 6.0, area, &mut obstacles).unwrap();
        assert!(first.baseline < 200.0);
        // A line just above the point: the label goes below it.
        let mut obstacles = Obstacles {
            lines: vec![((0.0, 190.0), (400.0, 190.0))],
            boxes: Vec::new(),
        };
        let below = place("54%", 14.0, (200.0, 200.0), 6.0, area, &mut obstacles).unwrap();
        assert!(below.baseline > 206.0, "{below:?}");
        let body = text_box("54%", 14.0, below.x, below.baseline, true);
        assert!(!body.crossed_by((0.0, 190.0), (400.0, 190.0)));
    }

    #[test]
    fn a_label_just_clear_of_its_marker_fits_at_any_fraction_of_a_pixel() {
        let area = Box2 {
            left: 0.0,
            top: 0.0,
            right: 400.0,
            bottom: 400.0,
        };
        for tenth in 0..100 {
            let y = 170.0 + f64::from(tenth) / 10.0 + 1.0 / 3.0;
            let mut obstacles = Obstacles {
                lines: Vec::new(),
                boxes: vec![Box2::around(200.0, y, 7.0)],
            };
            let spot = place("70%", 14.0, (200.0, y), 7.0, area, &mut obstacles).unwrap();
            let body = text_box("70%", 14.0, spot.x, spot.baseline, true);
            assert!(
                (body.bottom - (y - 7.0 - CLEAR)).abs() < 1e-9,
                "{y}: {spot:?}"
            );
        }
    }

    #[test]
    fn lines_through_a_box_are_seen() {
        let b = Box2 {
            left: 10.0,
            top: 10.0,
            right: 20.0,
            bottom: 20.0,
        };
        assert!(b.crossed_by((0.0, 15.0), (30.0, 15.0)));
        assert!(b.crossed_by((0.0, 0.0), (30.0, 30.0)));
        assert!(!b.crossed_by((0.0, 25.0), (30.0, 25.0)));
        assert!(!b.crossed_by((25.0, 0.0), (25.0, 30.0)));
    }
}
