//! The checker behind `tests/commands/layers.rs`: every path a source file names, read with syn, so a
//! grouped `use std::{fs, io};`, a renamed import, a path through `super::` or a path written
//! inside a macro's arguments counts as what it is, and comments and strings never count.
//!
//! A path is made absolute before it is compared: `crate::`, `self::` and `super::` against
//! the file's own module, and a first segment that a `use` of the file brought in against that
//! `use` (`use std::time;` then `time::Instant::now()` is `std::time::Instant::now`). A rule
//! forbids a path and everything under it; a glob import of something above a forbidden path
//! (`use std::time::*;` when `std::time::Instant` is forbidden) counts too, since it may bring
//! the forbidden thing in unnamed.

use std::collections::{BTreeSet, HashMap};
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::{self, Visit};

/// What one file names that a rule forbids: `path:line: uses std::fs (as std::fs::read)`.
pub fn breaches(source: &str, module: &[String], forbidden: &[&str]) -> Vec<String> {
    let file = match syn::parse_file(source) {
        Ok(file) => file,
        Err(e) => return vec![format!("does not parse: {e}")],
    };
    let mut names = Names::new(module);
    names.visit_file(&file);
    let mut found = BTreeSet::new();
    for (path, line) in names.resolved() {
        for rule in forbidden {
            if let Some(why) = breach(&path, rule) {
                found.insert((line, format!("{line}: uses {rule} ({why})")));
            }
        }
    }
    found.into_iter().map(|(_, text)| text).collect()
}

/// Whether `path` (segments joined by `::`, a glob ending in `::*`) falls under `rule`.
fn breach(path: &str, rule: &str) -> Option<String> {
    if let Some(above) = path.strip_suffix("::*") {
        if let Some(why) = breach(above, rule) {
            return Some(why);
        }
        let under = rule.strip_prefix(above)?;
        return (under.is_empty() || under.starts_with("::"))
            .then(|| format!("a glob import of {above}"));
    }
    let rest = path.strip_prefix(rule)?;
    (rest.is_empty() || rest.starts_with("::")).then(|| format!("as {path}"))
}

/// The module a source file is, from its place under `src/`: `src/app/runtime.rs` is
/// `crate::app::runtime`, `src/app/mod.rs` is `crate::app`.
pub fn module_of(file: &Path, src: &Path) -> Vec<String> {
    let relative = file.strip_prefix(src).unwrap_or(file);
    let mut module = vec!["crate".to_string()];
    for part in relative.with_extension("").iter() {
        let part = part.to_string_lossy();
        if !matches!(part.as_ref(), "mod" | "lib" | "main") {
            module.push(part.into_owned());
        }
    }
    module
}

/// The files that `#[cfg(test)] mod name;` declarations in this source pull in, beside
/// `file`: test code, which may use anything.
pub fn test_modules(file: &Path, source: &str) -> Vec<PathBuf> {
    let Ok(parsed) = syn::parse_file(source) else {
        return Vec::new();
    };
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let dir = file.parent().unwrap_or(Path::new(""));
    // `mod.rs` and `lib.rs` hold their modules beside them; `name.rs` holds them in `name/`.
    let dir = match stem {
        "mod" | "lib" | "main" => dir.to_path_buf(),
        _ => dir.join(stem),
    };
    let mut out = Vec::new();
    for item in &parsed.items {
        if let syn::Item::Mod(m) = item
            && m.content.is_none()
            && is_test_only(&m.attrs)
        {
            let name = m.ident.to_string();
            out.push(dir.join(format!("{name}.rs")));
            out.push(dir.join(&name).join("mod.rs"));
        }
    }
    out
}

/// `#[cfg(test)]`, alone or in an `all(...)` (not under a `not(...)`).
fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg") && {
            let tokens = match &attr.meta {
                syn::Meta::List(list) => list.tokens.to_string(),
                _ => String::new(),
            };
            let tokens = tokens.replace(' ', "");
            tokens == "test" || (tokens.starts_with("all(") && tokens.contains("test"))
        }
    })
}

/// Every path one file names, with the line it is on, and what its `use`s bring in.
struct Names {
    /// The module being read: the file's, then any inline `mod` inside it.
    module: Vec<String>,
    /// A name a `use` brought in, and the absolute path it stands for.
    aliases: HashMap<String, Vec<String>>,
    /// Each path as written (made absolute where `crate`, `self` or `super` says so).
    paths: Vec<(Vec<String>, usize)>,
}

impl Names {
    fn new(module: &[String]) -> Names {
        Names {
            module: module.to_vec(),
            aliases: HashMap::new(),
            paths: Vec::new(),
        }
    }

    /// Every path, its first segment read through the file's `use`s, joined by `::`.
    fn resolved(&self) -> Vec<(String, usize)> {
        self.paths
            .iter()
            .map(|(segments, line)| {
                let mut path = segments.clone();
                // Follow an alias at most a few times: `use a::b; use b::c;` resolves twice.
                for _ in 0..4 {
                    match path.first().and_then(|first| self.aliases.get(first)) {
                        Some(full) if full.len() > 1 => {
                            let mut longer = full.clone();
                            longer.extend(path.drain(1..));
                            path = longer;
                        }
                        _ => break,
                    }
                }
                (path.join("::"), *line)
            })
            .collect()
    }

