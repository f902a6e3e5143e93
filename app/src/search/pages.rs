//! The search page, and the search box other pages show (the header, the
//! home page).

use crate::components::{encode_path, with_view, ErrorSummary, PageTitle, TextInput};
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// Text with the words a search matched marked, as plain pieces (marked or
/// not); `lang` when it is not in the page's language.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Marked {
    pub parts: Vec<(String, bool)>,
    pub lang: Option<&'static str>,
}

/// One result: its page, its title and a snippet of its text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ResultView {
    pub path: String,
    pub title: Marked,
    pub snippet: Marked,
}

/// The results of one kind.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupView {
    /// `ResultKind::key`, e.g. `job-fair`.
    pub kind: &'static str,
    /// How many of this kind were found (more than shown when `more` is set).
    pub count: usize,
    pub results: Vec<ResultView>,
    /// The address showing every result of this kind.
    pub more: Option<String>,
}

/// What the search page shows below the form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SearchView {
    /// No query yet, or one that could not be used (the form says why).
    Form,
    Results {
        query: String,
        /// The language of the query when it is not the page's.
        query_lang: Option<&'static str>,
        total: usize,
        groups: Vec<GroupView>,
        /// Showing only one kind: the address with every kind.
        every_kind: Option<String>,
    },
}

/// The search box: a GET form to `/search` with a visible label. `id` must
/// be unique on the page (the header's box and the page's own differ).
#[component]
pub fn SearchForm(
    #[prop(into)] id: String,
    #[prop(into)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
) -> impl IntoView {
    view! {
        <form class="search-form" role="search" method="get" action="/search" novalidate=true>
            <TextInput id=id name="q" label=t("search-label") hint=t("search-hint") value=value error=error
                input_type="search" width="input--20"/>
            <button type="submit" class="button">{t("search-button")}</button>
        </form>
    }
}

/// `/search`: the form, then the results grouped by kind, or suggestions
/// when nothing was found.
#[component]
pub fn SearchPage() -> impl IntoView {
    with_view(search_page)
}

fn search_page(view: SearchView) -> impl IntoView {
    let form = use_form();
    let search_box = view! { <SearchForm id="q" value=form.value("q") error=form.error("q")/> };
    match view {
        SearchView::Form => view! {
            <PageTitle text=t("search-title") has_errors=form.has_errors()/>
            <ErrorSummary errors=form.summary()/>
            <h1>{t("search-title")}</h1>
            <p class="lead">{t("search-lead")}</p>
            {search_box}
        }
        .into_any(),
        SearchView::Results {
            query,
            query_lang,
            total,
            groups,
            every_kind,
        } => {
            let message = if total == 0 {
                "search-none-heading"
            } else {
                "search-results-heading"
            };
            let title = t_with(message, &[("count", total.to_string()), ("query", query.clone())]);
            view! {
                <PageTitle text=title/>
                <h1><WithQuery message=message count=total query=query lang=query_lang/></h1>
                {search_box}
                {every_kind.map(|href| view! { <p><a href=href>{t("search-every-kind")}</a></p> })}
                {if total == 0 { view! { <Suggestions/> }.into_any() } else { view! { <Groups groups/> }.into_any() }}
            }
            .into_any()
        }
    }
}

/// A message about the query, with the query marked in its own language
/// (a Chinese query on an English page is read in a Chinese voice).
#[component]
fn WithQuery(
    message: &'static str,
    count: usize,
    query: String,
    lang: Option<&'static str>,
) -> impl IntoView {
    // The translated sentence around a placeholder that no query contains
    // (control characters are removed from queries).
    const PLACEHOLDER: &str = "\u{1}";
    let sentence = t_with(
        message,
        &[("count", count.to_string()), ("query", PLACEHOLDER.to_string())],
    );
    let (before, after) = sentence
        .split_once(PLACEHOLDER)
        .unwrap_or((sentence.as_str(), ""));
    view! { {before.to_string()}<span class="search-query" lang=lang>{query}</span>{after.to_string()} }
}

