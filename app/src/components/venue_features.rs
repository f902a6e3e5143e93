//! What a venue offers for access, every feature stated: offered or not.

use crate::domain::bookings::Feature;
use crate::i18n::t;
use leptos::prelude::*;

pub fn feature_text(feature: Feature) -> String {
    t(&format!("feature-{}", feature.key()))
}

/// Each feature with "yes" or "no" in words; nothing is left unsaid.
#[component]
pub fn FeatureList(features: Vec<Feature>) -> impl IntoView {
    view! {
        <ul class="feature-list">
            {Feature::ALL
                .into_iter()
                .map(|feature| {
                    let offered = features.contains(&feature);
                    let state = if offered { t("feature-yes") } else { t("feature-no") };
                    let class = if offered { "feature-list__item feature-list__item--yes" } else { "feature-list__item" };
                    view! { <li class=class>{feature_text(feature)}": "<strong>{state}</strong></li> }
                })
                .collect_view()}
        </ul>
    }
}
