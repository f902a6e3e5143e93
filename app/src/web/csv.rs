//! CSV downloads for staff: UTF-8 with a byte-order mark (so Excel and WPS
//! read Chinese correctly), headers in the reader's language, every cell
//! defused so that text typed by anyone cannot run as a formula. A large
//! download is sent as it is written ([`CsvFile::take_written`] after each
//! batch of rows, [`streamed`] for the response), so memory stays flat
//! however many rows it has.

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

    /// What was written since the last call: the next piece of a streamed
    /// download. The pieces joined are the bytes one whole file would have.
    pub fn take_written(&mut self) -> Result<Vec<u8>, PageError> {
        let writer = std::mem::replace(&mut self.writer, csv::Writer::from_writer(Vec::new()));
        writer.into_inner().map_err(|e| PageError::failed(e.into_error()))
    }

    /// The download, which no cache keeps.
    pub fn into_response(mut self, file_name: &str) -> Result<Response, PageError> {
        let bytes = self.take_written()?;
        Ok(download(Body::from(bytes), file_name))
    }
}

/// A download whose body is written as `pieces` come (see [`CsvFile::take_written`]).
pub fn streamed<S>(pieces: S, file_name: &str) -> Response
where
    S: futures_util::TryStream<Ok = Vec<u8>, Error = PageError> + Send + 'static,
{
    download(Body::from_stream(pieces), file_name)
}

/// The headers of a CSV download, which no cache keeps.
fn download(body: Body, file_name: &str) -> Response {
    let mut response = Response::new(body);
    let headers = response.headers_mut();
    headers.insert(CONTENT_TYPE, HeaderValue::from_static("text/csv; charset=utf-8"));
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    if let Ok(value) = HeaderValue::from_str(&format!("attachment; filename=\"{file_name}\"")) {
        headers.insert(CONTENT_DISPOSITION, value);
    }
    response
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
    use super::{cell, CsvFile};
    use crate::i18n::Lang;

    #[test]
    fn pieces_join_to_the_whole_file() {
        let rows = [["王芳", "=1+1", "a,b"], ["x\"y", "", "-3"]];
        let headers = ["staff-csv-street", "staff-csv-community", "staff-csv-days"];
        let mut whole = CsvFile::new(Lang::En, &headers).unwrap();
        let mut pieces = CsvFile::new(Lang::En, &headers).unwrap();
        let mut joined = pieces.take_written().unwrap();
        for row in rows {
            whole.row(row).unwrap();
            pieces.row(row).unwrap();
            joined.extend(pieces.take_written().unwrap());
        }
        let whole = whole.take_written().unwrap();
        assert!(whole.starts_with("\u{feff}".as_bytes()));
        assert_eq!(
            String::from_utf8(joined).unwrap(),
            String::from_utf8(whole).unwrap()
        );
    }

    #[test]
    fn formulas_are_defused() {
        assert_eq!(cell("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(cell("-1+1"), "'-1+1");
        assert_eq!(cell("王芳"), "王芳");
        assert_eq!(cell("2026-12-01"), "2026-12-01");
    }
}
