//! The full-text index (tantivy, in memory): built from every
//! [`SearchDocument`] at once, and searched with queries built term by
//! term from a [`SearchQuery`] (no query parser sees what people type).
//!
//! Each language's text is indexed so that a word and any part of it are
//! found: Chinese as jieba's words (ranked higher) and as character
//! grams; English as stems. Titles count twice as much as the text.

use super::documents::SearchDocument;
use super::query::{QueryPart, SearchQuery};
use super::text::{english, run_grams, GramsTokenizer, WordsTokenizer};
use chrono::NaiveDateTime;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, BoostQuery, Occur, PhraseQuery, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption, Schema, TextFieldIndexing, TextOptions, Value, STORED};
use tantivy::{doc, Index, IndexReader, IndexWriter, ReloadPolicy, TantivyDocument, TantivyError, Term};

/// No search shows more than this many results (of every kind together).
pub const MAX_HITS: usize = 500;

/// The writer's memory, tantivy's smallest: the index is hundreds of pages.
const WRITER_MEMORY: usize = 15_000_000;

const WORDS: &str = "zh_words";
const GRAMS: &str = "zh_grams";
const ENGLISH: &str = "en_stem";

/// How much each way of matching counts.
const TITLE_BOOST: f32 = 2.0;
const WORD_BOOST: f32 = 3.0;
const ENGLISH_BOOST: f32 = 2.0;

#[derive(Clone, Copy)]
struct Fields {
    /// The document's place in [`BuiltIndex::documents`].
    ord: Field,
    title_words: Field,
    text_words: Field,
    title_grams: Field,
    text_grams: Field,
    title_en: Field,
    text_en: Field,
}

/// A title field and a text field, searched together.
#[derive(Clone, Copy)]
struct Pair {
    title: Field,
    text: Field,
}

impl Fields {
    fn schema() -> (Schema, Fields) {
        let mut schema = Schema::builder();
        let indexed = |tokenizer: &str| {
            TextOptions::default().set_indexing_options(
                TextFieldIndexing::default()
                    .set_tokenizer(tokenizer)
                    .set_index_option(IndexRecordOption::WithFreqsAndPositions),
            )
        };
        let fields = Fields {
            ord: schema.add_u64_field("ord", STORED),
            title_words: schema.add_text_field("title_words", indexed(WORDS)),
            text_words: schema.add_text_field("text_words", indexed(WORDS)),
            title_grams: schema.add_text_field("title_grams", indexed(GRAMS)),
            text_grams: schema.add_text_field("text_grams", indexed(GRAMS)),
            title_en: schema.add_text_field("title_en", indexed(ENGLISH)),
            text_en: schema.add_text_field("text_en", indexed(ENGLISH)),
        };
        (schema.build(), fields)
    }

    fn words(self) -> Pair {
        Pair {
            title: self.title_words,
            text: self.text_words,
        }
    }

    fn grams(self) -> Pair {
        Pair {
            title: self.title_grams,
            text: self.text_grams,
        }
    }

    fn english(self) -> Pair {
        Pair {
            title: self.title_en,
            text: self.text_en,
        }
    }
}

/// Which texts a query looks in: the Chinese always (it is every page's
/// text, and people type Chinese on English pages too), the English on
/// English pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Looking {
    ChineseOnly,
    ChineseAndEnglish,
}

/// One built index and the documents in it.
pub struct BuiltIndex {
    reader: IndexReader,
    fields: Fields,
    documents: Vec<SearchDocument>,
}

/// A document a search found, best first.
#[derive(Clone, Debug, PartialEq)]
pub struct Hit {
    pub score: f32,
    pub document: SearchDocument,
}

