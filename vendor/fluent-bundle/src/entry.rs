//! `Entry` is used to store the lookup information for Messages, Terms and Functions in
//! `FluentBundle` instances.

use std::borrow::Borrow;

use fluent_syntax::ast;

use crate::args::FluentArgs;
use crate::bundle::FluentBundle;
use crate::resource::FluentResource;
use crate::types::FluentValue;

pub type FluentFunction =
    Box<dyn for<'a> Fn(&[FluentValue<'a>], &FluentArgs) -> FluentValue<'a> + Send + Sync>;

type ResourceIdx = usize;
type EntryIdx = usize;

/// The [`Entry`] stores indexes into the [`FluentBundle`]'s resources for Messages and Terms,
/// and owns the [`Box`] pointers to the [`FluentFunction`].
pub enum Entry {
    Message((ResourceIdx, EntryIdx)),
    Term((ResourceIdx, EntryIdx)),
    Function(FluentFunction),
}

/// Patched for the Connected Care widget: the bundle's entries in a `Vec`
/// sorted by id and found by binary search, instead of an `FxHashMap`,
/// whose hashing and table code cost wasm bytes. A bundle holds a few
/// hundred entries, added once.
#[derive(Default)]
pub(crate) struct Entries(Vec<(String, Entry)>);

impl Entries {
    fn find(&self, id: &str) -> Result<usize, usize> {
        self.0.binary_search_by(|(key, _)| key.as_str().cmp(id))
    }

    pub(crate) fn get(&self, id: &str) -> Option<&Entry> {
        self.find(id).ok().map(|i| &self.0[i].1)
    }

    /// Adds the entry unless its id is taken; false if it is.
    pub(crate) fn insert_new(&mut self, id: &str, entry: Entry) -> bool {
        match self.find(id) {
            Ok(_) => false,
            Err(i) => {
                self.0.insert(i, (id.to_owned(), entry));
                true
            }
        }
    }

    /// Adds the entry, replacing any with its id.
    pub(crate) fn insert(&mut self, id: &str, entry: Entry) {
        match self.find(id) {
            Ok(i) => self.0[i].1 = entry,
            Err(i) => self.0.insert(i, (id.to_owned(), entry)),
        }
    }
}

pub trait GetEntry {
    /// Looks up a message by its string ID, and returns it if it exists.
    fn get_entry_message(&self, id: &str) -> Option<&ast::Message<&str>>;

    /// Looks up a term by its string ID, and returns it if it exists.
    fn get_entry_term(&self, id: &str) -> Option<&ast::Term<&str>>;

    /// Looks up a function by its string ID, and returns it if it exists.
    fn get_entry_function(&self, id: &str) -> Option<&FluentFunction>;
}

impl<R: Borrow<FluentResource>, M> GetEntry for FluentBundle<R, M> {
    fn get_entry_message(&self, id: &str) -> Option<&ast::Message<&str>> {
        self.entries.get(id).and_then(|ref entry| match entry {
            Entry::Message((resource_idx, entry_idx)) => {
                let res = self.resources.get(*resource_idx)?.borrow();
                if let ast::Entry::Message(ref msg) = res.get_entry(*entry_idx)? {
                    Some(msg)
                } else {
                    None
                }
            }
            _ => None,
        })
    }

    fn get_entry_term(&self, id: &str) -> Option<&ast::Term<&str>> {
        self.entries.get(id).and_then(|ref entry| match entry {
            Entry::Term((resource_idx, entry_idx)) => {
                let res = self.resources.get(*resource_idx)?.borrow();
                if let ast::Entry::Term(ref msg) = res.get_entry(*entry_idx)? {
                    Some(msg)
                } else {
                    None
                }
            }
            _ => None,
        })
    }

    fn get_entry_function(&self, id: &str) -> Option<&FluentFunction> {
        self.entries.get(id).and_then(|ref entry| match entry {
            Entry::Function(function) => Some(function),
            _ => None,
        })
    }
}
