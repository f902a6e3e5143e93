//! The application journey's pages.

mod decision;
mod list;
mod sections;
mod status;
mod submit;

pub use decision::{grant_text, grant_text_in, DecisionLetterEasyPage, DecisionLetterPage, DecisionSummary};
pub use list::{ApplicationList, ApplicationsPage, ApplyStartPage};
pub use sections::{
    ApplicationQuestionPage, CircumstancesPage, DeclarationPage, DocumentsPage, PersonSectionPage,
};
pub use status::{size_text, ApplicationPage, FileField};
pub use submit::{CheckApplicationPage, ConfirmationPage, DeleteDraftPage, WithdrawPage};
