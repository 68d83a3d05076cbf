//! Enums whose variants each have a stable key: the name used in message
//! ids (`question-part-b`), element ids, `data-` attributes and page options.
//!
//! [`keyed_enum!`] declares such an enum, its keys and its `ALL` list in one
//! place, so adding a variant is one line: the key and the list cannot
//! drift apart, and counts (`ALL.len()`, `COUNT`) follow from the data.
//!
//! ```ignore
//! keyed_enum! {
//!     /// The questions, one per screen.
//!     #[derive(Clone, Copy, Debug, PartialEq, Eq)]
//!     pub enum QuestionId {
//!         /// Do you have Medicare?
//!         Medicare => "medicare",
//!         PartB => "part-b",
//!     }
//! }
//! // gives QuestionId::ALL == [Medicare, PartB] (declaration order),
//! // QuestionId::COUNT == 2 and QuestionId::Medicare.key() == "medicare".
//! ```
//!
//! A plain `macro_rules!`, not a derive: no proc-macro crate to build.

/// Declares an enum of unit variants, each with a key. Adds:
/// - `ALL`: every variant, in declaration order;
/// - `COUNT`: how many there are;
/// - `key(self) -> &'static str`: the variant's key.
///
/// Attributes (doc comments, derives, `#[default]`) pass through to the enum
/// and its variants. See the module documentation for an example.
macro_rules! keyed_enum {
    (
        $(#[$meta:meta])*
        $vis:vis enum $name:ident {
            $(
                $(#[$variant_meta:meta])*
                $variant:ident => $key:literal
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        $vis enum $name {
            $(
                $(#[$variant_meta])*
                $variant,
            )+
        }

        // Not every enum needs all three.
        #[allow(dead_code)]
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: [$name; [$($key),+].len()] = [$($name::$variant),+];

            /// How many variants there are.
            pub const COUNT: usize = Self::ALL.len();

            /// The stable name used in message ids, element ids and options.
            pub fn key(self) -> &'static str {
                match self {
                    $($name::$variant => $key,)+
                }
            }
        }
    };
}

pub(crate) use keyed_enum;

#[cfg(test)]
mod tests {
    keyed_enum! {
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        enum Fruit {
            /// A doc comment on a variant passes through.
            Apple => "apple",
            BloodOrange => "blood-orange",
        }
    }

    #[test]
    fn all_is_in_declaration_order_with_its_keys() {
        assert_eq!(Fruit::ALL, [Fruit::Apple, Fruit::BloodOrange]);
        assert_eq!(Fruit::COUNT, 2);
        assert_eq!(Fruit::ALL.map(Fruit::key), ["apple", "blood-orange"]);
    }
}
