use leptos::prelude::*;

use super::article_href;
use crate::href;
use crate::i18n::Lang;
use crate::model::{Role, policy};
use crate::route::{Page, Sort};

/// Who is responsible for what.
#[component]
pub fn DepartmentsPage(lang: Lang) -> impl IntoView {
    let ui = lang.ui();
    let p = policy();
    let rows = p
        .units
        .iter()
        .map(|unit| {
            let roles: Vec<_> = p.roles_of(unit).collect();
            let count = |role: Role| roles.iter().filter(|(_, r)| *r == role).count();
            let (leads, supports, joint) = (count(Role::Lead), count(Role::Support), count(Role::Joint));
            let articles = roles
                .into_iter()
                .map(|(a, role)| {
                    view! {
                        <li>
                            <a href=article_href(lang, a.no) class=format!("role role-{role:?}").to_lowercase()
                                title=ui.role(role)>
                                {a.label()}
                            </a>
                        </li>
                    }
                })
                .collect_view();
            let unit_href = href(lang, Page::Departments { unit: Some(unit.id), article: None, sort: Sort::default(), kind: None });
            view! {
                <tr>
                    <th scope="row"><a href=unit_href>{unit.name}</a></th>
                    <td>{lang.pick(unit.full_name, unit.name_en)}</td>
                    <td>{ui.kind(unit.kind)}</td>
                    <td class="num">{leads}</td>
                    <td class="num">{supports}</td>
                    <td class="num">{joint}</td>
                    <td><ul class="inline-list">{articles}</ul></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="page departments">
            <h1>{ui.departments_title}</h1>
            <p class="lede">{ui.departments_description}</p>
            <p class="source-note">{ui.footer_as_of}</p>
            <div class="table-scroll" tabindex="0" role="region" aria-label=ui.departments_title>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">{ui.unit_name}</th>
                            <th scope="col">{ui.unit_full_name}</th>
                            <th scope="col">{ui.unit_kind}</th>
                            <th scope="col">{ui.unit_leads}</th>
                            <th scope="col">{ui.unit_supports}</th>
                            <th scope="col">{ui.unit_joint}</th>
                            <th scope="col">{ui.unit_articles}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}
