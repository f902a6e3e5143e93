//! How text is cut into what the index keeps, the same way for documents
//! and for queries: Chinese as jieba's words and as one- and two-character
//! grams (so any run of characters is found inside a longer word), other
//! text as English stems.

use jieba_rs::Jieba;
use std::sync::LazyLock;
use tantivy::tokenizer::{
    Language, LowerCaser, RemoveLongFilter, SimpleTokenizer, Stemmer, TextAnalyzer, Token, TokenStream,
    Tokenizer,
};

/// The dictionary is fixed data, the same for every app in the process:
/// loaded once, on first use.
static JIEBA: LazyLock<Jieba> = LazyLock::new(Jieba::new);

/// Loads the dictionary now rather than in the first search.
pub fn load_dictionary() {
    LazyLock::force(&JIEBA);
}

/// A Chinese (Han) character: the basic block, extensions A and B, and the
/// compatibility ideographs.
pub fn is_cjk(c: char) -> bool {
    matches!(c,
        '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2A6DF}')
}

/// A piece of text the index keeps: its text (lower case), where it is in
/// the original (bytes), and its position for phrase matches.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Piece {
    pub text: String,
    pub from: usize,
    pub to: usize,
    pub position: usize,
}

/// Jieba's words in search mode (a long word, and the shorter dictionary
/// words inside it), lower case, without spaces and punctuation.
pub fn words(text: &str) -> Vec<Piece> {
    JIEBA
        .cut_for_search(text, true)
        .into_iter()
        .filter(|token| token.word.chars().any(char::is_alphanumeric))
        .enumerate()
        .map(|(position, token)| Piece {
            text: token.word.to_lowercase(),
            from: token.byte_start,
            to: token.byte_end,
            position,
        })
        .collect()
}

/// Every Chinese character, and every pair of neighbouring ones, at the
/// position of its first character: a phrase of pairs at consecutive
/// positions is then exactly a run of characters, wherever it is.
pub fn grams(text: &str) -> Vec<Piece> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut pieces = Vec::new();
    for (position, window) in chars.iter().enumerate() {
        let (from, c) = *window;
        if !is_cjk(c) {
            continue;
        }
        let to = from + c.len_utf8();
        pieces.push(Piece {
            text: c.to_string(),
            from,
            to,
            position,
        });
        if let Some(&(_, next)) = chars.get(position + 1).filter(|(_, next)| is_cjk(*next)) {
            pieces.push(Piece {
                text: format!("{c}{next}"),
                from,
                to: to + next.len_utf8(),
                position,
            });
        }
    }
    pieces
}

/// The pairs of characters a run of Chinese is found by, or the single
/// character of a one-character run.
pub fn run_grams(run: &str) -> Vec<String> {
    let chars: Vec<char> = run.chars().collect();
    if chars.len() < 2 {
        return vec![run.to_string()];
    }
    chars.windows(2).map(|pair| pair.iter().collect()).collect()
}

/// English words, lower case and stemmed ("subsidies" → "subsidi").
pub fn english_stems(text: &str) -> Vec<Piece> {
    let mut analyzer = english();
    let mut stream = analyzer.token_stream(text);
    let mut pieces = Vec::new();
    while stream.advance() {
        let token = stream.token();
        pieces.push(Piece {
            text: token.text.clone(),
            from: token.offset_from,
            to: token.offset_to,
            position: token.position,
        });
    }
    pieces
}

/// The English analyzer of the index's English fields.
pub fn english() -> TextAnalyzer {
    TextAnalyzer::builder(SimpleTokenizer::default())
        .filter(RemoveLongFilter::limit(40))
        .filter(LowerCaser)
        .filter(Stemmer::new(Language::English))
        .build()
}

/// [`words`] as a tantivy tokenizer.
#[derive(Clone, Default)]
pub struct WordsTokenizer;

/// [`grams`] as a tantivy tokenizer.
#[derive(Clone, Default)]
pub struct GramsTokenizer;

impl Tokenizer for WordsTokenizer {
    type TokenStream<'a> = Pieces;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Pieces {
        Pieces::new(words(text))
    }
}

impl Tokenizer for GramsTokenizer {
    type TokenStream<'a> = Pieces;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Pieces {
        Pieces::new(grams(text))
    }
}

/// Pieces cut beforehand, handed to the index one by one.
pub struct Pieces {
    pieces: std::vec::IntoIter<Piece>,
    token: Token,
}

impl Pieces {
    fn new(pieces: Vec<Piece>) -> Self {
        Pieces {
            pieces: pieces.into_iter(),
            token: Token::default(),
        }
    }
}

impl TokenStream for Pieces {
    fn advance(&mut self) -> bool {
        let Some(piece) = self.pieces.next() else {
            return false;
        };
        self.token = Token {
            offset_from: piece.from,
            offset_to: piece.to,
            position: piece.position,
            text: piece.text,
            position_length: 1,
        };
        true
    }

    fn token(&self) -> &Token {
        &self.token
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.token
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(pieces: &[Piece]) -> Vec<&str> {
        pieces.iter().map(|p| p.text.as_str()).collect()
    }

    #[test]
    fn jieba_segments_the_nursing_subsidy() {
        let found = words("重度残疾人护理补贴");
        let found = texts(&found);
        for word in ["重度", "残疾", "残疾人", "护理", "补贴"] {
            assert!(found.contains(&word), "{word} in {found:?}");
        }
        assert_eq!(texts(&words("护理补贴")), vec!["护理", "补贴"]);
    }

    #[test]
    fn words_are_lower_case_without_punctuation() {
        assert_eq!(
            texts(&words("Job 招聘会，  欢迎！")),
            vec!["job", "招聘", "招聘会", "欢迎"]
        );
    }

    #[test]
    fn grams_are_single_characters_and_pairs_at_their_position() {
        let found = grams("补贴 a护理");
        let found: Vec<(&str, usize)> = found.iter().map(|p| (p.text.as_str(), p.position)).collect();
        assert_eq!(
            found,
            vec![
                ("补", 0),
                ("补贴", 0),
                ("贴", 1),
                ("护", 4),
                ("护理", 4),
                ("理", 5)
            ],
            "no pair across a space or a letter"
        );
        let offsets: Vec<(usize, usize)> = grams("补贴").iter().map(|p| (p.from, p.to)).collect();
        assert_eq!(offsets, vec![(0, 3), (0, 6), (3, 6)]);
    }

    #[test]
    fn a_run_is_found_by_its_pairs() {
        assert_eq!(run_grams("残疾人"), vec!["残疾", "疾人"]);
        assert_eq!(run_grams("补"), vec!["补"]);
    }

    #[test]
    fn english_is_stemmed() {
        assert_eq!(
            texts(&english_stems("Nursing SUBSIDIES, fairs")),
            vec!["nurs", "subsidi", "fair"]
        );
    }

    #[test]
    fn the_tokenizers_hand_over_every_piece() {
        let mut tokenizer = GramsTokenizer;
        let mut stream = tokenizer.token_stream("护理");
        let mut seen = Vec::new();
        while stream.advance() {
            seen.push(stream.token().text.clone());
        }
        assert_eq!(seen, vec!["护", "护理", "理"]);
    }
}
