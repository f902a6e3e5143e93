//! The pages of "people I help": the list on `/account`, and adding one.

use crate::accounts::people::{relationship_text, PersonRow};
use crate::components::{BackLink, Checkbox, ErrorSummary, PageTitle, RadioOption, Radios, TextInput};
use crate::domain::applications::Relationship;
use crate::forms::use_form;
use crate::i18n::{t, t_with};
use crate::page_context::use_page;
use leptos::prelude::*;

/// The people the account helps, each with a button that removes them.
#[component]
pub fn PeopleList(people: Vec<PersonRow>) -> impl IntoView {
    if people.is_empty() {
        return view! { <p>{t("people-none")}</p> }.into_any();
    }
    view! {
        <dl class="summary-list">
            {people
                .into_iter()
                .map(|person| {
                    let detail = t_with(
                        "people-row",
                        &[
                            ("relationship", relationship_text(person.relationship)),
                            ("certificate", person.certificate_masked.clone()),
                        ],
                    );
                    view! {
                        <div class="summary-list__row">
                            <dt class="summary-list__key">{person.full_name.clone()}</dt>
                            <dd class="summary-list__value">{detail}</dd>
                            <dd class="summary-list__actions">
                                <form method="post" action=format!("/account/people/{}/remove", person.id)>
                                    <button type="submit" class="button-link">
                                        {t("people-remove")}
                                        <span class="visually-hidden">{format!(" {}", person.full_name)}</span>
                                    </button>
                                </form>
                            </dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}

/// `/account/people/new`: who the person is, how the account holder is
/// related to them, and the declaration that they may act for them.
#[component]
pub fn AddPersonPage() -> impl IntoView {
    let form = use_form();
    let options: Vec<RadioOption> = Relationship::ALL
        .into_iter()
        .map(|r| RadioOption {
            value: r.key().to_string(),
            label: relationship_text(r),
            hint: None,
        })
        .collect();
    let declared = form.value("declaration") == "yes";
    let declaration_error = form.error("declaration");
    let next = form.value("next");
    let next = if next.is_empty() {
        use_page().query("next").unwrap_or_default()
    } else {
        next
    };
    view! {
        <PageTitle text=t("people-add-title") has_errors=form.has_errors()/>
        <BackLink href="/account" text=t("back-to-account")/>
        <ErrorSummary errors=form.summary()/>
        <h1>{t("people-add-title")}</h1>
        <p>{t("people-add-lead")}</p>
        <form method="post" action="/account/people/new" novalidate=true>
            <input type="hidden" name="next" value=next/>
            <TextInput id="full_name" name="full_name" label=t("people-name") value=form.value("full_name")
                error=form.error("full_name") width="input--20"/>
            <Radios name="relationship" legend=t("people-relationship") options=options
                selected=form.values_of("relationship") error=form.error("relationship")/>
            <TextInput id="certificate_number" name="certificate_number" label=t("people-certificate")
                hint=t("people-certificate-hint") value=form.value("certificate_number")
                error=form.error("certificate_number") width="input--20"/>
            <Checkbox id="declaration" label=t("people-declaration")
                checked=declared error=declaration_error/>
            <button type="submit" class="button">{t("people-add-submit")}</button>
        </form>
    }
}
