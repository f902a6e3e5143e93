//! "Who is it for, and what do they need": the part of a fair registration
//! and a training booking that asks who comes (the account holder or
//! someone they help, if of working age) and the adjustments they need, and
//! reading it back.

use crate::components::{RadioOption, Radios, TextArea};
use crate::domain::bookings::Adjustment;
use crate::forms::FormState;
use crate::i18n::{t, t_with};
use chrono::NaiveDate;
use leptos::prelude::*;

/// Longest "anything else you need" we keep.
pub const MAX_OTHER_NEEDS: usize = 500;

/// The most people one account may have on one fair or one training
/// session (places and waiting list together), so nobody hoards places for
/// the people they help.
pub const MAX_PER_ACCOUNT: u64 = 4;

/// Who a registration or booking is for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Attendee {
    pub person_id: Option<i32>,
    pub name: String,
}

#[cfg(feature = "ssr")]
impl Attendee {
    /// The mail argument naming whom a message is about, when that is
    /// someone the account holder helps (see [`crate::mail::ABOUT`]).
    pub fn about(&self) -> Option<(&'static str, String)> {
        self.person_id.map(|_| (crate::mail::ABOUT, self.name.clone()))
    }
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

/// The people the account holder helps who may come, and whether someone
/// was left out for being younger than `min_age`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct HelpedPeople {
    pub may_attend: Vec<Helped>,
    pub too_young_left_out: bool,
    pub min_age: u32,
}

/// Fairs and training are for people of working age: who is old enough is
/// judged on `today` against the dated first year of working age.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AgeLimit {
    pub min_age: u32,
    pub today: NaiveDate,
}

pub fn adjustment_text(adjustment: Adjustment) -> String {
    t(&format!("adjustment-{}", adjustment.key()))
}

/// "Who is this for" (only when the account helps someone old enough to
/// come), the adjustments asked for, and anything else they need. The
/// adjustments question speaks of "the person attending" whenever it may be
/// someone else: without JavaScript the page cannot know whom they choose.
#[component]
pub fn AttendeeFields(form: FormState, own_name: String, helped: HelpedPeople) -> impl IntoView {
    let age_hint = helped
        .too_young_left_out
        .then(|| t_with("events-for-whom-age-hint", &[("age", helped.min_age.to_string())]));
    let for_others = !helped.may_attend.is_empty();
    // With an error (a person sent from an old page, since grown too young
    // or removed), the question is shown so the summary's link has a target.
    let for_whom = if for_others || form.error("for").is_some() {
        let mut options = vec![RadioOption {
            value: "me".to_string(),
            label: t_with("events-for-me", &[("name", own_name.clone())]),
            hint: None,
        }];
        options.extend(helped.may_attend.iter().map(|h| RadioOption {
            value: h.id.to_string(),
            label: h.name.clone(),
            hint: None,
        }));
        let mut selected = form.values_of("for");
        if selected.is_empty() {
            selected.push("me".to_string());
        }
        let error = form.error("for");
        match age_hint {
            Some(hint) => view! {
                <Radios name="for" legend=t("events-for-whom") hint options selected error/>
            }
            .into_any(),
            None => {
                view! { <Radios name="for" legend=t("events-for-whom") options selected error/> }.into_any()
            }
        }
    } else {
        // Everyone they help is too young: say why nobody else is offered.
        age_hint
            .map(|hint| view! { <p class="hint" id="for-hint">{hint}</p> })
            .into_any()
    };
    let adjustments: Vec<RadioOption> = Adjustment::ALL
        .into_iter()
        .map(|a| RadioOption {
            value: a.key().to_string(),
            label: adjustment_text(a),
            hint: None,
        })
        .collect();
    let legend = if for_others {
        t("events-adjustments-attendee")
    } else {
        t("events-adjustments")
    };
    view! {
        {for_whom}
        <Radios name="adjustments" legend=legend hint=t("events-adjustments-hint")
            options=adjustments selected=form.values_of("adjustments") error=form.error("adjustments") multiple=true/>
        <TextArea id="other_needs" label=t("events-other-needs") hint=t("events-other-needs-hint")
            value=form.value("other_needs") error=form.error("other_needs")/>
    }
}

#[cfg(feature = "ssr")]
mod read {
    use super::{AgeLimit, Attendee, AttendeeRequest, Helped, HelpedPeople, MAX_OTHER_NEEDS};
    use crate::accounts::people::PersonRow;
    use crate::accounts::people_store;
    use crate::accounts::resident::Account;
    use crate::domain::bookings::{old_enough, Adjustment};
    use crate::domain::parameters::ParameterId;
    use crate::forms::FormState;
    use crate::web::PortalState;
    use sea_orm::{ConnectionTrait, DbErr};

    /// The first year of working age in the Labour Law, for a database
    /// that has no value for it.
    const LABOUR_LAW_MIN_AGE: u32 = 16;

    impl AgeLimit {
        /// Today's limit, from the rule parameters in force.
        pub fn of(state: &PortalState) -> AgeLimit {
            let today = state.clock.today();
            let min_age = state
                .parameters
                .current()
                .number(ParameterId::WorkingAgeFrom, today)
                .and_then(|years| u32::try_from(years.round() as i64).ok())
                .unwrap_or(LABOUR_LAW_MIN_AGE);
            AgeLimit { min_age, today }
        }

        fn admits(&self, person: &PersonRow) -> bool {
            old_enough(&person.certificate_number, self.today, self.min_age)
        }
    }

    /// The people the account may register or book for.
    pub async fn helped<C: ConnectionTrait>(
        db: &C,
        account: &Account,
        limit: AgeLimit,
    ) -> Result<HelpedPeople, DbErr> {
        let (may_attend, too_young): (Vec<PersonRow>, Vec<PersonRow>) = people_store::list(db, account.id)
            .await?
            .into_iter()
            .partition(|p| limit.admits(p));
        Ok(HelpedPeople {
            may_attend: may_attend
                .into_iter()
                .map(|p| Helped {
                    id: p.id,
                    name: p.full_name,
                })
                .collect(),
            too_young_left_out: !too_young.is_empty(),
            min_age: limit.min_age,
        })
    }

    /// The attendee fields of a registration or booking form. `None` when
    /// something must be fixed (named in `form`).
    pub async fn read_attendee<C: ConnectionTrait>(
        db: &C,
        account: &Account,
        limit: AgeLimit,
        form: &mut FormState,
    ) -> Result<Option<AttendeeRequest>, DbErr> {
        let chosen = form.value("for");
        let mut too_young = false;
        let attendee = match chosen.as_str() {
            "" | "me" => Some(Attendee {
                person_id: None,
                name: account.full_name.clone(),
            }),
            other => {
                let person = match other.parse::<i32>() {
                    Ok(id) => people_store::find(db, account.id, id).await?,
                    Err(_) => None,
                };
                too_young = person.as_ref().is_some_and(|p| !limit.admits(p));
                person.filter(|_| !too_young).map(|p| Attendee {
                    person_id: Some(p.id),
                    name: p.full_name,
                })
            }
        };
        if too_young {
            form.add_with(
                "for",
                "events-for-too-young",
                vec![("age", limit.min_age.to_string())],
            );
        } else if attendee.is_none() {
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
