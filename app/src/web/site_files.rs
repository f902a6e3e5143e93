//! Files from the site folder (style sheet, scripts, WebAssembly, icons).
//! The style sheet, which every page loads, is linked with a digest of its
//! content in the address, so browsers keep it for a year and fetch it
//! again exactly when it changes; other files are asked for again each time
//! and answered `304 Not Modified` while unchanged. Compressed copies
//! (`.gz`, made by `make build` and `make run`) are served to browsers that
//! take them.

use axum::extract::Request;
use axum::middleware::Next;
use axum::response::Response;
use http::header::CACHE_CONTROL;
use http::HeaderValue;
use std::path::Path;

/// The site's style sheet, under the site folder.
pub const STYLE_SHEET: &str = "pkg/portal.css";

const FOR_A_YEAR: HeaderValue = HeaderValue::from_static("public, max-age=31536000, immutable");
const ASK_EACH_TIME: HeaderValue = HeaderValue::from_static("public, no-cache");

/// The address of `file` (under `site_root`) with a digest of its content,
/// or its plain address when it cannot be read (it is then never kept long).
pub fn versioned_address(site_root: &str, file: &str) -> String {
    match std::fs::read(Path::new(site_root).join(file)) {
        Ok(bytes) => {
            let digest = ring::digest::digest(&ring::digest::SHA256, &bytes);
            let hex: String = digest.as_ref()[..8].iter().map(|b| format!("{b:02x}")).collect();
            format!("/{file}?v={hex}")
        }
        Err(_) => format!("/{file}"),
    }
}

/// How long a browser may keep a file: a year when its address names its
/// version, otherwise it asks again each time.
pub async fn caching(request: Request, next: Next) -> Response {
    let versioned = request
        .uri()
        .query()
        .is_some_and(|q| q.split('&').any(|pair| pair.starts_with("v=")));
    let mut response = next.run(request).await;
    if response.status().is_success() {
        let caching = if versioned { FOR_A_YEAR } else { ASK_EACH_TIME };
        response.headers_mut().insert(CACHE_CONTROL, caching);
    }
    response
}
