//! Accessible building blocks shared by every journey. Each component states
//! its accessibility contract in its doc comment.

mod back_link;
mod bilingual;
mod checkbox;
mod confirmation;
mod date_input;
mod error_pages;
mod error_summary;
mod filters;
mod form_group;
pub mod island_dom;
mod layout;
mod notification_banner;
mod page_title;
mod pagination;
mod password_input;
mod radios;
mod session_notice;
mod staff_nav;
mod summary_list;
mod table;
mod tag;
mod text_input;
mod venue_features;
mod view_model;

pub use back_link::BackLink;
pub use bilingual::{in_lang, Content, ContentText};
pub use checkbox::Checkbox;
pub use confirmation::{confirmed, Confirmation, ConfirmationPage};
pub use date_input::DateInput;
pub use error_pages::{NotAllowedPage, NotFoundPage};
pub use error_summary::{ErrorSummary, FieldError};
pub use filters::{FilterInput, FilterSelect};
pub use layout::{encode_path, Layout};
pub use notification_banner::{Done, NotificationBanner};
pub use page_title::PageTitle;
pub use pagination::{PageLink, Pagination};
pub use password_input::{PasswordInput, PasswordWords};
pub use radios::{RadioOption, Radios};
pub use session_notice::{
    SessionEndedBanner, SessionEnds, SessionStatus, SessionTimer, EXTEND_PATH, NOTICES,
};
pub use staff_nav::{role_text, StaffNav, StaffView};
pub use summary_list::{ChangeLink, SummaryList, SummaryRow};
pub use table::Table;
pub use tag::{Tag, TagKind};
pub use text_input::{OptionGroups, Select, TextArea, TextInput};
pub use venue_features::{feature_text, FeatureList};
pub use view_model::{with_view, ServerErrorPage};

/// A component's markup as a page without islands has it (no hydration markers).
#[cfg(all(test, feature = "ssr"))]
pub(crate) fn markup(view: impl leptos::prelude::IntoView + 'static) -> String {
    use leptos::prelude::RenderHtml;
    view.into_view().to_html().replace("<!>", "")
}
