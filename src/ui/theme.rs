//! Colours and emphasis. Every state also has a symbol or a word on screen, so a theme only
//! adds colour; with `NO_COLOR` set it adds none.

use ratatui::style::{Color, Modifier, Style};

pub use crate::app::Theme;

/// The styles of each theme: the app picks the theme, the views draw with it.
impl Theme {
    fn colour(self, standard: Color, high: Color) -> Style {
        match self {
            Theme::Standard => Style::new().fg(standard),
            Theme::HighContrast => Style::new().fg(high).bg(Color::Black),
            Theme::NoColor => Style::new(),
        }
    }

    pub fn title(self) -> Style {
        self.colour(Color::Cyan, Color::White)
            .add_modifier(Modifier::BOLD)
    }

    pub fn current(self) -> Style {
        self.colour(Color::Yellow, Color::LightYellow)
            .add_modifier(Modifier::BOLD)
    }

    pub fn done(self) -> Style {
        self.colour(Color::Green, Color::LightGreen)
    }

    pub fn warning(self) -> Style {
        self.colour(Color::Red, Color::LightRed)
            .add_modifier(Modifier::BOLD)
    }

    pub fn dim(self) -> Style {
        match self {
            Theme::NoColor => Style::new(),
            Theme::HighContrast => Style::new().fg(Color::Gray).bg(Color::Black),
            Theme::Standard => Style::new().fg(Color::DarkGray),
        }
    }

    pub fn key(self) -> Style {
        self.colour(Color::Cyan, Color::LightCyan)
            .add_modifier(Modifier::BOLD)
    }

    pub fn border(self) -> Style {
        self.colour(Color::DarkGray, Color::White)
    }

    /// The banner for a failed save: reverse video so it shows without colour too.
    pub fn alarm(self) -> Style {
        match self {
            Theme::NoColor => Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            _ => Style::new()
                .fg(Color::White)
                .bg(Color::Red)
                .add_modifier(Modifier::BOLD),
        }
    }
}
