//! The small markup editors write in a textarea: `##` and `###` headings,
//! paragraphs, bulleted and numbered lists, links, emphasis and strong
//! emphasis. It is parsed with `pulldown-cmark` and the HTML that comes out
//! is cleaned by `ammonia` with an allow-list, so whatever is typed (raw
//! HTML, `javascript:` links, images, styles) never reaches a page as
//! anything but these elements.

use ammonia::{Builder, UrlRelative};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};
use std::collections::{HashMap, HashSet};

/// The elements a published body may contain.
const TAGS: [&str; 9] = ["h2", "h3", "p", "ul", "ol", "li", "a", "em", "strong"];
/// Link schemes; relative links (`/entitlements`) are kept as they are.
const SCHEMES: [&str; 3] = ["http", "https", "mailto"];

/// The page owns the `h1`: `#` and `##` become `h2` (or `top`, when the
/// text sits under a heading of its own), anything deeper `h3`.
fn clamp(level: HeadingLevel, top: HeadingLevel) -> HeadingLevel {
    match level {
        HeadingLevel::H1 | HeadingLevel::H2 => top,
        _ => HeadingLevel::H3,
    }
}

/// The parser's events with raw HTML turned into text (shown as typed, not
/// obeyed), images dropped for their description, link titles dropped, and
/// headings clamped.
fn safe_events(source: &str, top: HeadingLevel) -> impl Iterator<Item = Event<'_>> {
    Parser::new(source).filter_map(move |event| match event {
        Event::Html(html) | Event::InlineHtml(html) => Some(Event::Text(html)),
        Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => None,
        // A link's title is read by few screen readers and shown only on hover.
        Event::Start(Tag::Link {
            link_type,
            dest_url,
            id,
            ..
        }) => Some(Event::Start(Tag::Link {
            link_type,
            dest_url,
            title: "".into(),
            id,
        })),
        Event::Start(Tag::Heading {
            level,
            id,
            classes,
            attrs,
        }) => Some(Event::Start(Tag::Heading {
            level: clamp(level, top),
            id,
            classes,
            attrs,
        })),
        Event::End(TagEnd::Heading(level)) => Some(Event::End(TagEnd::Heading(clamp(level, top)))),
        other => Some(other),
    })
}

fn sanitiser() -> Builder<'static> {
    let mut builder = Builder::empty();
    builder
        .tags(HashSet::from(TAGS))
        .generic_attributes(HashSet::new())
        .tag_attributes(HashMap::from([("a", HashSet::from(["href"]))]))
        .url_schemes(HashSet::from(SCHEMES))
        .url_relative(UrlRelative::PassThrough)
        .link_rel(Some("noopener"));
    builder
}

/// The body as HTML safe to put in a page.
pub fn to_html(source: &str) -> String {
    html_with_top(source, HeadingLevel::H2)
}

/// Text under an `h2` of the page's own (a policy explainer's "What
/// changed", say) as HTML safe to put in a page: its headings are all `h3`,
/// so the outline stays in order.
pub fn to_html_under_heading(source: &str) -> String {
    html_with_top(source, HeadingLevel::H3)
}

fn html_with_top(source: &str, top: HeadingLevel) -> String {
    let mut html = String::new();
    pulldown_cmark::html::push_html(&mut html, safe_events(source, top));
    sanitiser().clean(&html).to_string()
}

