//! Words at the edge: the one place where an outcome's [`Message`]s become sentences in a
//! language. The rules return data; the app's views, the CLI and the JavaScript API call
//! this layer when they show or print it.

pub mod adult_education;
pub mod dual;
pub mod leave;
pub mod plan;

use crate::i18n::{FluentArgs, Language};
use crate::message::{Arg, Message};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};
use std::cell::Cell;

/// A message in words: every argument written as the language writes it.
pub fn message(message: &Message, language: Language) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in &message.args {
        match value {
            Arg::Count(count) => args.set(*name, *count),
            other => args.set(*name, arg(other, language)),
        }
    }
    language.format(message.id.as_str(), &args)
}

/// One argument in words.
pub fn arg(value: &Arg, language: Language) -> String {
    match value {
        Arg::Text(text) => text.clone(),
        Arg::Key(key) => (*key).to_owned(),
        Arg::Integer(number) | Arg::Count(number) => number.to_string(),
        // Study points are written as typed, without thousands separators, as the lines have always shown them.
        Arg::Credits(credits) => {
            language.format("count-credits", &crate::fluent_args!(count = *credits, amount = credits.to_string()))
        }
        Arg::Decimal(hundredths) => language.decimal(*hundredths),
        Arg::Percent(value) => language.percent(*value),
        Arg::Money(amount) => language.money(*amount),
        Arg::Figure { amount, unit } => unit.display(language, *amount),
        Arg::Status(status) => status.label(language),
        Arg::Period(period) => language.period(*period),
        Arg::Year(year) => year.to_string(),
        Arg::Date(date) => language.date(*date),
        Arg::Message(inner) => message(inner, language),
        Arg::Hours(hours) => leave::hours(language, *hours),
        Arg::HoursRange(range) => leave::hours_range(language, *range),
        Arg::Number(number) => language.integer(*number),
        Arg::Counted { count, unit } => language.count(unit.as_str(), *count),
        Arg::Sentences(items) => items.iter().map(|item| message(item, language)).collect::<Vec<_>>().join(" "),
        Arg::TwoDecimals(hundredths) => language.fixed_two(*hundredths),
        Arg::List { items, separator } => {
            let items: Vec<String> = items.iter().map(|item| message(item, language)).collect();
            items.join(&language.text(separator.as_str()))
        }
        Arg::MidSentence(inner) => {
            let sentence = message(inner, language);
            let mut chars = sentence.trim_end_matches('.').chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => String::new(),
            }
        }
        Arg::Named(id) => language.text(id),
        Arg::Label { parameter, dutch } => match language {
            Language::Dutch => (*dutch).to_owned(),
            _ => language
                .catalog()
                .try_format(&crate::explain::ParameterWords::message_id(parameter.as_str()), None)
                .unwrap_or_else(|| (*dutch).to_owned()),
        },
        Arg::Attribute { message, attribute } => language.text(&format!("{}.{attribute}", message.as_str())),
    }
}

/// Something an outcome carries that can be put into words.
pub trait Words {
    fn words(&self, language: Language) -> String;
}

impl Words for Message {
    fn words(&self, language: Language) -> String {
        message(self, language)
    }
}

thread_local! {
    /// The language messages are written in while [`in_words`] serializes; `None`: as data.
    static SERIALIZING_IN: Cell<Option<Language>> = const { Cell::new(None) };
}

/// Runs `serialize` (a serde serializer call on an outcome, or any part of one) with every
/// message written as its sentence in `language`: the JSON the CLI prints and the
/// JavaScript API returns when words are asked for.
pub fn in_words<T>(language: Language, serialize: impl FnOnce() -> T) -> T {
    let previous = SERIALIZING_IN.with(|cell| cell.replace(Some(language)));
    let result = serialize();
    SERIALIZING_IN.with(|cell| cell.set(previous));
    result
}

/// In [`in_words`], a message is its sentence; otherwise it is its id and typed arguments.
impl Serialize for Message {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(language) = SERIALIZING_IN.with(Cell::get) {
            return serializer.serialize_str(&message(self, language));
        }
        let mut map = serializer.serialize_map(Some(2))?;
        map.serialize_entry("message", self.id.as_str())?;
        map.serialize_entry("args", &Args(&self.args))?;
        map.end()
    }
}

struct Args<'a>(&'a [(&'static str, Arg)]);

impl Serialize for Args<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (name, value) in self.0 {
            map.serialize_entry(name, value)?;
        }
        map.end()
    }
}
