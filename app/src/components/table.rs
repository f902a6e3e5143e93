//! A data table with its caption and column headers, or one sentence when
//! there is nothing to show.

use leptos::prelude::*;

/// Rows are drawn by the caller (`<tr>`, with `<th scope="row">` for the
/// cell that names the row). The caption names the table for screen
/// readers; `caption_hidden` keeps it off screen where a heading above
/// already says it. With no rows, `empty` is shown instead of an empty table.
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
    view! {
        <div class="table-wrap">
            <table class="table">
                <caption class=caption_class>{caption}</caption>
                <thead>
                    <tr>{headers.into_iter().map(|h| view! { <th scope="col">{h}</th> }).collect_view()}</tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
    .into_any()
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
            html.contains(r#"<caption class="table__caption">Sessions</caption>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<th scope="col">Name</th><th scope="col">Places</th>"#),
            "{html}"
        );
        assert!(
            html.contains(r#"<tbody><tr><th scope="row">A</th><td>1</td></tr></tbody>"#),
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
}
