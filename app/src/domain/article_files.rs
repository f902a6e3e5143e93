//! Files that go with a published item: a sign-language video with its
//! captions (WebVTT) and transcript, and attachments (PDF, Word,
//! spreadsheets). What each kind may be, checked by the file's first bytes
//! (never by what the browser says); how a size is written in a link; the
//! byte range a video player asks for; and the other formats a resident
//! may request.

/// The largest sign-language video: a few minutes of 720p.
pub const MAX_VIDEO_BYTES: u64 = 200 * 1024 * 1024;
/// The largest captions file (an hour of captions is about 100 KB).
pub const MAX_CAPTIONS_BYTES: u64 = 1024 * 1024;
/// The largest attachment.
pub const MAX_ATTACHMENT_BYTES: u64 = 20 * 1024 * 1024;

/// What a file is to its item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FileRole {
    Video,
    CaptionsZh,
    CaptionsEn,
    Attachment,
}

impl FileRole {
    pub const ALL: [FileRole; 4] = [
        FileRole::Video,
        FileRole::CaptionsZh,
        FileRole::CaptionsEn,
        FileRole::Attachment,
    ];

    pub fn key(self) -> &'static str {
        match self {
            FileRole::Video => "video",
            FileRole::CaptionsZh => "captions_zh",
            FileRole::CaptionsEn => "captions_en",
            FileRole::Attachment => "attachment",
        }
    }

    pub fn parse(text: &str) -> Option<FileRole> {
        FileRole::ALL.into_iter().find(|r| r.key() == text)
    }

    /// The largest file of this role.
    pub fn max_bytes(self) -> u64 {
        match self {
            FileRole::Video => MAX_VIDEO_BYTES,
            FileRole::CaptionsZh | FileRole::CaptionsEn => MAX_CAPTIONS_BYTES,
            FileRole::Attachment => MAX_ATTACHMENT_BYTES,
        }
    }

    /// Shown in the browser (a player reads it) rather than saved.
    pub fn is_inline(self) -> bool {
        self != FileRole::Attachment
    }
}

/// A kind of file the portal keeps for an item, known by its content.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaType {
    Mp4,
    WebM,
    WebVtt,
    Pdf,
    Docx,
    Xlsx,
    Doc,
    Xls,
    Odt,
    Ods,
}

impl MediaType {
    pub const ALL: [MediaType; 10] = [
        MediaType::Mp4,
        MediaType::WebM,
        MediaType::WebVtt,
        MediaType::Pdf,
        MediaType::Docx,
        MediaType::Xlsx,
        MediaType::Doc,
        MediaType::Xls,
        MediaType::Odt,
        MediaType::Ods,
    ];

    pub fn content_type(self) -> &'static str {
        match self {
            MediaType::Mp4 => "video/mp4",
            MediaType::WebM => "video/webm",
            MediaType::WebVtt => "text/vtt; charset=utf-8",
            MediaType::Pdf => "application/pdf",
            MediaType::Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            MediaType::Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            MediaType::Doc => "application/msword",
            MediaType::Xls => "application/vnd.ms-excel",
            MediaType::Odt => "application/vnd.oasis.opendocument.text",
            MediaType::Ods => "application/vnd.oasis.opendocument.spreadsheet",
        }
    }

    pub fn from_content_type(text: &str) -> Option<MediaType> {
        MediaType::ALL.into_iter().find(|m| m.content_type() == text)
    }

    /// Names its message `article-files-type-{key}` ("PDF", "Word").
    pub fn key(self) -> &'static str {
        match self {
            MediaType::Mp4 => "mp4",
            MediaType::WebM => "webm",
            MediaType::WebVtt => "vtt",
            MediaType::Pdf => "pdf",
            MediaType::Docx | MediaType::Doc => "word",
            MediaType::Xlsx | MediaType::Xls => "excel",
            MediaType::Odt => "odt",
            MediaType::Ods => "ods",
        }
    }
}

/// How many first bytes the checks below need.
pub const SNIFF_BYTES: usize = 12;

