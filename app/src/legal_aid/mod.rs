//! Legal aid (法律援助): `/legal-aid` (what it is, and the account's
//! requests), `/legal-aid/new` (a request for oneself or for someone the
//! account acts for), `/legal-aid/requests/{id}` (confirmation, status,
//! documents, objection). Staff decide, assign a lawyer and close cases at
//! `/staff/legal-aid`, and keep `/staff/lawyers`. The rules are in
//! `domain::legal_aid`, the clocks in `domain::legal_clocks`.

#[cfg(feature = "ssr")]
mod handlers;
pub mod pages;
#[cfg(feature = "ssr")]
mod staff;
#[cfg(feature = "ssr")]
pub mod store;
#[cfg(feature = "ssr")]
mod view;

#[cfg(feature = "ssr")]
pub fn routes() -> axum::Router<crate::web::PortalState> {
    use axum::extract::DefaultBodyLimit;
    use axum::routing::{get, post};
    let uploads = DefaultBodyLimit::max(crate::applications::documents::UPLOAD_BODY_LIMIT);
    axum::Router::new()
        .route("/legal-aid", get(handlers::start))
        .route("/legal-aid/new", get(handlers::new_form).post(handlers::create))
        .route("/legal-aid/requests/{id}", get(handlers::show))
        .route(
            "/legal-aid/requests/{id}/confirmation",
            get(handlers::confirmation),
        )
        .route(
            "/legal-aid/requests/{id}/documents",
            post(handlers::upload).layer(uploads),
        )
        .route(
            "/legal-aid/requests/{id}/documents/{document}",
            get(handlers::download),
        )
        .route("/legal-aid/requests/{id}/objection", post(handlers::object))
        .route("/staff/legal-aid", get(staff::list))
        .route("/staff/legal-aid/{id}", get(staff::show))
        .route("/staff/legal-aid/{id}/documents/{document}", get(staff::download))
        .route(
            "/staff/legal-aid/{id}/documents-notice",
            post(staff::ask_documents),
        )
        .route("/staff/legal-aid/{id}/decision", post(staff::decide))
        .route("/staff/legal-aid/{id}/lawyer", post(staff::assign))
        .route("/staff/legal-aid/{id}/objection", post(staff::decide_objection))
        .route("/staff/legal-aid/{id}/close", post(staff::close))
        .route("/staff/lawyers", get(staff::lawyers).post(staff::add_lawyer))
        .route(
            "/staff/lawyers/{id}",
            get(staff::lawyer).post(staff::change_lawyer),
        )
        .route("/staff/lawyers/{id}/active", post(staff::set_active))
}

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::domain::legal_aid::{
        Adjustment, Faced, Filer, FinancialCheck, Income, LawyerLanguage, MatterKind, Status,
    };
    use crate::i18n::{tr_with, Lang};

    fn dashed(key: &str) -> String {
        key.replace('_', "-")
    }

    /// Message ids the pages build from a status, kind, adjustment, answer,
    /// clock or banner.
    #[test]
    fn every_generated_message_id_exists_in_both_languages() {
        let mut ids = Vec::new();
        ids.extend(Status::ALL.map(|s| format!("legal-aid-status-{}", dashed(s.key()))));
        ids.extend(MatterKind::ALL.map(|k| format!("legal-aid-matter-{}", dashed(k.key()))));
        ids.extend(Filer::ALL.map(|f| format!("legal-aid-filer-{}", dashed(f.key()))));
        ids.extend(Faced::ALL.map(|f| format!("legal-aid-faced-{}", dashed(f.key()))));
        ids.extend(Adjustment::ALL.map(|a| format!("legal-aid-adjustment-{}", dashed(a.key()))));
        ids.extend(Income::ALL.map(|i| format!("legal-aid-income-{}", dashed(i.key()))));
        ids.extend(FinancialCheck::ALL.map(|c| format!("legal-aid-check-{}", dashed(c.key()))));
        ids.extend(LawyerLanguage::ALL.map(|l| format!("legal-aid-language-{}", dashed(l.key()))));
        for faced in [Faced::LimitationPeriod, Faced::Hearing] {
            ids.push(format!("legal-aid-faced-{}-on", dashed(faced.key())));
        }
        for clock in ["decision", "assignment", "objection"] {
            ids.push(format!("legal-aid-next-{clock}"));
        }
        for done in ["asked", "decided", "assigned", "objection", "closed"] {
            ids.push(format!("legal-aid-staff-done-{done}"));
        }
        for done in ["added", "changed"] {
            ids.push(format!("legal-aid-lawyers-done-{done}"));
        }
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(
                    tr_with(lang, id, &[("date", "x".to_string())]),
                    *id,
                    "{id} is missing in {}",
                    lang.tag()
                );
            }
        }
    }

    /// Both languages' files hold the same messages.
    #[test]
    fn both_locale_files_have_the_same_ids() {
        let ids = |text: &str| {
            let mut ids: Vec<String> = text
                .lines()
                .filter(|l| !l.starts_with([' ', '#']) && l.contains(" ="))
                .filter_map(|l| l.split(" =").next().map(str::to_string))
                .collect();
            ids.sort();
            ids
        };
        let en = ids(include_str!("../../../locales/en/legal_aid.ftl"));
        let zh = ids(include_str!("../../../locales/zh-CN/legal_aid.ftl"));
        assert_eq!(en, zh);
        assert!(en.len() > 100);
    }
}
