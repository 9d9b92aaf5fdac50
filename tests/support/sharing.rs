//! A host's effects on the screens joined to it, sent through its share server as the
//! terminal host sends them; the rest (bell, clipboard, files) answered and not carried out.
//! For the tests and the benchmark of several screens.

use std::path::{Path, PathBuf};

use cochair::app::{Host, Quiet, Refusal};
use cochair::meeting::{ProposalId, Record};
use cochair::share::Server;

pub struct Sharing<'a>(pub &'a Server);

impl Host for Sharing<'_> {
    fn bell(&mut self) {}
    fn copy(&mut self, text: &str, fallback: &Path) -> String {
        Quiet.copy(text, fallback)
    }
    fn export(&mut self, files: &[(PathBuf, String)]) -> String {
        Quiet.export(files)
    }
    fn broadcast(&mut self, record: &Record) {
        self.0.broadcast(record);
    }
    fn refuse(&mut self, screen: u64, id: Option<ProposalId>, why: &Refusal) {
        self.0.refuse(screen, id, why);
    }
    fn welcome(&mut self, screen: u64) {
        self.0.welcome(screen);
    }
}