/// A video by its first bytes: MP4 has `ftyp` at offset 4, WebM starts
/// with the EBML header `1A 45 DF A3`.
pub fn sniff_video(head: &[u8]) -> Option<MediaType> {
    if head.get(4..8) == Some(b"ftyp") {
        Some(MediaType::Mp4)
    } else if head.starts_with(&[0x1A, 0x45, 0xDF, 0xA3]) {
        Some(MediaType::WebM)
    } else {
        None
    }
}

/// The extension of a file name, in lower case ("" when none).
fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, ext)| ext.to_ascii_lowercase())
        .unwrap_or_default()
}

/// An attachment by its first bytes and, where the bytes are a container
/// (a zip for DOCX/XLSX/ODT/ODS, OLE for DOC/XLS), by its extension.
pub fn sniff_attachment(head: &[u8], name: &str) -> Option<MediaType> {
    const ZIP: &[u8] = b"PK\x03\x04";
    const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0];
    if head.starts_with(b"%PDF") {
        return Some(MediaType::Pdf);
    }
    let ext = extension(name);
    if head.starts_with(ZIP) {
        return match ext.as_str() {
            "docx" => Some(MediaType::Docx),
            "xlsx" => Some(MediaType::Xlsx),
            "odt" => Some(MediaType::Odt),
            "ods" => Some(MediaType::Ods),
            _ => None,
        };
    }
    if head.starts_with(OLE) {
        return match ext.as_str() {
            "doc" => Some(MediaType::Doc),
            "xls" => Some(MediaType::Xls),
            _ => None,
        };
    }
    None
}

/// What is wrong with a captions file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptionsProblem {
    /// Not UTF-8 text.
    NotText,
    /// Text, but not starting with the `WEBVTT` line.
    NotWebVtt,
}

/// A WebVTT file: UTF-8 (a byte-order mark allowed), whose first line is
/// `WEBVTT`, alone or followed by a space or tab and a comment.
pub fn check_captions(bytes: &[u8]) -> Result<(), CaptionsProblem> {
    let text = std::str::from_utf8(bytes).map_err(|_| CaptionsProblem::NotText)?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let Some(rest) = text.strip_prefix("WEBVTT") else {
        return Err(CaptionsProblem::NotWebVtt);
    };
    match rest.chars().next() {
        None | Some(' ' | '\t' | '\n' | '\r') => Ok(()),
        Some(_) => Err(CaptionsProblem::NotWebVtt),
    }
}

/// A size as a link shows it: "812 bytes", "245 KB", "3.4 MB" (KB and MB
/// of 1,024; one decimal below 10 MB, whole numbers above).
pub fn size_text(bytes: u64) -> String {
    const KB: u64 = 1024;
    const MB: u64 = 1024 * 1024;
    if bytes < KB {
        format!("{bytes} bytes")
    } else if bytes < MB {
        format!("{} KB", bytes.div_ceil(KB))
    } else if bytes < 10 * MB {
        let tenths = (bytes * 10).div_ceil(MB);
        format!("{}.{} MB", tenths / 10, tenths % 10)
    } else {
        format!("{} MB", bytes.div_ceil(MB))
    }
}

/// What part of a file a request asks for with `Range`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RangeAsked {
    /// No range, or one the portal answers with the whole file (several ranges).
    Whole,
    /// Bytes `start..=end`.
    Part { start: u64, end: u64 },
    /// A range outside the file: 416.
    Unsatisfiable,
}