impl BuiltIndex {
    /// Indexes `documents` (in memory, in one go).
    pub fn build(documents: Vec<SearchDocument>) -> Result<BuiltIndex, TantivyError> {
        let (schema, fields) = Fields::schema();
        let index = Index::create_in_ram(schema);
        index.tokenizers().register(WORDS, WordsTokenizer);
        index.tokenizers().register(GRAMS, GramsTokenizer);
        index.tokenizers().register(ENGLISH, english());
        let mut writer: IndexWriter<TantivyDocument> = index.writer_with_num_threads(1, WRITER_MEMORY)?;
        for (ord, document) in (0u64..).zip(&documents) {
            writer.add_document(doc!(
                fields.ord => ord,
                fields.title_words => document.title_zh.as_str(),
                fields.text_words => document.text_zh.as_str(),
                fields.title_grams => document.title_zh.as_str(),
                fields.text_grams => document.text_zh.as_str(),
                fields.title_en => document.title_en.as_str(),
                fields.text_en => document.text_en.as_str(),
            ))?;
        }
        writer.commit()?;
        writer.wait_merging_threads()?;
        let reader = index
            .reader_builder()
            .reload_policy(ReloadPolicy::Manual)
            .try_into()?;
        Ok(BuiltIndex {
            reader,
            fields,
            documents,
        })
    }

    pub fn documents(&self) -> &[SearchDocument] {
        &self.documents
    }

    /// The documents matching every part of `query`, best first; events
    /// over by `now` are left out.
    pub fn search(
        &self,
        query: &SearchQuery,
        looking: Looking,
        now: NaiveDateTime,
    ) -> Result<Vec<Hit>, TantivyError> {
        let Some(query) = self.query(query, looking) else {
            return Ok(Vec::new());
        };
        let searcher = self.reader.searcher();
        let found = searcher.search(query.as_ref(), &TopDocs::with_limit(MAX_HITS).order_by_score())?;
        let mut hits = Vec::with_capacity(found.len());
        for (score, address) in found {
            let stored: TantivyDocument = searcher.doc(address)?;
            let document = stored
                .get_first(self.fields.ord)
                .and_then(|value| value.as_u64())
                .and_then(|ord| usize::try_from(ord).ok())
                .and_then(|ord| self.documents.get(ord));
            if let Some(document) = document.filter(|d| d.until.is_none_or(|until| until >= now)) {
                hits.push(Hit {
                    score,
                    document: document.clone(),
                });
            }
        }
        Ok(hits)
    }

    /// Every part must match, each in any of the ways it can; `None` when
    /// the query has nothing to look for.
    fn query(&self, query: &SearchQuery, looking: Looking) -> Option<Box<dyn Query>> {
        let parts: Vec<Box<dyn Query>> = query
            .parts
            .iter()
            .filter_map(|part| self.part_query(part, looking))
            .collect();
        (!parts.is_empty()).then(|| all(parts))
    }

    fn part_query(&self, part: &QueryPart, looking: Looking) -> Option<Box<dyn Query>> {
        let fields = self.fields;
        let mut ways: Vec<Box<dyn Query>> = Vec::new();
        if !part.words.is_empty() {
            let words = part.words.iter().map(|w| term_in(fields.words(), w)).collect();
            ways.push(boosted(all(words), WORD_BOOST));
        }
        if !part.chinese.is_empty() {
            let mut every: Vec<Box<dyn Query>> = part
                .chinese
                .iter()
                .map(|run| run_in(fields.grams(), run))
                .collect();
            every.extend(part.others.iter().map(|w| term_in(fields.words(), w)));
            ways.push(all(every));
        }
        if looking == Looking::ChineseAndEnglish && !part.stems.is_empty() {
            let stems = part.stems.iter().map(|s| term_in(fields.english(), s)).collect();
            ways.push(boosted(all(stems), ENGLISH_BOOST));
        }
        (!ways.is_empty()).then(|| any(ways))
    }
}

/// `word` as one term, in the title (counting more) or the text.
fn term_in(pair: Pair, word: &str) -> Box<dyn Query> {
    let term = |field| -> Box<dyn Query> {
        Box::new(TermQuery::new(
            Term::from_field_text(field, word),
            IndexRecordOption::WithFreqs,
        ))
    };
    any(vec![boosted(term(pair.title), TITLE_BOOST), term(pair.text)])
}

/// A run of Chinese characters anywhere: its pairs at consecutive positions.
fn run_in(pair: Pair, run: &str) -> Box<dyn Query> {
    let grams = run_grams(run);
    let phrase = |field| -> Box<dyn Query> {
        let terms: Vec<Term> = grams.iter().map(|g| Term::from_field_text(field, g)).collect();
        if terms.len() < 2 {
            let term = terms
                .into_iter()
                .next()
                .unwrap_or_else(|| Term::from_field_text(field, run));
            Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))
        } else {
            Box::new(PhraseQuery::new(terms))
        }
    };
    any(vec![boosted(phrase(pair.title), TITLE_BOOST), phrase(pair.text)])
}

