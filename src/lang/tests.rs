//! Tests that catch drift between the code and the Fluent files: every file parses; every id
//! starts with its file's name; English and Spanish hold the same ids, each with the same
//! variables; every id the code uses is there and every id there is used; the pseudo-locale
//! is about 40% longer; the user's words come through without bidi marks.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_bundle::FluentResource;
use fluent_syntax::ast;

use super::bundles::{AREAS, sources};
use super::*;

/// One language's messages: id → the variables it uses (through the messages it refers to
/// as well), and the ids it refers to.
#[derive(Default)]
struct Messages {
    variables: BTreeMap<String, BTreeSet<String>>,
    references: BTreeMap<String, BTreeSet<String>>,
    area: BTreeMap<String, String>,
}

fn resource(area: &str, lang: Lang, source: &str) -> FluentResource {
    match FluentResource::try_new(source.to_owned()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("locales/{}/{area}.ftl: {errors:?}", lang.code()),
    }
}

fn inline(
    e: &ast::InlineExpression<&str>,
    vars: &mut BTreeSet<String>,
    refs: &mut BTreeSet<String>,
) {
    match e {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            refs.insert(id.name.to_owned());
        }
        // A term's own variables are its parameters; the message's are in its arguments.
        ast::InlineExpression::TermReference { arguments, .. } => {
            for a in arguments.iter() {
                call(a, vars, refs);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => call(arguments, vars, refs),
        ast::InlineExpression::Placeable { expression } => expr(expression, vars, refs),
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
    }
}

fn call(a: &ast::CallArguments<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for p in &a.positional {
        inline(p, vars, refs);
    }
    for n in &a.named {
        inline(&n.value, vars, refs);
    }
}

fn expr(e: &ast::Expression<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Inline(i) => inline(i, vars, refs),
        ast::Expression::Select { selector, variants } => {
            inline(selector, vars, refs);
            for v in variants {
                pattern(&v.value, vars, refs);
            }
        }
    }
}

fn pattern(p: &ast::Pattern<&str>, vars: &mut BTreeSet<String>, refs: &mut BTreeSet<String>) {
    for element in &p.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, vars, refs);
        }
    }
}

fn messages(lang: Lang) -> Messages {
    let mut out = Messages::default();
    for (area, source) in sources(lang) {
        let resource = resource(area, lang, source);
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let (mut vars, mut refs) = (BTreeSet::new(), BTreeSet::new());
            if let Some(value) = &message.value {
                pattern(value, &mut vars, &mut refs);
            }
            let id = message.id.name.to_owned();
            assert!(
                out.area.insert(id.clone(), (*area).to_owned()).is_none(),
                "{id} is in two files of {}",
                lang.code()
            );
            out.variables.insert(id.clone(), vars);
            out.references.insert(id, refs);
        }
    }
    // The variables of the messages a message refers to are its own too.
    loop {
        let mut grew = false;
        for (id, refs) in &out.references {
            let inherited: BTreeSet<String> = refs
                .iter()
                .filter_map(|r| out.variables.get(r))
                .flatten()
                .cloned()
                .collect();
            let own = out.variables.get(id).cloned().unwrap_or_default();
            if !inherited.is_subset(&own) {
                out.variables
                    .insert(id.clone(), own.union(&inherited).cloned().collect());
                grew = true;
            }
        }
        if !grew {
            break;
        }
    }
    out
}

#[test]
fn every_file_parses_and_every_id_starts_with_its_file_s_name() {
    for lang in [Lang::En, Lang::Es] {
        let found = messages(lang);
        assert!(!found.area.is_empty());
        for (id, area) in &found.area {
            assert!(
                id.starts_with(&format!("{area}-")),
                "{id} in locales/{}/{area}.ftl: an id starts with its file's name",
                lang.code()
            );
        }
    }
}

