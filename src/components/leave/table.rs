//! The coverage table: the person's plan and each scheme alone, with the same numbers as the chart.

use crate::components::result::ScrollBox;
use crate::i18n::words;
use crate::t;
use studierekenaar_core::leave::{CoverageKind, CoverageRow};
use studierekenaar_core::Language;
use yew::prelude::*;

use super::share_text;

pub(super) fn coverage_table(language: Language, rows: &[CoverageRow]) -> Html {
    let not_computed = || t!(language, "leave-not-computed");
    html! {
        <ScrollBox class="leave-table-wrap" label={t!(language, "leave-table-region")}>
            <table class="leave-table" id="leave-coverage-table">
                <caption>{ t!(language, "leave-table-caption") }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ t!(language, "leave-table-scheme") }</th>
                        <th scope="col">{ t!(language, "leave-table-covered") }</th>
                        <th scope="col">{ t!(language, "leave-table-share") }</th>
                        <th scope="col">{ t!(language, "leave-table-left-per-week") }</th>
                    </tr>
                </thead>
                <tbody>
                    { for rows.iter().map(|row| html! {
                        <tr class={classes!((row.kind == CoverageKind::Combined).then_some("plan"))}>
                            <th scope="row">{ words(language, &row.label) }</th>
                            <td>{ row.covered_hours.map_or_else(not_computed, |hours| hours.display(language)) }</td>
                            <td>{ row.share_percent.map_or_else(not_computed, |share| share_text(language, share)) }</td>
                            <td>{ row.left_per_week_hours.map_or_else(not_computed, |left| left.display(language)) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </ScrollBox>
    }
}
