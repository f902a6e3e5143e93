//! Accessible building blocks shared by every journey. Each component states
//! its accessibility contract in its doc comment.

mod error_summary;
mod layout;
mod notification_banner;
mod page_title;
mod radios;

pub use error_summary::{ErrorSummary, FieldError};
pub use layout::Layout;
pub use notification_banner::NotificationBanner;
pub use page_title::PageTitle;
pub use radios::{RadioOption, Radios};