/// Reads a `Range` header for a file of `len` bytes: a single
/// `bytes=start-end`, `bytes=start-` or `bytes=-suffix`.
pub fn range_asked(header: Option<&str>, len: u64) -> RangeAsked {
    let Some(spec) = header.and_then(|h| h.trim().strip_prefix("bytes=")) else {
        return RangeAsked::Whole;
    };
    if spec.contains(',') {
        return RangeAsked::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return RangeAsked::Whole;
    };
    let number = |text: &str| text.trim().parse::<u64>().ok();
    let (start, end) = match (first.trim().is_empty(), last.trim().is_empty()) {
        // The last `suffix` bytes.
        (true, false) => match number(last) {
            Some(0) | None => return RangeAsked::Unsatisfiable,
            Some(suffix) => (len.saturating_sub(suffix), len.saturating_sub(1)),
        },
        (false, true) => match number(first) {
            Some(start) => (start, len.saturating_sub(1)),
            None => return RangeAsked::Whole,
        },
        (false, false) => match (number(first), number(last)) {
            (Some(start), Some(end)) if start <= end => (start, end.min(len.saturating_sub(1))),
            (Some(_), Some(_)) => return RangeAsked::Unsatisfiable,
            _ => return RangeAsked::Whole,
        },
        (true, true) => return RangeAsked::Whole,
    };
    if len == 0 || start >= len {
        return RangeAsked::Unsatisfiable;
    }
    RangeAsked::Part { start, end }
}

/// Another format a resident may ask for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OtherFormat {
    LargePrint,
    Braille,
    EasyRead,
    Audio,
}

impl OtherFormat {
    pub const ALL: [OtherFormat; 4] = [
        OtherFormat::LargePrint,
        OtherFormat::Braille,
        OtherFormat::EasyRead,
        OtherFormat::Audio,
    ];

    pub fn key(self) -> &'static str {
        match self {
            OtherFormat::LargePrint => "large_print",
            OtherFormat::Braille => "braille",
            OtherFormat::EasyRead => "easy_read",
            OtherFormat::Audio => "audio",
        }
    }

    pub fn parse(text: &str) -> Option<OtherFormat> {
        OtherFormat::ALL.into_iter().find(|f| f.key() == text)
    }

    /// Its message: `article-files-format-{dashed key}`.
    pub fn message_id(self) -> String {
        format!("article-files-format-{}", self.key().replace('_', "-"))
    }
}

/// How to reach the person who asked: an email address (they also get a
/// confirmation) or a phone number.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Contact {
    Email(String),
    Phone(String),
}

