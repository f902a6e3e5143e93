//! CSV downloads for staff: UTF-8 with a byte-order mark (so Excel and WPS
//! read Chinese correctly), headers in the reader's language, every cell
//! defused so that text typed by anyone cannot run as a formula.

use super::error::PageError;
use crate::i18n::{tr, Lang};
use axum::body::Body;
use axum::response::Response;
use http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, CONTENT_TYPE};
use http::HeaderValue;

pub struct CsvFile {
    writer: csv::Writer<Vec<u8>>,
}

impl CsvFile {
    /// A file whose first row is the translated `headers` (Fluent ids).
    pub fn new(lang: Lang, headers: &[&str]) -> Result<Self, PageError> {
        let mut file = CsvFile {
            writer: csv::Writer::from_writer(Vec::from("\u{feff}".as_bytes())),
        };
        file.row(headers.iter().map(|id| tr(lang, id)))?;
        Ok(file)
    }

    pub fn row<S: AsRef<str>>(&mut self, cells: impl IntoIterator<Item = S>) -> Result<(), PageError> {
        self.writer
            .write_record(cells.into_iter().map(|c| cell(c.as_ref())))
            .map_err(PageError::failed)
    }

    /// The download, which no cache keeps.
    pub fn into_response(self, file_name: &str) -> Result<Response, PageError> {
        let bytes = self
            .writer
            .into_inner()
            .map_err(|e| PageError::failed(e.into_error()))?;
        let mut response = Response::new(Body::from(bytes));
        let headers = response.headers_mut();
        headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
        headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
        if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
            headers.insert(CONTENT_DISPOSITION, value);
        }
        Ok(response)
    }
}

/// A cell as spreadsheets should read it: text that starts like a formula
/// (`=`, `+`, `-`, `@`) gets a leading apostrophe.
fn cell(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1+1"), "'-1+1");
        assert_eq!(cell("王芳"), "王芳");
        assert_eq!(cell("2026-12-01"), "2026-12-01");
    }
}
