//! The page shown when something goes wrong on our side. It is built without
//! the request (it must work even when the request could not be read), so it
//! speaks both languages, each passage marked with its own `lang`.

use crate::i18n::{tr, Lang};

/// Something failed on our side (status 500).
pub fn server_error_html() -> String {
    simple_page_html("server-error-title", "server-error-body")
}

/// A state-changing request came from another site (status 403).
pub fn forbidden_html() -> String {
    simple_page_html("forbidden-title", "forbidden-body")
}

fn simple_page_html(title_id: &str, body_id: &str) -> String {
    let zh = Lang::ZhCn;
    let en = Lang::En;
    format!(
        r##"<!DOCTYPE html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title_zh} – {service_zh}</title><link rel="stylesheet" href="/pkg/portal.css"></head>
<body>
<a href="#main" class="skip-link">{skip}</a>
<header class="site-header"><div class="width-container site-header__inner"><a href="/" class="site-header__name">{service_zh}</a></div></header>
<div class="width-container"><main id="main" tabindex="-1">
<h1>{title_zh} <span lang="en">{title_en}</span></h1>
<p>{body_zh}</p>
<p lang="en">{body_en}</p>
<p><a href="/">{home_zh}</a> <span lang="en">(<a href="/">{home_en}</a>)</span></p>
</main></div>
</body>
</html>"##,
        title_zh = tr(zh, title_id),
        title_en = tr(en, title_id),
        service_zh = tr(zh, "service-name"),
        skip = tr(zh, "skip-to-content"),
        body_zh = tr(zh, body_id),
        body_en = tr(en, body_id),
        home_zh = tr(zh, "server-error-home"),
        home_en = tr(en, "server-error-home"),
    )
}
