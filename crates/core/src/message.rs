//! What an outcome says, as data: a message of the catalogs by its typed id, with typed
//! arguments (an amount in cents, a number of study points, a parameter's figure, a
//! period…). The rules build these and never format a sentence; [`crate::render`] turns
//! them into words in a language, at the edge (the app's view, the CLI's and the API's
//! JSON). Without words, a message serializes as `{"message": "fee-line-fixed-part",
//! "args": {"institution": "UGent"}}`.

use crate::leave::{Hours, HoursRange};
use crate::money::{Cents, Hundredths};
use crate::params::{Date, ParamId, Period, Status, Unit};
use crate::year::AcademicYear;
use serde::{Serialize, Serializer};

include!(concat!(env!("OUT_DIR"), "/message_ids.rs"));

/// One sentence (or phrase) of an outcome, before it is put into words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub id: MessageId,
    /// The message's variables, by the name the `.ftl` files use.
    pub args: Vec<(&'static str, Arg)>,
}

impl Message {
    pub fn new(id: MessageId) -> Message {
        Message { id, args: Vec::new() }
    }

    pub fn with(mut self, name: &'static str, value: impl Into<Arg>) -> Message {
        self.args.push((name, value.into()));
        self
    }

    /// A message whose id the data files give (a dual-learning agreement's fact and its
    /// note, `message` or `message.attribute`), not a [`MessageId`] the code names.
    pub fn named(id: &'static str) -> Message {
        Message::new(MessageId::Named).with("id", Arg::Named(id))
    }

    /// The argument named `name`, when the message has it (tests read amounts this way).
    pub fn arg(&self, name: &str) -> Option<&Arg> {
        self.args.iter().find(|(n, _)| *n == name).map(|(_, value)| value)
    }
}

impl From<MessageId> for Message {
    fn from(id: MessageId) -> Message {
        Message::new(id)
    }
}

/// A message's variable, typed; how it reads is the render layer's business.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Arg {
    /// Text the user typed (an institution's name), shown as it is.
    Text(String),
    /// A selector the message chooses its wording by (`banaba`, `diploma`).
    Key(&'static str),
    /// A whole number written with its digits only (`140`, `2024`).
    Integer(i64),
    /// A number the message counts with (plural forms), written per language.
    Count(i64),
    /// A number of study points: `60 studiepunten`.
    Credits(i64),
    /// A number in hundredths, written with two decimals per language (`2,50`).
    Decimal(i64),
    /// A percentage (`80 %`).
    Percent(i64),
    /// An amount of money.
    Money(Cents),
    /// A parameter's amount in its unit: `€ 13,80 per studiepunt`, `125 uur`.
    Figure {
        amount: Hundredths,
        unit: Unit,
    },
    Status(Status),
    #[serde(serialize_with = "as_text")]
    Period(Period),
    Year(AcademicYear),
    #[serde(serialize_with = "as_text")]
    Date(Date),
    /// A phrase of its own, put into words first.
    Message(Box<Message>),
    /// A number of hours with its word: `7,6 uur`, `1 hour`, `1.5 hours`, `22,5 uur`.
    Hours(Hours),
    /// A range of hours: `750 tot 900 uur`; `750 uur` when both ends are equal.
    HoursRange(HoursRange),
    /// A whole number with thousands grouped per language: `1.500`, `1,500`.
    Number(i64),
    /// A whole number with its counted word, a message of its plural forms (`count-months`):
    /// `1 maand`, `12 maanden`, `1.500 lestijden` (the number grouped per language).
    Counted {
        count: i64,
        unit: MessageId,
    },
    /// Sentences one after another, separated by a space.
    Sentences(Vec<Message>),
    /// A number in hundredths with two decimals unless it is whole: `36`, `4,50`.
    TwoDecimals(Hundredths),
    /// Phrases in one sentence, joined by the words of `separator` (`; `, `a ; b` in French).
    List {
        items: Vec<Message>,
        separator: MessageId,
    },
    /// A sentence put in the middle of another: its first letter in lower case, without
    /// its final full stop (`niet berekend: …`).
    MidSentence(Box<Message>),
    /// A message (or `message.attribute`) of the catalogs by an id the data files give.
    Named(&'static str),
    /// A parameter's label: the Dutch one of its file, or its translation.
    Label {
        parameter: ParamId,
        dutch: &'static str,
    },
    /// An attribute of a message: `premium-learner-name.plain`.
    Attribute {
        message: MessageId,
        attribute: &'static str,
    },
}

/// In JSON a message id is its id in the `.ftl` files.
impl Serialize for MessageId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

fn as_text<S: Serializer>(value: &impl std::fmt::Display, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

impl From<MessageId> for Arg {
    fn from(id: MessageId) -> Arg {
        Arg::Message(Box::new(Message::new(id)))
    }
}

impl From<Cents> for Arg {
    fn from(amount: Cents) -> Arg {
        Arg::Money(amount)
    }
}

impl From<Status> for Arg {
    fn from(status: Status) -> Arg {
        Arg::Status(status)
    }
}

impl From<Period> for Arg {
    fn from(period: Period) -> Arg {
        Arg::Period(period)
    }
}

impl From<AcademicYear> for Arg {
    fn from(year: AcademicYear) -> Arg {
        Arg::Year(year)
    }
}

impl From<Date> for Arg {
    fn from(date: Date) -> Arg {
        Arg::Date(date)
    }
}

impl From<Hours> for Arg {
    fn from(hours: Hours) -> Arg {
        Arg::Hours(hours)
    }
}

impl From<HoursRange> for Arg {
    fn from(range: HoursRange) -> Arg {
        Arg::HoursRange(range)
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

/// A [`Message`] with its arguments: `msg!(FeeLineFixedPart, institution = name)`.
#[macro_export]
macro_rules! msg {
    ($id:ident) => {
        $crate::message::Message::new($crate::message::MessageId::$id)
    };
    ($id:ident, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::message::Message::new($crate::message::MessageId::$id)$(.with(stringify!($name), $value))+
    };
}