/// A phone number as people type it: digits with spaces, hyphens,
/// brackets or a leading `+`; 7 to 20 digits. Returns it tidied (single spaces).
pub fn phone_number(text: &str) -> Option<String> {
    let text = text.trim();
    let allowed = |c: char| c.is_ascii_digit() || matches!(c, ' ' | '-' | '(' | ')' | '+');
    let digits = text.chars().filter(char::is_ascii_digit).count();
    let plus_first = text.chars().skip(1).all(|c| c != '+');
    (text.chars().all(allowed) && plus_first && (7..=20).contains(&digits))
        .then(|| text.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn videos_are_known_by_their_first_bytes() {
        let mp4 = b"\x00\x00\x00\x18ftypmp42\x00\x00";
        assert_eq!(sniff_video(mp4), Some(MediaType::Mp4));
        assert_eq!(
            sniff_video(&[0x1A, 0x45, 0xDF, 0xA3, 1, 2]),
            Some(MediaType::WebM)
        );
        assert_eq!(sniff_video(b"%PDF-1.7 and more"), None);
        assert_eq!(sniff_video(b"ftyp"), None, "ftyp must be at offset 4");
        assert_eq!(sniff_video(b""), None);
    }

    #[test]
    fn attachments_are_known_by_bytes_and_container_extension() {
        assert_eq!(sniff_attachment(b"%PDF-1.4", "x.bin"), Some(MediaType::Pdf));
        let zip = b"PK\x03\x04rest";
        assert_eq!(sniff_attachment(zip, "表.DOCX"), Some(MediaType::Docx));
        assert_eq!(sniff_attachment(zip, "a.xlsx"), Some(MediaType::Xlsx));
        assert_eq!(sniff_attachment(zip, "a.odt"), Some(MediaType::Odt));
        assert_eq!(sniff_attachment(zip, "a.ods"), Some(MediaType::Ods));
        assert_eq!(sniff_attachment(zip, "a.zip"), None);
        assert_eq!(sniff_attachment(zip, "docx"), None);
        let ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1];
        assert_eq!(sniff_attachment(&ole, "old.doc"), Some(MediaType::Doc));
        assert_eq!(sniff_attachment(&ole, "old.xls"), Some(MediaType::Xls));
        assert_eq!(sniff_attachment(&ole, "old.msg"), None);
        assert_eq!(sniff_attachment(b"<html>", "page.pdf"), None);
        assert_eq!(sniff_attachment(b"MZ\x90\x00", "setup.docx"), None);
    }

    #[test]
    fn captions_must_be_utf8_webvtt() {
        assert_eq!(
            check_captions(b"WEBVTT\n\n00:00.000 --> 00:01.000\n\xe4\xbd\xa0\xe5\xa5\xbd\n"),
            Ok(())
        );
        assert_eq!(check_captions("\u{FEFF}WEBVTT - 手语\r\n".as_bytes()), Ok(()));
        assert_eq!(check_captions(b"WEBVTT"), Ok(()));
        assert_eq!(check_captions(b"WEBVTTX\n"), Err(CaptionsProblem::NotWebVtt));
        assert_eq!(
            check_captions(b"1\n00:00:00,000 --> 00:00:01,000\nSRT\n"),
            Err(CaptionsProblem::NotWebVtt)
        );
        assert_eq!(check_captions(b"WEBVTT\n\xff\xfe"), Err(CaptionsProblem::NotText));
    }

    #[test]
    fn sizes_read_as_people_write_them() {
        assert_eq!(size_text(0), "0 bytes");
        assert_eq!(size_text(812), "812 bytes");
        assert_eq!(size_text(1024), "1 KB");
        assert_eq!(size_text(245 * 1024 - 100), "245 KB");
        assert_eq!(size_text(1024 * 1024), "1.0 MB");
        assert_eq!(size_text(3 * 1024 * 1024 + 400 * 1024), "3.4 MB");
        assert_eq!(size_text(150 * 1024 * 1024), "150 MB");
    }

    #[test]
    fn ranges_are_read_as_players_send_them() {
        assert_eq!(range_asked(None, 100), RangeAsked::Whole);
        assert_eq!(
            range_asked(Some("bytes=0-"), 100),
            RangeAsked::Part { start: 0, end: 99 }
        );
        assert_eq!(
            range_asked(Some("bytes=10-19"), 100),
            RangeAsked::Part { start: 10, end: 19 }
        );
        assert_eq!(
            range_asked(Some("bytes=90-500"), 100),
            RangeAsked::Part { start: 90, end: 99 }
        );
        assert_eq!(
            range_asked(Some("bytes=-10"), 100),
            RangeAsked::Part { start: 90, end: 99 }
        );
        assert_eq!(range_asked(Some("bytes=100-"), 100), RangeAsked::Unsatisfiable);
        assert_eq!(range_asked(Some("bytes=20-10"), 100), RangeAsked::Unsatisfiable);
        assert_eq!(range_asked(Some("bytes=0-1,5-6"), 100), RangeAsked::Whole);
        assert_eq!(range_asked(Some("items=0-1"), 100), RangeAsked::Whole);
        assert_eq!(range_asked(Some("bytes=x-1"), 100), RangeAsked::Whole);
    }

    #[test]
    fn phone_numbers_tolerate_spaces_and_hyphens() {
        assert_eq!(phone_number(" 023-6789 1234 ").as_deref(), Some("023-6789 1234"));
        assert_eq!(
            phone_number("+86 138 0000 0000").as_deref(),
            Some("+86 138 0000 0000")
        );
        assert_eq!(phone_number("12345"), None);
        assert_eq!(phone_number("call me"), None);
        assert_eq!(phone_number("138+0000 0000"), None);
    }

    #[test]
    fn keys_round_trip() {
        for role in FileRole::ALL {
            assert_eq!(FileRole::parse(role.key()), Some(role));
        }
        for format in OtherFormat::ALL {
            assert_eq!(OtherFormat::parse(format.key()), Some(format));
        }
        for media in MediaType::ALL {
            assert_eq!(MediaType::from_content_type(media.content_type()), Some(media));
        }
    }
}