/// The words of the body without markup, for search and feeds: blocks
/// separated by a line break, runs of space collapsed.
pub fn plain_text(source: &str) -> String {
    let mut text = String::new();
    for event in safe_events(source, HeadingLevel::H2) {
        match event {
            Event::Text(words) | Event::Code(words) => text.push_str(&words),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push('\n'),
            _ => {}
        }
    }
    text.lines()
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tags of `html`: text is escaped, so every `<` opens a real tag.
    fn tags(html: &str) -> Vec<String> {
        html.split('<')
            .skip(1)
            .map(|rest| rest.split('>').next().unwrap_or_default().to_lowercase())
            .collect()
    }

    /// No element outside the allow-list, and no attribute that runs,
    /// styles or loads anything.
    fn assert_harmless(html: &str) {
        for tag in tags(html) {
            let name = tag
                .trim_start_matches('/')
                .split([' ', '/'])
                .next()
                .unwrap_or_default()
                .to_string();
            assert!(TAGS.contains(&name.as_str()), "<{tag}> in {html}");
            for bad in [" on", "style=", "javascript:", "data:", "vbscript:", "src="] {
                assert!(!tag.contains(bad), "{bad:?} in <{tag}> of {html}");
            }
        }
    }

    #[test]
    fn the_markup_becomes_the_allowed_elements() {
        let html = to_html(
            "## 谁可以申请\n\n有**残疾证**的*居民*。\n\n### 怎么办\n\n- 第一步\n- 第二步\n\n1. 带证件\n2. 去街道\n\n[补贴](/entitlements) [网站](https://example.org) [信箱](mailto:a@example.org)",
        );
        assert!(html.contains("<h2>谁可以申请</h2>"), "{html}");
        assert!(html.contains("<h3>怎么办</h3>"), "{html}");
        assert!(html.contains("<strong>残疾证</strong>"), "{html}");
        assert!(html.contains("<em>居民</em>"), "{html}");
        assert!(html.contains("<ul>\n<li>第一步</li>"), "{html}");
        assert!(html.contains("<ol>\n<li>带证件</li>"), "{html}");
        assert!(
            html.contains(r#"<a href="/entitlements" rel="noopener">补贴</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="https://example.org" rel="noopener">网站</a>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<a href="mailto:a@example.org" rel="noopener">信箱</a>"#),
            "{html}"
        );
    }

    #[test]
    fn the_page_keeps_its_only_h1() {
        let html = to_html("# 标题\n\n#### 小标题");
        assert!(html.contains("<h2>标题</h2>"), "{html}");
        assert!(html.contains("<h3>小标题</h3>"), "{html}");
        assert!(!html.contains("<h1") && !html.contains("<h4"), "{html}");
    }

    #[test]
    fn text_under_a_heading_has_h3_headings_only() {
        let html = to_html_under_heading("# 标题\n\n## 二级\n\n#### 小标题\n\n<script>x</script>");
        assert_harmless(&html);
        assert!(
            html.contains("<h3>标题</h3>") && html.contains("<h3>二级</h3>"),
            "{html}"
        );
        assert!(!html.contains("<h2") && !html.contains("<h4"), "{html}");
    }

    #[test]
    fn raw_html_is_shown_as_text_never_obeyed() {
        for hostile in [
            "<script>alert(1)</script>",
            "text <script>alert(1)</script> more",
            "<img src=x onerror=alert(1)>",
            "<p onclick=\"alert(1)\">hi</p>",
            "<a href=\"javascript:alert(1)\">x</a>",
            "<iframe src=\"https://evil.example\"></iframe>",
            "<div style=\"position:fixed\">cover</div>",
            "<style>body{display:none}</style>",
            "<svg onload=alert(1)>",
            "<object data=\"data:text/html,x\"></object>",
            "<details open ontoggle=alert(1)>",
        ] {
            let html = to_html(hostile);
            assert_harmless(&html);
        }
        assert!(to_html("<b>bold</b>").contains("&lt;b&gt;bold&lt;/b&gt;"));
    }

    #[test]
    fn links_with_dangerous_schemes_lose_their_address() {
        for hostile in [
            "[x](javascript:alert(1))",
            "[x](JaVaScRiPt:alert(1))",
            "[x](jav&#x61;script:alert(1))",
            "[x](&#106;avascript:alert(1))",
            "[x](java\tscript:alert(1))",
            "[x](vbscript:msgbox(1))",
            "[x](data:text/html;base64,PHNjcmlwdD4=)",
            "<javascript:alert(1)>",
            "[x]: javascript:alert(1)\n\n[x]",
            "[x](  javascript:alert(1) \"t\")",
        ] {
            let html = to_html(hostile);
            assert_harmless(&html);
        }
    }

    #[test]
    fn images_and_titles_are_dropped() {
        let html =
            to_html("![a picture](https://evil.example/x.png \"t\") [x](https://example.org \"title\")");
        assert_harmless(&html);
        assert!(html.contains("a picture"), "{html}");
        assert!(!html.contains("title="), "{html}");
    }

    #[test]
    fn code_and_quotes_keep_their_words_only() {
        let html = to_html("> quoted\n\n```\n<script>x</script>\n```\n\n`code`");
        assert_harmless(&html);
        assert!(html.contains("quoted") && html.contains("code"), "{html}");
    }

    #[test]
    fn plain_text_has_the_words_only() {
        let text = plain_text(
            "## 护理补贴\n\n有**残疾证**的[居民](/x)。\n\n- 一\n- 二\n\n<script>alert(1)</script>",
        );
        assert_eq!(
            text,
            "护理补贴\n有残疾证的居民。\n一\n二\n<script>alert(1)</script>"
        );
    }
}
