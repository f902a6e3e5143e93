//! Who is signed in. A resident's account (`resident`), the people they
//! help (`people`, stored by `people_store`) and their session
//! (`resident_session`, with the `Resident` extractor every resident page
//! asks); staff accounts are in `staff_account`, with their second factor
//! and the `Staff<A>` extractor in `staff_session`. The pages of signing in
//! are `sign_in` (residents) and `staff::sign_in`.

pub mod people;
#[cfg(feature = "ssr")]
pub mod people_store;
#[cfg(feature = "ssr")]
pub mod resident;
#[cfg(feature = "ssr")]
pub mod resident_session;
pub mod second_factor;
#[cfg(feature = "ssr")]
pub mod staff_account;
#[cfg(feature = "ssr")]
pub mod staff_session;
