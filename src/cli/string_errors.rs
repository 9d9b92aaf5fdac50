//! Errors stay typed: outside tests, at most [`MOST`] functions return `Result<_, String>`
//! (or a `String` under another name, `type Reason = String`). The seams (the socket, saving,
//! opening a meeting, parsing) each have an error enum; a string error is words made too early,
//! before the language of the person who reads them is known.
//!
//! clap's value parsers keep theirs (clap asks for an error it can print): a function named
//! `*_arg` that a `value_parser = …` names is not counted.
//!
//! The code is read with syn from `src/lib.rs` down, following each `mod` that is not
//! `#[cfg(test)]`, and leaving out `#[cfg(test)]` items.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// The most `Result<_, String>` functions the code may have outside tests and value parsers.
const MOST: usize = 6;

/// A function returning `Result<_, String>`: where, and its name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Found {
    file: String,
    function: String,
}

/// Every non-test source file, from `lib.rs` down.
fn sources(file: &Path, out: &mut Vec<(PathBuf, syn::File)>) {
    let text = std::fs::read_to_string(file).unwrap();
    let parsed = syn::parse_file(&text).unwrap();
    let stem = file.file_stem().and_then(|s| s.to_str()).unwrap_or("");
    let dir = file.parent().unwrap_or(Path::new(""));
    let dir = match stem {
        "mod" | "lib" | "main" => dir.to_path_buf(),
        _ => dir.join(stem),
    };
    for item in &parsed.items {
        if let syn::Item::Mod(m) = item
            && m.content.is_none()
            && !test_only(&m.attrs)
        {
            let name = m.ident.to_string();
            let flat = dir.join(format!("{name}.rs"));
            let nested = dir.join(&name).join("mod.rs");
            sources(if flat.exists() { &flat } else { &nested }, out);
        }
    }
    out.push((file.to_path_buf(), parsed));
}

/// `#[cfg(test)]`, alone or in an `all(...)`.
fn test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && match &attr.meta {
                syn::Meta::List(list) => {
                    let tokens = list.tokens.to_string().replace(' ', "");
                    tokens == "test" || (tokens.starts_with("all(") && tokens.contains("test"))
                }
                _ => false,
            }
    })
}

/// The names that mean `String`: itself, and every `type X = String;`.
fn string_names(files: &[(PathBuf, syn::File)]) -> BTreeSet<String> {
    struct Aliases(BTreeSet<String>);
    impl Visit<'_> for Aliases {
        fn visit_item_type(&mut self, item: &syn::ItemType) {
            if let syn::Type::Path(path) = &*item.ty
                && path
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| s.ident == "String")
            {
                self.0.insert(item.ident.to_string());
            }
        }
    }
    let mut aliases = Aliases(BTreeSet::from(["String".to_string()]));
    for (_, file) in files {
        aliases.visit_file(file);
    }
    aliases.0
}

/// Whether a type is, or holds, `Result<_, S>` with `S` one of `strings`.
fn has_string_error(ty: &syn::Type, strings: &BTreeSet<String>) -> bool {
    struct Seek<'a> {
        strings: &'a BTreeSet<String>,
        found: bool,
    }
    impl Visit<'_> for Seek<'_> {
        fn visit_path_segment(&mut self, segment: &syn::PathSegment) {
            if segment.ident == "Result"
                && let syn::PathArguments::AngleBracketed(args) = &segment.arguments
                && let Some(syn::GenericArgument::Type(syn::Type::Path(error))) = args.args.get(1)
                && error
                    .path
                    .segments
                    .last()
                    .is_some_and(|s| self.strings.contains(&s.ident.to_string()))
            {
                self.found = true;
            }
            syn::visit::visit_path_segment(self, segment);
        }
    }
    let mut seek = Seek {
        strings,
        found: false,
    };
    seek.visit_type(ty);
    seek.found
}

