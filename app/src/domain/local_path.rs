//! Which addresses from a request (`?next=`, a form's `next`) are pages of
//! this site, and so safe to send someone to. Browsers drop tabs and line
//! breaks inside a URL and read a backslash as a slash, so `/\t/evil.example`
//! or `/\evil.example` would leave the site; a proxy or a second decoding
//! may turn `%2F%2F` or `%5C` into the same. Compiles for WASM too: pages
//! use it to carry `next` along.

/// How many layers of percent-encoding are looked through. Real paths have
/// at most one; more than this is refused rather than followed.
const MAX_DECODINGS: usize = 4;

/// True only for a path on this site: one leading `/`, and no control
/// character or backslash, as sent or once percent-decoded (any number of times).
pub fn is_local_path(candidate: &str) -> bool {
    let mut current = candidate.as_bytes().to_vec();
    for _ in 0..MAX_DECODINGS {
        if !is_plain_local(&current) {
            return false;
        }
        let decoded = percent_decoded(&current);
        if decoded == current {
            return true;
        }
        current = decoded;
    }
    false
}

/// Starts with exactly one `/`; no byte below 0x20, no DEL, no backslash.
fn is_plain_local(path: &[u8]) -> bool {
    path.first() == Some(&b'/')
        && path.get(1) != Some(&b'/')
        && !path.iter().any(|&b| b < 0x20 || b == 0x7f || b == b'\\')
}

/// `%XX` replaced by its byte; a `%` without two hex digits stays as it is.
fn percent_decoded(path: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(path.len());
    let mut rest = path;
    while let Some((&byte, tail)) = rest.split_first() {
        match (byte, tail.get(..2).and_then(hex_byte)) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                rest = tail.get(2..).unwrap_or_default();
            }
            _ => {
                out.push(byte);
                rest = tail;
            }
        }
    }
    out
}

fn hex_byte(pair: &[u8]) -> Option<u8> {
    if !pair.iter().all(u8::is_ascii_hexdigit) {
        return None;
    }
    u8::from_str_radix(std::str::from_utf8(pair).ok()?, 16).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_on_this_site_are_kept() {
        for path in [
            "/",
            "/settings?saved=1",
            "/apply/e04",
            "/staff/applications/7#notes",
            "/search?q=%E6%B1%9F%E5%8C%97",
            "/a%2F%2Fb",
            "/100%",
            "/%zz",
        ] {
            assert!(is_local_path(path), "{path}");
        }
    }

    #[test]
    fn anything_that_could_leave_the_site_is_refused() {
        for path in [
            "",
            "evil.example",
            "https://evil.example",
            "//evil.example",
            "/\\evil.example",
            "\\\\evil.example",
            "/\t/evil.example",
            "/\u{b}/evil.example",
            "/\r\n/evil.example",
            "/\n/evil.example",
            "/\0/evil.example",
            "/\u{1f}/evil.example",
            "/\u{7f}/evil.example",
            "/%09/evil.example",
            "/%0B/evil.example",
            "/%0d%0a/evil.example",
            "/%00",
            "/%7F",
            "/%5Cevil.example",
            "/%5cevil.example",
            "%2F%2Fevil.example",
            "/%2F/evil.example",
            "/%252F/evil.example",
            "/%25252F/evil.example",
            "/%2525255C",
            "/%2525252525252F",
        ] {
            assert!(!is_local_path(path), "{path:?}");
        }
    }

    #[test]
    fn decoding_keeps_other_bytes_and_stray_percent_signs() {
        assert_eq!(percent_decoded(b"/a%20b%"), b"/a b%".to_vec());
        assert_eq!(percent_decoded(b"%4"), b"%4".to_vec());
        assert_eq!(percent_decoded(b"%+1"), b"%+1".to_vec());
        assert_eq!(percent_decoded(b"%E6%B1"), vec![0xE6, 0xB1]);
    }
}