#[test]
fn english_and_spanish_hold_the_same_ids_with_the_same_variables() {
    let (en, es) = (messages(Lang::En), messages(Lang::Es));
    let ids = |m: &Messages| m.variables.keys().cloned().collect::<BTreeSet<_>>();
    let only_en: Vec<_> = ids(&en).difference(&ids(&es)).cloned().collect();
    let only_es: Vec<_> = ids(&es).difference(&ids(&en)).cloned().collect();
    assert!(only_en.is_empty(), "not in Spanish: {only_en:?}");
    assert!(only_es.is_empty(), "not in English: {only_es:?}");
    for (id, vars) in &en.variables {
        assert_eq!(
            Some(vars),
            es.variables.get(id),
            "{id}: the variables differ"
        );
        assert_eq!(en.area.get(id), es.area.get(id), "{id}: in another file");
    }
}

/// Every `"area-…"` literal in the source: the ids the code uses (ids are written whole, as
/// literals, where they are used).
fn ids_in_code() -> BTreeMap<String, String> {
    fn walk(dir: &Path, out: &mut BTreeMap<String, String>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let source = std::fs::read_to_string(&path).unwrap();
                for literal in source.split('"').skip(1).step_by(2) {
                    let is_id = literal
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
                    let in_area = |a: &&str| {
                        literal
                            .strip_prefix(&format!("{a}-"))
                            .is_some_and(|rest| !rest.is_empty())
                    };
                    if is_id && AREAS.iter().any(in_area) {
                        out.entry(literal.to_owned())
                            .or_insert_with(|| path.display().to_string());
                    }
                }
            }
        }
    }
    let mut out = BTreeMap::new();
    walk(Path::new("src"), &mut out);
    out
}

#[test]
fn every_id_the_code_uses_is_there_and_every_id_there_is_used() {
    let en = messages(Lang::En);
    let es = messages(Lang::Es);
    let used = ids_in_code();
    for (id, file) in &used {
        assert!(
            en.variables.contains_key(id),
            "{file} uses {id}, which is not in locales/en"
        );
    }
    let referred: BTreeSet<&String> = en
        .references
        .values()
        .chain(es.references.values())
        .flatten()
        .collect();
    let unused: Vec<&String> = en
        .variables
        .keys()
        .filter(|id| !used.contains_key(*id) && !referred.contains(id))
        .collect();
    assert!(
        unused.is_empty(),
        "in locales/en but used nowhere: {unused:?}"
    );
}

#[test]
fn the_pseudo_locale_is_about_forty_percent_longer_and_marks_every_message() {
    let (mut english, mut pseudo) = (0usize, 0usize);
    for (area, source) in sources(Lang::En) {
        let resource = resource(area, Lang::En, source);
        for entry in resource.entries() {
            let ast::Entry::Message(message) = entry else {
                continue;
            };
            let texts = message
                .value
                .iter()
                .flat_map(|p| &p.elements)
                .filter_map(|e| match e {
                    ast::PatternElement::TextElement { value } => Some(*value),
                    ast::PatternElement::Placeable { .. } => None,
                });
            // The marks around the message, then its text.
            pseudo += 2;
            for text in texts {
                english += text.chars().count();
                pseudo += pseudo::transform(text).chars().count();
            }
        }
    }
    #[allow(clippy::cast_precision_loss)]
    let ratio = pseudo as f64 / english as f64;
    assert!((1.3..1.6).contains(&ratio), "{ratio:.2} times as long");
    let next = tr!(Lang::Pseudo, "wall-next", name = "Mei Chen");
    assert!(
        next.starts_with(PSEUDO_START) && next.ends_with(PSEUDO_END),
        "{next}"
    );
    assert!(
        next.contains("Mei Chen"),
        "the user's words as written: {next}"
    );
}

#[test]
fn the_user_s_words_come_through_without_bidi_marks() {
    for lang in Lang::ALL {
        let said = tr!(lang, "wall-clock-turn", name = "Ana López");
        assert!(said.contains("Ana López"), "{said}");
        assert!(
            !said.contains(['\u{2068}', '\u{2069}', '\u{2066}', '\u{2067}']),
            "{said:?}"
        );
    }
}

