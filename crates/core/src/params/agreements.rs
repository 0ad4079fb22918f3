//! The dual-learning agreements' rules in words, as data: one file per agreement under
//! `params/dual/agreements/` (`oao.toml`, `odos.toml`, `odo.toml`, `odow.toml`), checked as
//! strictly as a parameter file when the crate is built. Each gives whether the learner
//! builds up social security, and one fact per topic of the comparison, with its status,
//! public source and quote; the words of a fact are messages
//! (`locales/<language>/dual.ftl`), so that every language says the same rule.

use super::schema::{AgreementKind, FactTopic, Status};

/// One agreement's data.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgreementData {
    /// The file's path under `params/` without `.toml`: `dual/agreements/odo`.
    pub id: &'static str,
    pub kind: AgreementKind,
    /// Whether the learner builds up social-security rights; the `social_security` fact is
    /// its source and its words.
    pub social_security: bool,
    /// One per topic, in the order of [`FactTopic::ALL`].
    pub facts: &'static [FactData],
}

/// One rule of an agreement: the message that words it, where it was read and how sure it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactData {
    pub topic: FactTopic,
    /// The message id of the rule's words: `dual-fact-odo-social-security`.
    pub text: &'static str,
    pub status: Status,
    /// A public `https://` page.
    pub source: &'static str,
    /// The source's words, verbatim (never translated).
    pub quote: Option<&'static str>,
    /// The message (or `message.attribute`) saying how it was read: `dual-source-webinar`.
    pub note: Option<&'static str>,
}
