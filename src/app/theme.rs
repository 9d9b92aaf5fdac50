//! Which look the screen has: chosen on the command line (and by `NO_COLOR`), kept in the
//! model, and drawn by the views (`ui::theme` says what each look means in colours).

/// Which palette to draw with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, strum::VariantArray)]
pub enum Theme {
    #[default]
    Standard,
    /// Strong contrast for washed-out projectors, on a light terminal or a dark one: everything
    /// it colours is drawn in a bright colour on black (the failed-save banner white on red),
    /// never a colour on the terminal's own background, which may be white. What it does not
    /// colour keeps the terminal's own colours.
    HighContrast,
    /// No colour at all (`NO_COLOR`): bold and reverse video only.
    NoColor,
}

impl Theme {
    /// Every look, in the order declared.
    pub const ALL: &'static [Theme] = <Theme as strum::VariantArray>::VARIANTS;

    /// The name a user asks for it by (`--theme high-contrast`) and what it is, in the words of
    /// `--help`; none for the look `NO_COLOR` chooses.
    pub const fn offered(self) -> Option<(&'static str, &'static str)> {
        match self {
            Theme::Standard => Some(("standard", "The usual colours")),
            Theme::HighContrast => Some((
                "high-contrast",
                "Bright on black, for washed-out projectors",
            )),
            Theme::NoColor => None,
        }
    }

    /// The theme asked for, unless `NO_COLOR` (any non-empty value) says no colour.
    pub fn from_env(asked: Theme, no_color: Option<&str>) -> Theme {
        match no_color {
            Some(v) if !v.is_empty() => Theme::NoColor,
            _ => asked,
        }
    }
}
