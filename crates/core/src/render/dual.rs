//! The dual-learning comparison in words: the agreements' and topics' names as the app, the
//! CLI and the tests show them. The outcome's own sentences are [`Message`]s, put into words
//! by [`super::message`].

use super::message;
use crate::dual::{AgreementKind, FactTopic};
use crate::i18n::Language;
use crate::message::Message;

impl AgreementKind {
    /// The name as a title: `Overeenkomst alternerende opleiding`,
    /// `Alternating-training agreement (overeenkomst alternerende opleiding)`.
    pub fn name(self, language: Language) -> String {
        message(&Message::new(self.message()), language)
    }

    /// The name inside a sentence: `overeenkomst alternerende opleiding`,
    /// `alternating-training agreement`.
    pub fn name_in_text(self, language: Language) -> String {
        super::arg(&self.name_in_sentence(), language)
    }
}

impl FactTopic {
    /// `Sociale zekerheid`, `Sécurité sociale`, `Social security`.
    pub fn label(self, language: Language) -> String {
        message(&Message::new(self.message()), language)
    }
}
