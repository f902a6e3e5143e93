//! The emergency banner as every page shows it: the one raised and not yet
//! ended, read once per rendered page (shared pages are kept for a minute
//! at most, so an ended banner leaves them within one).

use super::store;
use crate::components::in_lang;
use crate::i18n::{dates, Lang};
use crate::page_context::SiteBanner;
use crate::web::PortalState;

/// The banner to show now, in `lang`; none when the database cannot say
/// (a page without its banner beats no page at all).
pub async fn for_page(state: &PortalState, lang: Lang) -> Option<SiteBanner> {
    let found = store::current_banner(&state.db, state.clock.now_local()).await;
    let banner = match found {
        Ok(banner) => banner?,
        Err(error) => {
            tracing::warn!(%error, "the site banner could not be read");
            return None;
        }
    };
    let fallback = lang == Lang::En && banner.text_en.trim().is_empty();
    Some(SiteBanner {
        text: in_lang(lang, &banner.text_zh, &banner.text_en).to_string(),
        lang: fallback.then_some("zh-CN"),
        ends: dates::date_time(lang, banner.ends_at),
    })
}