/// Every function outside tests whose result holds a `String` error.
fn string_errors(files: &[(PathBuf, syn::File)], root: &Path) -> Vec<Found> {
    struct Functions<'a> {
        strings: &'a BTreeSet<String>,
        file: String,
        out: Vec<Found>,
    }
    impl Functions<'_> {
        fn signature(&mut self, attrs: &[syn::Attribute], sig: &syn::Signature) {
            if let syn::ReturnType::Type(_, ty) = &sig.output
                && !test_only(attrs)
                && has_string_error(ty, self.strings)
            {
                self.out.push(Found {
                    file: self.file.clone(),
                    function: sig.ident.to_string(),
                });
            }
        }
    }
    impl Visit<'_> for Functions<'_> {
        fn visit_item_mod(&mut self, m: &syn::ItemMod) {
            if !test_only(&m.attrs) {
                syn::visit::visit_item_mod(self, m);
            }
        }
        fn visit_item_impl(&mut self, i: &syn::ItemImpl) {
            if !test_only(&i.attrs) {
                syn::visit::visit_item_impl(self, i);
            }
        }
        fn visit_item_fn(&mut self, f: &syn::ItemFn) {
            self.signature(&f.attrs, &f.sig);
        }
        fn visit_impl_item_fn(&mut self, f: &syn::ImplItemFn) {
            self.signature(&f.attrs, &f.sig);
        }
        fn visit_trait_item_fn(&mut self, f: &syn::TraitItemFn) {
            self.signature(&f.attrs, &f.sig);
        }
    }
    let strings = string_names(files);
    let mut found = Vec::new();
    for (path, file) in files {
        let mut functions = Functions {
            strings: &strings,
            file: path
                .strip_prefix(root)
                .unwrap_or(path)
                .display()
                .to_string(),
            out: Vec::new(),
        };
        functions.visit_file(file);
        found.extend(functions.out);
    }
    found.sort();
    found
}

/// The functions a `value_parser = path::to::name_arg` names.
fn value_parsers(files: &[(PathBuf, syn::File)]) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    for (path, _) in files {
        let text = std::fs::read_to_string(path).unwrap();
        for (at, _) in text.match_indices("value_parser = ") {
            let rest = &text[at + "value_parser = ".len()..];
            let end = rest
                .find(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
                .unwrap_or(rest.len());
            let name = rest[..end].rsplit("::").next().unwrap_or("");
            if name.ends_with("_arg") {
                names.insert(name.to_string());
            }
        }
    }
    names
}

fn counted(files: &[(PathBuf, syn::File)], root: &Path) -> Vec<Found> {
    let parsers = value_parsers(files);
    string_errors(files, root)
        .into_iter()
        .filter(|f| !parsers.contains(&f.function))
        .collect()
}

#[test]
fn few_errors_outside_tests_are_strings() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    sources(&root.join("src/lib.rs"), &mut files);
    assert!(files.len() > 50, "the walk from lib.rs found too few files");
    let found = counted(&files, root);
    let list: Vec<String> = found
        .iter()
        .map(|f| format!("{} {}", f.file, f.function))
        .collect();
    assert!(
        found.len() <= MOST,
        "{} functions return Result<_, String> outside tests (at most {MOST}): give the seam a typed error\n{}",
        found.len(),
        list.join("\n")
    );
}

/// The counter finds string errors however they are written, and leaves out tests and value
/// parsers.
#[test]
fn the_counter_sees_aliases_nesting_and_methods_and_skips_tests() {
    let source = r#"
        type Reason = String;
        fn plain() -> Result<u32, String> { todo!() }
        fn aliased() -> Result<(), Reason> { todo!() }
        fn nested() -> Option<Result<u32, std::string::String>> { todo!() }
        fn typed() -> Result<u32, std::io::Error> { todo!() }
        fn io() -> std::io::Result<String> { todo!() }
        fn count_arg(text: &str) -> Result<u32, String> { todo!() }
        trait Saves { fn save(&self) -> Result<(), String>; }
        struct S;
        impl S { fn method(&self) -> Result<(), String> { todo!() } }
        #[cfg(test)]
        fn helper() -> Result<(), String> { todo!() }
        #[cfg(test)]
        mod tests { fn inner() -> Result<(), String> { todo!() } }
        // #[arg(value_parser = count_arg)]
    "#;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("lib.rs");
    std::fs::write(&path, source).unwrap();
    let files = vec![(path, syn::parse_file(source).unwrap())];
    let names: Vec<String> = counted(&files, dir.path())
        .into_iter()
        .map(|f| f.function)
        .collect();
    assert_eq!(names, ["aliased", "method", "nested", "plain", "save"]);
}
