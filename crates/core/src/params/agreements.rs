//! The dual-learning agreements' rules in words, as data: one file per agreement under
//! `params/dual/agreements/` (`oao.toml`, `odos.toml`, `odo.toml`, `odow.toml`), read as
//! strictly as a parameter file. Each gives whether the learner builds up social security,
//! and one fact per topic of the comparison, with its status, public source and quote;
//! the words of a fact are messages (`locales/<language>/dual.ftl`), so that every
//! language says the same rule.
//!
//! ```toml
//! social_security = false
//!
//! [[facts]]
//! topic = "social_security"           # allowance, social_security, holidays, workplace, components, duration
//! text = "dual-fact-odo-social-security"
//! status = "secondary"                # confirmed | secondary | inferred
//! source = "https://www.vlaanderen.be/…"
//! quote = "Sociale zekerheidsstatuut … Geen sociale zekerheidsrechten"
//! note = "dual-source-webinar"        # how it was read (a message or message.attribute)
//! ```

use super::load::syntax_error;
use super::schema::AGREEMENTS_DIR;
use super::{ParamError, Status};
use crate::dual::{AgreementKind, FactTopic};
use serde::Deserialize;

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
    pub facts: Vec<FactData>,
}

/// One rule of an agreement: the message that words it, where it was read and how sure it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactData {
    pub topic: FactTopic,
    /// The message id of the rule's words: `dual-fact-odo-social-security`.
    pub text: String,
    pub status: Status,
    /// A public `https://` page.
    pub source: String,
    /// The source's words, verbatim (never translated).
    pub quote: Option<String>,
    /// The message (or `message.attribute`) saying how it was read: `dual-source-webinar`.
    pub note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAgreement {
    social_security: bool,
    facts: Vec<RawFact>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFact {
    topic: FactTopic,
    text: String,
    status: Status,
    source: String,
    quote: Option<String>,
    note: Option<String>,
}

/// The agreement a file id names: `dual/agreements/odo` is the ODO.
fn kind_of(id: &str) -> Option<AgreementKind> {
    AgreementKind::ALL.into_iter().find(|kind| kind.data_id() == id)
}

pub(super) fn parse_agreement(id: &'static str, text: &str) -> Result<AgreementData, ParamError> {
    let error = |key: String, message: String| ParamError { file: id.to_owned(), key, message };
    let Some(kind) = kind_of(id) else {
        let names: Vec<&str> = AgreementKind::ALL.iter().map(|k| k.key()).collect();
        return Err(error(
            "(file)".into(),
            format!("not an agreement: the files are {AGREEMENTS_DIR}/<kind>.toml with kind {}", names.join(", ")),
        ));
    };
    let raw: RawAgreement = toml::from_str(text).map_err(|e| syntax_error(id, text, &e))?;

    let mut facts: Vec<FactData> = Vec::with_capacity(raw.facts.len());
    for (index, fact) in raw.facts.into_iter().enumerate() {
        let key = |field: &str| format!("facts[{index}].{field}");
        if facts.iter().any(|f| f.topic == fact.topic) {
            return Err(error(key("topic"), format!("a second fact for {}: one fact per topic", fact.topic.key())));
        }
        if !is_message_id(&fact.text, false) {
            return Err(error(
                key("text"),
                format!("\"{}\" is not a message id like \"dual-fact-odo-duration\"", fact.text),
            ));
        }
        match fact.status {
            Status::Confirmed | Status::Secondary | Status::Inferred => {}
            Status::Unavailable | Status::Estimated => {
                return Err(error(
                    key("status"),
                    "a fact was read somewhere: its status is confirmed, secondary or inferred".into(),
                ))
            }
        }
        if !is_public_page(&fact.source) {
            return Err(error(key("source"), format!("\"{}\" is not a public https:// address", fact.source)));
        }
        if fact.quote.as_deref().is_some_and(|q| q.trim().is_empty()) {
            return Err(error(key("quote"), "must not be empty: leave it out when nothing is quoted".into()));
        }
        match fact.note.as_deref() {
            Some(note) if !is_message_id(note, true) => {
                return Err(error(
                    key("note"),
                    format!(
                    "\"{note}\" is not a message id like \"dual-source-webinar\" or \"dual-fact-odo-workplace.note\""
                ),
                ))
            }
            None if fact.status == Status::Inferred => {
                return Err(error(key("note"), "an inferred fact must say how it was inferred".into()))
            }
            _ => {}
        }
        facts.push(FactData {
            topic: fact.topic,
            text: fact.text,
            status: fact.status,
            source: fact.source,
            quote: fact.quote,
            note: fact.note,
        });
    }
    if let Some(topic) = FactTopic::ALL.iter().find(|topic| !facts.iter().any(|f| f.topic == **topic)) {
        return Err(error("facts".into(), format!("no fact for {}: every topic needs one", topic.key())));
    }
    facts.sort_by_key(|f| FactTopic::ALL.iter().position(|topic| *topic == f.topic));

    Ok(AgreementData { id, kind, social_security: raw.social_security, facts })
}

/// `dual-fact-odo-duration`, or with `attribute` also `dual-fact-odo-workplace.note`.
fn is_message_id(id: &str, attribute: bool) -> bool {
    let part = |text: &str| {
        text.starts_with(|c: char| c.is_ascii_lowercase())
            && text.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_')
    };
    match id.split_once('.') {
        Some((message, attr)) => attribute && part(message) && part(attr),
        None => part(id),
    }
}

/// A public web page: `https://` and a host name, no spaces.
fn is_public_page(url: &str) -> bool {
    url.strip_prefix("https://").and_then(|rest| rest.split('/').next()).is_some_and(|host| host.contains('.'))
        && !url.contains(char::is_whitespace)
}
