//! The agenda to send out, from the app.

use super::*;

#[test]
fn the_app_shows_exports_and_copies_the_same_agenda_as_the_command() {
    let mut model = example_model();
    act(&mut model, Command::ShowAgenda, at(0));
    assert_eq!(model.mode(), crate::input::Mode::Reading);
    let expected = crate::export::to_text(&crate::export::agenda_document(model.meeting.agenda()));
    let effects = update(&mut model, Command::ExportAgenda, at(1));
    let [Effect::Export(files)] = &effects[..] else {
        panic!("{effects:?}")
    };
    let names: Vec<String> = files
        .iter()
        .map(|(p, _)| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(
        names,
        [
            "family-council-2026-11-24-agenda.txt",
            "family-council-2026-11-24-agenda.md"
        ]
    );
    assert_eq!(files[0].1, expected);
    let effects = update(&mut model, Command::CopyAgenda, at(2));
    assert!(matches!(&effects[..], [Effect::Copy { text, .. }] if *text == expected));
    act(&mut model, Command::Cancel, at(3));
    assert_eq!(model.overlay, Overlay::None);
}