fn all(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Must, q)).collect(),
    ))
}

fn any(queries: Vec<Box<dyn Query>>) -> Box<dyn Query> {
    Box::new(BooleanQuery::new(
        queries.into_iter().map(|q| (Occur::Should, q)).collect(),
    ))
}

fn boosted(query: Box<dyn Query>, boost: f32) -> Box<dyn Query> {
    Box::new(BoostQuery::new(query, boost))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::documents::{entitlement_documents, ResultKind};
    use crate::search::query::{read_query, Asked, MAX_QUERY_CHARS};

    fn now() -> NaiveDateTime {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 1)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .unwrap_or_default()
    }

    fn catalogue() -> BuiltIndex {
        BuiltIndex::build(entitlement_documents()).expect("the catalogue is indexed")
    }

    fn find(index: &BuiltIndex, raw: &str, looking: Looking) -> Vec<String> {
        match read_query(raw) {
            Asked::Query(query) => index
                .search(&query, looking, now())
                .expect("the search runs")
                .into_iter()
                .map(|hit| hit.document.title_zh)
                .collect(),
            _ => Vec::new(),
        }
    }

    #[test]
    fn a_chinese_word_finds_the_longer_word_it_is_in() {
        let index = catalogue();
        let found = find(&index, "护理补贴", Looking::ChineseOnly);
        assert_eq!(
            found.first().map(String::as_str),
            Some("重度残疾人护理补贴"),
            "{found:?}"
        );
        assert!(find(&index, "补贴", Looking::ChineseOnly).len() >= 3);
        assert!(find(&index, "残疾人", Looking::ChineseOnly).contains(&"重度残疾人护理补贴".to_string()));
    }

    #[test]
    fn two_characters_inside_a_word_are_found() {
        let index = catalogue();
        // "度残" is not a word: only the character grams find it.
        let found = find(&index, "度残", Looking::ChineseOnly);
        assert!(found.contains(&"重度残疾人护理补贴".to_string()), "{found:?}");
        assert!(
            find(&index, "度残补", Looking::ChineseOnly).is_empty(),
            "a run must be whole"
        );
    }

    #[test]
    fn english_is_found_on_english_pages_only() {
        let index = catalogue();
        let found = find(&index, "nursing subsidies", Looking::ChineseAndEnglish);
        assert_eq!(
            found.first().map(String::as_str),
            Some("重度残疾人护理补贴"),
            "{found:?}"
        );
        assert!(find(&index, "nursing", Looking::ChineseOnly).is_empty());
        assert!(!find(&index, "护理补贴", Looking::ChineseAndEnglish).is_empty());
    }

    #[test]
    fn hostile_queries_never_fail() {
        let index = catalogue();
        let long = "补".repeat(MAX_QUERY_CHARS);
        for raw in [
            r#"" AND OR ( ) : * ~ ^"#,
            "title:x AND (",
            "\u{0}",
            "😀 补贴 👨‍👩‍👧",
            "\u{202E}补贴\u{200F}",
            "a-b_c'd\"e",
            long.as_str(),
        ] {
            if let Asked::Query(query) = read_query(raw) {
                for looking in [Looking::ChineseOnly, Looking::ChineseAndEnglish] {
                    assert!(index.search(&query, looking, now()).is_ok(), "{raw:?}");
                }
            }
        }
    }

    #[test]
    fn events_that_are_over_are_not_found() {
        let fair = |until| SearchDocument {
            kind: ResultKind::JobFair,
            path: "/jobs/fairs/1".into(),
            title_zh: "春风招聘会".into(),
            title_en: String::new(),
            text_zh: String::new(),
            text_en: String::new(),
            until: Some(until),
        };
        let index = BuiltIndex::build(vec![fair(now() - chrono::Duration::hours(1))]).expect("indexed");
        assert!(find(&index, "招聘会", Looking::ChineseOnly).is_empty());
        let index = BuiltIndex::build(vec![fair(now())]).expect("indexed");
        assert_eq!(find(&index, "招聘会", Looking::ChineseOnly).len(), 1);
    }
}
