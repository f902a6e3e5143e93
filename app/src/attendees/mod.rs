//! "Who is it for, and what do they need": the part of a fair registration
//! and a training booking that asks who comes (the account holder or
//! someone they help) and the adjustments they need, and reading it back.

use crate::components::{RadioOption, Radios, TextArea};
use crate::domain::bookings::Adjustment;
use crate::forms::FormState;
use crate::i18n::{t, t_with};
use leptos::prelude::*;

/// Longest "anything else you need" we keep.
pub const MAX_OTHER_NEEDS: usize = 500;

/// Who a registration or booking is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub person_id: Option<i32>,
    pub name: String,
}

/// What a registration or booking form asked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AttendeeRequest {
    pub attendee: Attendee,
    pub adjustments: Vec<Adjustment>,
    pub other_needs: String,
}

/// Someone the account holder may register or book for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Helped {
    pub id: i32,
    pub name: String,
}

pub fn adjustment_text(adjustment: Adjustment) -> String {
    t(&format!("adjustment-{}", adjustment.key()))
}

/// "Who is this for" (only when the account helps someone), the adjustments
/// asked for, and anything else they need.
#[component]
pub fn AttendeeFields(form: FormState, own_name: String, helped: Vec<Helped>) -> impl IntoView {
    // Also shown when what was chosen is no longer there (say, removed in
    // another tab), so the error summary has a choice to point at.
    let for_whom = (!helped.is_empty() || form.error("for").is_some()).then(|| {
        let mut options = vec![RadioOption {
            value: "me".to_string(),
            label: t_with("events-for-me", &[("name", own_name.clone())]),
            hint: None,
        }];
        options.extend(helped.iter().map(|h| RadioOption {
            value: h.id.to_string(),
            label: h.name.clone(),
            hint: None,
        }));
        let mut selected = form.values_of("for");
        if selected.is_empty() {
            selected.push("me".to_string());
        }
        view! {
            <Radios name="for" legend=t("events-for-whom") options=options selected=selected error=form.error("for")/>
        }
    });
    let adjustments: Vec<RadioOption> = Adjustment::ALL
        .into_iter()
        .map(|a| RadioOption {
            value: a.key().to_string(),
            label: adjustment_text(a),
            hint: None,
        })
        .collect();
    view! {
        {for_whom}
        <Radios name="adjustments" legend=t("events-adjustments") hint=t("events-adjustments-hint")
            options=adjustments selected=form.values_of("adjustments") error=form.error("adjustments") multiple=true/>
        <TextArea id="other_needs" label=t("events-other-needs") hint=t("events-other-needs-hint")
            value=form.value("other_needs") error=form.error("other_needs")/>
    }
}

#[cfg(feature = "ssr")]
mod read {
    use super::{Attendee, AttendeeRequest, Helped, MAX_OTHER_NEEDS};
    use crate::accounts::people_store;
    use crate::accounts::resident::Account;
    use crate::domain::bookings::Adjustment;
    use crate::forms::FormState;
    use sea_orm::{ConnectionTrait, DbErr};

    /// The people the account may register or book for.
    pub async fn helped<C: ConnectionTrait>(db: &C, account: &Account) -> Result<Vec<Helped>, DbErr> {
        Ok(people_store::list(db, account.id)
            .await?
            .into_iter()
            .map(|p| Helped {
                id: p.id,
                name: p.full_name,
            })
            .collect())
    }

    /// The attendee fields of a registration or booking form. `None` when
    /// something must be fixed (named in `form`).
    pub async fn read_attendee<C: ConnectionTrait>(
        db: &C,
        account: &Account,
        form: &mut FormState,
    ) -> Result<Option<AttendeeRequest>, DbErr> {
        let chosen = form.value("for");
        let attendee = match chosen.as_str() {
            "" | "me" => Some(Attendee {
                person_id: None,
                name: account.full_name.clone(),
            }),
            other => match other.parse::<i32>() {
                Ok(id) => people_store::find(db, account.id, id).await?.map(|p| Attendee {
                    person_id: Some(p.id),
                    name: p.full_name,
                }),
                Err(_) => None,
            },
        };
        if attendee.is_none() {
            form.add("for", "events-for-error");
        }
        let sent_adjustments = form.values_of("adjustments");
        let adjustments: Vec<Adjustment> = sent_adjustments
            .iter()
            .filter_map(|a| Adjustment::parse(a))
            .collect();
        if adjustments.len() != sent_adjustments.len() {
            form.add("adjustments", "events-adjustments-error");
        }
        let other_needs = form.text("other_needs", MAX_OTHER_NEEDS, None);
        if form.has_errors() {
            return Ok(None);
        }
        Ok(attendee.map(|attendee| AttendeeRequest {
            attendee,
            adjustments,
            other_needs,
        }))
    }
}

#[cfg(feature = "ssr")]
pub use read::{helped, read_attendee};

#[cfg(all(test, feature = "ssr"))]
mod tests {
    use crate::domain::bookings::{Adjustment, Feature};
    use crate::i18n::{tr, Lang};

    /// Message ids the pages build from a feature, an adjustment or a weekday.
    #[test]
    fn every_generated_message_id_exists_in_both_languages() {
        let mut ids: Vec<String> = Feature::ALL
            .iter()
            .map(|f| format!("feature-{}", f.key()))
            .collect();
        ids.extend(Adjustment::ALL.iter().map(|a| format!("adjustment-{}", a.key())));
        ids.extend((0..7).map(|d| format!("weekday-{d}")));
        for lang in Lang::ALL {
            for id in &ids {
                assert_ne!(tr(lang, id), *id, "{id} is missing in {}", lang.tag());
            }
        }
    }
}