#[component]
fn Groups(groups: Vec<GroupView>) -> impl IntoView {
    groups
        .into_iter()
        .map(|group| {
            let heading_id = format!("search-group-{}", group.kind);
            let labelled_by = heading_id.clone();
            let kind = t(&format!("search-kind-{}", group.kind));
            let heading = t_with(
                "search-group-heading",
                &[("kind", kind.clone()), ("count", group.count.to_string())],
            );
            let more = group.more.map(|href| {
                let text = t_with(
                    "search-more",
                    &[("kind", kind.clone()), ("count", group.count.to_string())],
                );
                view! { <p><a href=href>{text}</a></p> }
            });
            view! {
                <section class="search-group" aria-labelledby=labelled_by>
                    <h2 id=heading_id>{heading}</h2>
                    <ol class="search-results">
                        {group.results.into_iter().map(|result| view! {
                            <li class="search-result">
                                <h3 class="search-result__title">
                                    <a href=result.path><MarkedText marked=result.title/></a>
                                </h3>
                                <p class="search-result__snippet"><MarkedText marked=result.snippet/></p>
                            </li>
                        }).collect_view()}
                    </ol>
                    {more}
                </section>
            }
        })
        .collect_view()
}

/// Text with its matched words in `<mark>` (each piece escaped as text).
#[component]
fn MarkedText(marked: Marked) -> impl IntoView {
    let parts = marked
        .parts
        .into_iter()
        .map(|(text, is_marked)| {
            if is_marked {
                view! { <mark>{text}</mark> }.into_any()
            } else {
                text.into_any()
            }
        })
        .collect_view();
    view! { <span lang=marked.lang>{parts}</span> }
}

/// Nothing found: other ways to the answer.
#[component]
fn Suggestions() -> impl IntoView {
    let page = use_page();
    let phone = page.site.phone.clone();
    let phone_href = format!("tel:{}", phone.replace([' ', '-'], ""));
    view! {
        <h2>{t("search-none-try")}</h2>
        <ul class="list list--bullet">
            <li>{t("search-none-words")}</li>
            <li><a href="/entitlements">{t("search-none-catalogue")}</a></li>
            <li><a href="/check">{t("search-none-check")}</a></li>
            <li>{t("search-none-call")}" "<a href=phone_href>{phone}</a></li>
            <li><a href="#footer-help-heading">{t("search-none-help")}</a></li>
        </ul>
    }
}

/// The address of a search for `query`, showing only `kind` when given.
pub fn search_href(query: &str, kind: Option<&str>) -> String {
    let mut href = format!("/search?q={}", encode_path(query));
    if let Some(kind) = kind {
        href.push_str("&kind=");
        href.push_str(kind);
    }
    href
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use super::*;
    use crate::components::markup;

    #[test]
    fn marked_text_escapes_what_it_shows() {
        let marked = Marked {
            parts: vec![
                ("<script>".into(), false),
                ("补贴".into(), true),
                ("&".into(), false),
            ],
            lang: Some("zh-CN"),
        };
        assert_eq!(
            markup(view! { <MarkedText marked/> }),
            r#"<span lang="zh-CN">&lt;script&gt;<mark>补贴</mark>&amp;</span>"#
        );
    }

    #[test]
    fn the_search_box_has_a_visible_label() {
        let html = markup(view! { <SearchForm id="header-q" value="护理"/> });
        assert!(
            html.contains(r#"for="header-q""#) && html.contains(r#"id="header-q""#),
            "{html}"
        );
        assert!(
            html.contains(r#"role="search""#) && html.contains(r#"action="/search""#),
            "{html}"
        );
        assert!(html.contains(r#"value="护理""#), "{html}");
    }

    #[test]
    fn search_addresses_are_encoded() {
        assert_eq!(
            search_href("护理 补贴&x", Some("news")),
            format!("/search?q={}&kind=news", encode_path("护理 补贴&x"))
        );
    }
}
