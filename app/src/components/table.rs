//! A data table with its caption and column headers, or one sentence when
//! there is nothing to show.

use leptos::prelude::*;

/// Rows are drawn by the caller (`<tr>`, with `<th scope="row">` for the
/// cell that names the row). The caption names the table for screen
/// readers; `caption_hidden` keeps it off screen where a heading above
/// already says it. With no rows, `empty` is shown instead of an empty table.
///
/// A narrow screen stacks each row's cells (`table--stacked` in the
/// stylesheet) and hides the header row, so every cell carries its column's
/// name in `data-label`, shown before the value (WCAG 1.4.10). The label is
/// the same localised header text; it is shown as decoration only, because
/// the table keeps its table semantics and screen readers announce the
/// header themselves.
#[component]
pub fn Table(
    #[prop(into)] caption: String,
    #[prop(optional)] caption_hidden: bool,
    headers: Vec<String>,
    rows: Vec<AnyView>,
    #[prop(into)] empty: String,
) -> impl IntoView {
    if rows.is_empty() {
        return view! { <p class="table-empty">{empty}</p> }.into_any();
    }
    let caption_class = if caption_hidden {
        "visually-hidden"
    } else {
        "table__caption"
    };
    let body = labelled_rows(rows, &headers);
    view! {
        <div class="table-wrap">
            <table class="table table--stacked">
                <caption class=caption_class>{caption}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody inner_html=body></tbody>
            </table>
        </div>
    }
    .into_any()
}

/// The rows' markup with each cell labelled by its column. Tables are only
/// ever drawn on the server (no island holds one), where a view renders to
/// its HTML.
fn labelled_rows(rows: Vec<AnyView>, headers: &[String]) -> String {
    let html: String = rows.into_iter().map(|row| row.to_html()).collect();
    label_cells(&html, headers)
}

/// Adds `data-label="<column's header>"` to every cell tag. The rows are our
/// own views, whose text is escaped, so each `<td` or `<th` opens a cell and
/// each `<tr` starts the count again; a cell past the last header stays
/// unlabelled.
fn label_cells(html: &str, headers: &[String]) -> String {
    let mut out = String::with_capacity(html.len() + html.len() / 2);
    let mut column = 0;
    let mut rest = html;
    while let Some(at) = rest.find('<') {
        out.push_str(&rest[..at]);
        rest = &rest[at..];
        if opens(rest, "tr") {
            column = 0;
        } else if opens(rest, "td") || opens(rest, "th") {
            out.push_str(&rest[..3]);
            rest = &rest[3..];
            if let Some(label) = headers.get(column) {
                out.push_str(&format!(r#" data-label="{}""#, escape_attribute(label)));
            }
            column += 1;
            continue;
        }
        out.push('<');
        rest = &rest[1..];
    }
    out.push_str(rest);
    out
}

/// Whether `markup` starts with the opening tag `<name` (not `<thead`).
fn opens(markup: &str, name: &str) -> bool {
    markup
        .strip_prefix('<')
        .and_then(|m| m.strip_prefix(name))
        .is_some_and(|after| after.starts_with([' ', '>']))
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn a_table_has_its_caption_and_column_headers() {
        let rows = vec![view! { <tr><th scope="row">"A"</th><td>"1"</td></tr> }.into_any()];
        let html = markup(view! {
            <Table caption="Sessions" headers=vec!["Name".into(), "Places".into()] rows empty="None"/>
        });
        assert!(
            html.contains(
                r#"<table class="table table--stacked"><caption class="table__caption">Sessions</caption>"#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#"<th scope="col">Name</th><th scope="col">Places</th>"#),
            "{html}"
        );
        assert!(
            html.contains(
                r#"<tbody><tr><th data-label="Name" scope="row">A</th><td data-label="Places">1</td></tr></tbody>"#
            ),
            "{html}"
        );
        assert!(!html.contains("None"));
    }

    #[test]
    fn no_rows_is_a_sentence_not_an_empty_table() {
        let html = markup(view! {
            <Table caption="Sessions" caption_hidden=true headers=vec!["Name".into()] rows=Vec::new() empty="No sessions yet"/>
        });
        assert_eq!(html, r#"<p class="table-empty">No sessions yet</p>"#);
    }

    #[test]
    fn every_cell_is_labelled_with_its_column_in_every_row() {
        let headers = ["Course".to_string(), "Say \"when\" & <where>".to_string()];
        assert_eq!(
            label_cells(
                r#"<tr><th scope="row"><a href="/c/1">Baking</a></th><td>1 May</td><td>extra</td></tr><tr><td>x</td><td><span>y</span></td></tr>"#,
                &headers
            ),
            concat!(
                r#"<tr><th data-label="Course" scope="row"><a href="/c/1">Baking</a></th>"#,
                r#"<td data-label="Say &quot;when&quot; &amp; &lt;where&gt;">1 May</td><td>extra</td></tr>"#,
                r#"<tr><td data-label="Course">x</td>"#,
                r#"<td data-label="Say &quot;when&quot; &amp; &lt;where&gt;"><span>y</span></td></tr>"#,
            )
        );
    }
}
