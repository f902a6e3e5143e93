//! The kind (category) and severity (level) of a disability, as a
//! disability certificate records them.

use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Visual,
    Hearing,
    Speech,
    Physical,
    Intellectual,
    Mental,
    Multiple,
}

impl Category {
    pub const ALL: [Category; 7] = [
        Category::Visual,
        Category::Hearing,
        Category::Speech,
        Category::Physical,
        Category::Intellectual,
        Category::Mental,
        Category::Multiple,
    ];

    /// The digit used in certificate numbers (1 visual … 7 multiple).
    pub fn digit(self) -> u32 {
        self as u32 + 1
    }

    pub fn from_digit(digit: u32) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.digit() == digit)
    }
}

/// Disability level 1–4; 1 is the most severe, 1 and 2 are "severe" (重度).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub fn new(level: u8) -> Option<Level> {
        (1..=4).contains(&level).then_some(Level(level))
    }

    pub fn get(self) -> u8 {
        self.0
    }

    pub fn is_severe(self) -> bool {
        self.0 <= 2
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Level::new(value).ok_or_else(|| format!("level must be 1 to 4, not {value}"))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories_map_to_certificate_digits() {
        for category in Category::ALL {
            assert_eq!(Category::from_digit(category.digit()), Some(category));
        }
        assert_eq!(Category::from_digit(0), None);
        assert_eq!(Category::from_digit(8), None);
    }
}
