//! `cochair check --lang es`: what is wrong with an agenda said in Spanish, each at its
//! `path:line:col` as in English; English as it always was.

use crate::cochair;

const BROKEN: &str = "tests/fixtures/consejo-con-errores.ron";

/// `check` on `paths` in `lang`: its exit code, standard output and standard error.
fn check(lang: &str, paths: &[&str]) -> (Option<i32>, String, String) {
    let output = cochair()
        .args(["check", "--lang", lang])
        .args(paths)
        .output()
        .unwrap();
    (
        output.status.code(),
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
    )
}

#[test]
fn a_broken_agenda_is_refused_in_spanish_at_the_same_places() {
    let (code, stdout, stderr) = check("es", &[BROKEN]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(
        lines[..5],
        [
            "tests/fixtures/consejo-con-errores.ron:3:12: start \"2:00 PM\" no está en formato de 24 horas; escribe 14:00",
            "tests/fixtures/consejo-con-errores.ron:5:57: el peso (weight) del grupo \"members\" debe ser un número mayor que 0 (1.0 es neutro, 2.0 favorece al grupo)",
            "tests/fixtures/consejo-con-errores.ron:9:41: el grupo \"membres\" no es ninguno de los grupos; ¿quisiste decir \"members\"?",
            "tests/fixtures/consejo-con-errores.ron:12:44: items[0].minutes: un número se escribe sin comillas: escribe 5",
            "tests/fixtures/consejo-con-errores.ron:13:55: quien presenta, \"Ana Lopes\", no es ninguna de las personas; ¿quisiste decir \"Ana López\"?",
        ],
        "{stderr}"
    );
    // The misspelled field keeps its place, and the parser says it in Spanish too.
    assert_eq!(
        lines[5],
        "tests/fixtures/consejo-con-errores.ron:13:74: items[1]: el campo `duracion` no existe; los campos de Item son title, minutes, kind, description, lead, proposed_by y confidential",
        "{stderr}"
    );
    assert_eq!(lines.len(), 6, "{stderr}");
}

#[test]
fn the_same_agenda_in_english_reads_as_it_always_has() {
    let (code, stdout, stderr) = check("en", &[BROKEN]);
    assert_eq!(code, Some(1));
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "tests/fixtures/consejo-con-errores.ron:3:12: start \"2:00 PM\" is not on a 24-hour clock; write 14:00\n\
         tests/fixtures/consejo-con-errores.ron:5:57: weight of group \"members\" must be a number above 0 (1.0 is neutral, 2.0 favours the group)\n\
         tests/fixtures/consejo-con-errores.ron:9:41: group \"membres\" is not one of the groups; did you mean \"members\"?\n\
         tests/fixtures/consejo-con-errores.ron:12:44: items[0].minutes: a number is written without quotes: write 5\n\
         tests/fixtures/consejo-con-errores.ron:13:55: lead \"Ana Lopes\" is not one of the people; did you mean \"Ana López\"?\n\
         tests/fixtures/consejo-con-errores.ron:13:74: items[1]: unknown field `duracion`; an Item has the fields title, minutes, kind, description, lead, proposed_by and confidential\n"
    );
}

#[test]
fn warnings_and_the_queue_are_said_in_spanish() {
    let (code, stdout, stderr) = check("es", &["tests/valid_agendas/morning-start.ron"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert_eq!(
        stderr,
        "tests/valid_agendas/morning-start.ron:6:12: aviso: start 06:30 es por la mañana; para la tarde escribe 18:30\n"
    );
    assert!(
        stdout.contains("\n  Lista: una mano espera como mucho 6 manos levantadas después\n"),
        "{stdout}"
    );
}

#[test]
fn a_file_of_another_kind_is_named_in_spanish() {
    let (code, _, stderr) = check("es", &["tests/fixtures/advisory-group.jsonl"]);
    assert_eq!(code, Some(1));
    assert_eq!(
        stderr,
        "tests/fixtures/advisory-group.jsonl: es el diario de una reunión, no un orden del día: \
         `cochair export tests/fixtures/advisory-group.jsonl` hace su acta y \
         `cochair --journal tests/fixtures/advisory-group.jsonl` vuelve a abrir la reunión\n"
    );
}

#[test]
fn the_host_and_agenda_commands_say_a_bad_agenda_in_their_language() {
    for command in [
        vec![BROKEN, "--lang", "es"],
        vec!["agenda", BROKEN, "--lang", "es"],
        vec!["simulate", BROKEN, "--lang", "es"],
    ] {
        let output = cochair().args(&command).output().unwrap();
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert_eq!(output.status.code(), Some(1), "{command:?}: {stderr}");
        assert!(
            stderr
                .contains(":12:44: items[0].minutes: un número se escribe sin comillas: escribe 5"),
            "{command:?}: {stderr}"
        );
    }
}

/// `path:line:col` (or `path`) at the start of a line: the place, which no language changes
/// (the fixtures' paths hold no `: `).
fn place(line: &str) -> &str {
    line.split_once(": ").map_or(line, |(place, _)| place)
}

#[test]
fn every_broken_agenda_keeps_its_places_in_spanish() {
    let agendas = crate::files_in("tests/invalid_agendas");
    let paths: Vec<&str> = agendas.iter().map(|p| p.to_str().unwrap()).collect();
    let (_, _, english) = check("en", &paths);
    let (code, _, spanish) = check("es", &paths);
    assert_eq!(code, Some(1));
    let places = |text: &str| text.lines().map(place).collect::<Vec<_>>().join("\n");
    assert_eq!(places(&spanish), places(&english));
    let said_in_spanish = english
        .lines()
        .zip(spanish.lines())
        .filter(|(en, es)| en != es)
        .count();
    // All but the parser's own wording (unknown fields, missing commas, …) is translated.
    assert!(
        said_in_spanish * 3 > english.lines().count() * 2,
        "{spanish}"
    );
}

/// `check` on one invalid agenda in `lang`: its one line of standard error.
fn refused(lang: &str, path: &str) -> String {
    let (code, stdout, stderr) = check(lang, &[path]);
    assert_eq!((code, stdout.as_str()), (Some(1), ""), "{stderr}");
    stderr
}

#[test]
fn an_unknown_choice_is_said_in_spanish_at_its_place() {
    for (path, spanish) in [
        (
            "tests/invalid_agendas/unknown-break-kind.ron",
            "16:47: items[1].kind: el tipo de punto `Brake` no existe; ¿quisiste decir `Break`?",
        ),
        (
            "tests/invalid_agendas/unknown-role.ron",
            "11:61: people[0].roles[0]: el rol `Chair` no existe; las opciones son Facilitator, Timekeeper, Secretary",
        ),
        (
            "tests/invalid_agendas/policy-in-lower-case.ron",
            "17:51: speaking.policy: la política `weighted-fair` no existe; escribe WeightedFair",
        ),
    ] {
        assert_eq!(refused("es", path), format!("{path}:{spanish}\n"));
    }
}

#[test]
fn an_unknown_choice_reads_in_english_as_it_always_has() {
    let path = "tests/invalid_agendas/unknown-variant.ron";
    assert_eq!(
        refused("en", path),
        format!(
            "{path}:16:50: items[1].kind: unknown item kind `Vote`; the choices are Info, Discussion, Decision, Break\n"
        )
    );
}
