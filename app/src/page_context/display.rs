//! Display settings: text size, contrast and line spacing. Kept in a cookie
//! and applied by the server as classes on `<html>`, so no JavaScript is needed.

use serde::{Deserialize, Serialize};

/// One setting's possible values, as written in forms, cookies and CSS classes.
pub trait Choice: Copy + Default + PartialEq + 'static {
    /// The form field and cookie key.
    const FIELD: &'static str;
    const ALL: &'static [Self];
    fn value(self) -> &'static str;

    fn parse(value: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.value() == value.trim())
    }

    /// The class put on `<html>`, e.g. `text-large`; none for the standard value.
    fn html_class(self) -> Option<String> {
        (self != Self::default()).then(|| format!("{}-{}", Self::FIELD, self.value()))
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum TextSize {
    #[default]
    Standard,
    Large,
    Largest,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Contrast {
    #[default]
    Standard,
    High,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Spacing {
    #[default]
    Standard,
    Wide,
}

impl Choice for TextSize {
    const FIELD: &'static str = "text";
    const ALL: &'static [Self] = &[TextSize::Standard, TextSize::Large, TextSize::Largest];
    fn value(self) -> &'static str {
        match self {
            TextSize::Standard => "standard",
            TextSize::Large => "large",
            TextSize::Largest => "largest",
        }
    }
}

impl Choice for Contrast {
    const FIELD: &'static str = "contrast";
    const ALL: &'static [Self] = &[Contrast::Standard, Contrast::High];
    fn value(self) -> &'static str {
        match self {
            Contrast::Standard => "standard",
            Contrast::High => "high",
        }
    }
}

impl Choice for Spacing {
    const FIELD: &'static str = "spacing";
    const ALL: &'static [Self] = &[Spacing::Standard, Spacing::Wide];
    fn value(self) -> &'static str {
        match self {
            Spacing::Standard => "standard",
            Spacing::Wide => "wide",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct DisplaySettings {
    pub text: TextSize,
    pub contrast: Contrast,
    pub spacing: Spacing,
}

impl DisplaySettings {
    /// Reads `text.large~contrast.high~spacing.wide`. Unknown or malformed parts
    /// keep their standard value, so a damaged cookie never breaks a page.
    pub fn from_cookie(value: &str) -> Self {
        let mut settings = DisplaySettings::default();
        for part in value.split('~').take(8) {
            let Some((key, val)) = part.split_once('.') else {
                continue;
            };
            match key {
                TextSize::FIELD => settings.text = TextSize::parse(val).unwrap_or_default(),
                Contrast::FIELD => settings.contrast = Contrast::parse(val).unwrap_or_default(),
                Spacing::FIELD => settings.spacing = Spacing::parse(val).unwrap_or_default(),
                _ => {}
            }
        }
        settings
    }

    pub fn to_cookie(self) -> String {
        format!(
            "{}.{}~{}.{}~{}.{}",
            TextSize::FIELD,
            self.text.value(),
            Contrast::FIELD,
            self.contrast.value(),
            Spacing::FIELD,
            self.spacing.value()
        )
    }

    pub fn is_standard(self) -> bool {
        self == DisplaySettings::default()
    }

    /// Space-separated classes for `<html>`; empty for standard settings.
    pub fn html_class(self) -> String {
        [
            self.text.html_class(),
            self.contrast.html_class(),
            self.spacing.html_class(),
        ]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(" ")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cookie_round_trips_every_combination() {
        for &text in TextSize::ALL {
            for &contrast in Contrast::ALL {
                for &spacing in Spacing::ALL {
                    let settings = DisplaySettings {
                        text,
                        contrast,
                        spacing,
                    };
                    assert_eq!(DisplaySettings::from_cookie(&settings.to_cookie()), settings);
                }
            }
        }
    }

    #[test]
    fn damaged_cookies_give_standard_values() {
        assert!(DisplaySettings::from_cookie("").is_standard());
        assert!(DisplaySettings::from_cookie("text.huge~contrast.").is_standard());
        assert!(DisplaySettings::from_cookie(&"~".repeat(100_000)).is_standard());
        let partly = DisplaySettings::from_cookie("nonsense~spacing.wide");
        assert_eq!(partly.spacing, Spacing::Wide);
        assert_eq!(partly.text, TextSize::Standard);
    }

    #[test]
    fn html_class_names_only_what_differs_from_standard() {
        assert_eq!(DisplaySettings::default().html_class(), "");
        let settings = DisplaySettings {
            text: TextSize::Largest,
            contrast: Contrast::High,
            spacing: Spacing::Standard,
        };
        assert_eq!(settings.html_class(), "text-largest contrast-high");
    }
}
