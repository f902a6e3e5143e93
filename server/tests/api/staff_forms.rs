//! Staff forms: the other language's fields of the fair and course edit
//! forms carry their language (WCAG 3.1.2); filter dates have a hint that
//! matches the field and, when one cannot be read, an error summary with the
//! value kept (3.3.1, 3.3.2).

use crate::helpers::{backends, spawn_app};
use crate::residents::errors;
use crate::staff::staff_member;
use app::domain::staff::Role;

#[tokio::test]
async fn the_other_languages_fields_of_staff_edit_forms_carry_their_language() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let editor = staff_member(&app, "editor@example.org", Role::ContentEditor, "jiangbei").await;
        for (page_lang, zh_lang, en_lang) in [("zh-CN", "", "en"), ("en", "zh-CN", "")] {
            editor.browser.get(&format!("/language/{page_lang}?next=/")).await;
            for form in ["/staff/fairs/new", "/staff/courses/new"] {
                let page = editor.browser.get(form).await.html();
                assert_eq!(
                    page.attrs("#title_en", "lang").concat(),
                    en_lang,
                    "{form} in {page_lang}"
                );
                assert_eq!(
                    page.attrs("#title_zh", "lang").concat(),
                    zh_lang,
                    "{form} in {page_lang}"
                );
            }
            let fair = editor.browser.get("/staff/fairs/new").await.html();
            assert_eq!(fair.attrs("textarea#summary_en", "lang").concat(), en_lang);
            assert_eq!(fair.attrs("textarea#summary_zh", "lang").concat(), zh_lang);
            assert_eq!(fair.attrs("#venue_en", "lang").concat(), en_lang);
        }
    }
}

#[tokio::test]
async fn staff_filter_dates_say_when_they_cannot_be_read_and_keep_what_was_typed() {
    for backend in backends() {
        let app = spawn_app(backend).await;
        let admin = staff_member(&app, "admin@example.org", Role::Administrator, "jiangbei").await;
        let district = staff_member(&app, "d@example.org", Role::DistrictApprover, "jiangbei").await;
        for (staff, page) in [
            (&district.browser, "/staff/queue"),
            (&admin.browser, "/staff/audit"),
        ] {
            let good = staff.get(&format!("{page}?from=2026-11-01&to=2026-11-30")).await;
            assert_eq!(good.status, 200, "{page}");
            // The field is a date picker: its hint names no format it does not show.
            let hint = good.html().texts("#from-hint").concat();
            assert!(!hint.contains("2026-11-30"), "{page}: {hint}");
            assert_eq!(good.html().attrs("input#from", "type"), ["date"]);

            let bad = staff.get(&format!("{page}?from=2026-13-45&to=30.11.2026")).await;
            assert_eq!(bad.status, 422, "{page}");
            assert!(bad.title().starts_with("Error: "), "{}", bad.title());
            let summary = errors(&bad.body);
            assert!(
                summary.contains("#from The start date could not be read"),
                "{page}: {summary}"
            );
            assert!(
                summary.contains("#to The end date could not be read"),
                "{page}: {summary}"
            );
            assert_eq!(bad.html().attrs("input#from", "value"), ["2026-13-45"]);
            assert_eq!(bad.html().attrs("input#to", "value"), ["30.11.2026"]);
            assert_eq!(bad.html().attrs("input#from", "aria-invalid"), ["true"]);
        }
    }
}