#[test]
fn plurals_are_fluent_s() {
    assert_eq!(
        tr!(Lang::En, "queue-overtaken", times = 1),
        "overtaken once"
    );
    assert_eq!(
        tr!(Lang::En, "queue-overtaken", times = 2),
        "overtaken 2 times"
    );
    assert_eq!(tr!(Lang::Es, "wall-present", present = 1), "1 presente");
    assert_eq!(tr!(Lang::Es, "wall-present", present = 7), "7 presentes");
    assert_eq!(Lang::Es.number(1.5), "1,5");
    assert_eq!(Lang::En.number(1.5), "1.5");
    assert_eq!(Lang::Es.number(2.0), "2");
}

/// A Spanish count of one reads in the singular wherever a screen shows a count.
#[test]
fn one_of_anything_is_singular_in_spanish() {
    assert_eq!(
        tr!(Lang::Es, "screen-floor", waiting = 1),
        "Palabra · 1 espera"
    );
    assert_eq!(
        tr!(Lang::Es, "screen-floor", waiting = 3),
        "Palabra · 3 esperan"
    );
    assert_eq!(tr!(Lang::Es, "screen-present", present = 1), "1 presente");
    assert_eq!(
        tr!(
            Lang::Es,
            "overlay-vote-counts",
            pro = 4,
            contra = 1,
            abstaining = 1
        ),
        "4 a favor, 1 en contra, 1 abstención"
    );
    assert_eq!(
        tr!(Lang::Es, "prompts-pick-extension-asker", minutes = 1),
        "1 minuto más: ¿quién lo pidió?"
    );
}

/// The quorum, the vote and the report's follow-through read in the singular for one person,
/// one abstention or one action, as the acta already does.
#[test]
fn counts_of_one_in_prompts_screens_and_reports_are_singular_in_spanish() {
    assert_eq!(
        tr!(Lang::Es, "prompts-quorum-too-few", present = 1, needed = 3),
        "1 presente; el quórum es 3."
    );
    assert_eq!(
        tr!(
            Lang::Es,
            "prompts-quorum-no-majority",
            customers = 1,
            present = 3
        ),
        "1 de las 3 presentes es persona usuaria: no es mayoría."
    );
    assert_eq!(
        tr!(
            Lang::Es,
            "screen-vote-carried",
            pro = 5,
            contra = 0,
            abstaining = 1
        ),
        "aprobada: 5 a favor, 0 en contra, 1 abstención"
    );
    assert_eq!(
        tr!(Lang::Es, "report-follow-through", done = 1, due = 1),
        "Seguimiento: se hizo a tiempo 1 de 1 tarea que era para la reunión siguiente."
    );
    assert_eq!(
        tr!(Lang::Es, "report-follow-through", done = 2, due = 3),
        "Seguimiento: se hicieron a tiempo 2 de las 3 tareas que eran para la reunión siguiente."
    );
}

/// A file's messages and terms, each by its id, written out without its comment.
fn entries_without_comments(resource: &FluentResource) -> BTreeMap<String, String> {
    let mut out = BTreeMap::new();
    for entry in resource.entries() {
        let (id, text) = match entry.clone() {
            ast::Entry::Message(mut message) => {
                message.comment = None;
                (message.id.name.to_owned(), format!("{message:?}"))
            }
            ast::Entry::Term(mut term) => {
                term.comment = None;
                (format!("-{}", term.id.name), format!("{term:?}"))
            }
            _ => continue,
        };
        assert!(out.insert(id.clone(), text).is_none(), "{id} twice");
    }
    out
}

#[test]
fn the_text_the_binary_carries_holds_every_message_of_the_files_as_written() {
    for lang in [Lang::En, Lang::Es] {
        let mut written = BTreeMap::new();
        let mut resources = Vec::new();
        for (area, source) in sources(lang) {
            resources.push(resource(area, lang, source));
        }
        for resource in &resources {
            written.extend(entries_without_comments(resource));
        }
        let shipped = resource("(shipped)", lang, &super::bundles::shipped(lang));
        assert_eq!(
            entries_without_comments(&shipped),
            written,
            "{}",
            lang.code()
        );
    }
}