    /// `crate`, `self` and `super` turned into the module they name.
    fn absolute(&self, segments: Vec<String>) -> Vec<String> {
        let mut base = self.module.clone();
        let mut rest = segments.as_slice();
        match rest.first().map(String::as_str) {
            Some("crate") => return segments,
            Some("self") => rest = &rest[1..],
            Some("super") => {
                while rest.first().map(String::as_str) == Some("super") {
                    base.pop();
                    rest = &rest[1..];
                }
            }
            _ => return segments,
        }
        base.extend(rest.iter().cloned());
        base
    }

    fn add(&mut self, segments: Vec<String>, line: usize) {
        let absolute = self.absolute(segments);
        self.paths.push((absolute, line));
    }

    /// A `use` tree: each leaf path is recorded, and each name it brings in remembered.
    fn use_tree(&mut self, prefix: &[String], tree: &syn::UseTree) {
        let mut path = prefix.to_vec();
        match tree {
            syn::UseTree::Path(p) => {
                path.push(p.ident.to_string());
                self.use_tree(&path, &p.tree);
            }
            syn::UseTree::Name(n) => {
                let name = n.ident.to_string();
                if name == "self" {
                    self.bring_in(path.last().cloned(), path, n.ident.span());
                } else {
                    path.push(name.clone());
                    self.bring_in(Some(name), path, n.ident.span());
                }
            }
            syn::UseTree::Rename(r) => {
                if r.ident != "self" {
                    path.push(r.ident.to_string());
                }
                self.bring_in(Some(r.rename.to_string()), path, r.ident.span());
            }
            syn::UseTree::Glob(g) => {
                path.push("*".into());
                self.add(path, g.star_token.spans[0].start().line);
            }
            syn::UseTree::Group(g) => {
                for tree in &g.items {
                    self.use_tree(prefix, tree);
                }
            }
        }
    }

    fn bring_in(&mut self, name: Option<String>, path: Vec<String>, span: proc_macro2::Span) {
        let absolute = self.absolute(path);
        if let Some(name) = name.filter(|n| n != "_") {
            self.aliases.insert(name, absolute.clone());
        }
        self.paths.push((absolute, span.start().line));
    }

    /// Paths written inside a macro's arguments (`format!("{}", std::fs::read(p)?)`): runs of
    /// `name :: name` in its tokens, at any depth.
    fn tokens(&mut self, tokens: TokenStream) {
        let mut run: Vec<String> = Vec::new();
        let mut line = 0;
        let mut colons = 0;
        let flush = |run: &mut Vec<String>, line: usize, names: &mut Names| {
            if !run.is_empty() {
                names.add(std::mem::take(run), line);
            }
        };
        for token in tokens {
            match token {
                TokenTree::Ident(ident) => {
                    if colons != 2 {
                        flush(&mut run, line, self);
                        line = ident.span().start().line;
                    }
                    run.push(ident.to_string());
                    colons = 0;
                }
                TokenTree::Punct(p) if p.as_char() == ':' && colons < 2 => colons += 1,
                TokenTree::Group(group) => {
                    flush(&mut run, line, self);
                    colons = 0;
                    self.tokens(group.stream());
                }
                _ => {
                    flush(&mut run, line, self);
                    colons = 0;
                }
            }
        }
        flush(&mut run, line, self);
    }
}

impl<'ast> Visit<'ast> for Names {
    fn visit_item_use(&mut self, node: &'ast syn::ItemUse) {
        if !is_test_only(&node.attrs) {
            self.use_tree(&[], &node.tree);
        }
    }

    fn visit_item_mod(&mut self, node: &'ast syn::ItemMod) {
        if is_test_only(&node.attrs) {
            return;
        }
        self.module.push(node.ident.to_string());
        visit::visit_item_mod(self, node);
        self.module.pop();
    }

    fn visit_item_fn(&mut self, node: &'ast syn::ItemFn) {
        if !is_test_only(&node.attrs) {
            visit::visit_item_fn(self, node);
        }
    }

    fn visit_item_impl(&mut self, node: &'ast syn::ItemImpl) {
        if !is_test_only(&node.attrs) {
            visit::visit_item_impl(self, node);
        }
    }

    fn visit_path(&mut self, node: &'ast syn::Path) {
        let segments: Vec<String> = node.segments.iter().map(|s| s.ident.to_string()).collect();
        if let Some(first) = node.segments.first() {
            self.add(segments, first.ident.span().start().line);
        }
        visit::visit_path(self, node);
    }

    fn visit_macro(&mut self, node: &'ast syn::Macro) {
        self.tokens(node.tokens.clone());
        visit::visit_macro(self, node);
    }
}
