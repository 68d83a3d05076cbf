use std::borrow::Cow;
use std::default::Default;
use std::str::FromStr;

use intl_pluralrules::operands::PluralOperands;

use crate::args::FluentArgs;
use crate::types::FluentValue;

#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq)]
pub enum FluentNumberType {
    #[default]
    Cardinal,
    Ordinal,
}

impl From<&str> for FluentNumberType {
    fn from(input: &str) -> Self {
        match input {
            "cardinal" => Self::Cardinal,
            "ordinal" => Self::Ordinal,
            _ => Self::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq)]
pub enum FluentNumberStyle {
    #[default]
    Decimal,
    Currency,
    Percent,
}

impl From<&str> for FluentNumberStyle {
    fn from(input: &str) -> Self {
        match input {
            "decimal" => Self::Decimal,
            "currency" => Self::Currency,
            "percent" => Self::Percent,
            _ => Self::default(),
        }
    }
}

#[derive(Clone, Copy, Debug, Default, Eq, Hash, PartialEq)]
pub enum FluentNumberCurrencyDisplayStyle {
    #[default]
    Symbol,
    Code,
    Name,
}

impl From<&str> for FluentNumberCurrencyDisplayStyle {
    fn from(input: &str) -> Self {
        match input {
            "symbol" => Self::Symbol,
            "code" => Self::Code,
            "name" => Self::Name,
            _ => Self::default(),
        }
    }
}

#[derive(Clone, Debug, Eq, Hash, PartialEq)]
pub struct FluentNumberOptions {
    pub r#type: FluentNumberType,
    pub style: FluentNumberStyle,
    pub currency: Option<String>,
    pub currency_display: FluentNumberCurrencyDisplayStyle,
    pub use_grouping: bool,
    pub minimum_integer_digits: Option<usize>,
    pub minimum_fraction_digits: Option<usize>,
    pub maximum_fraction_digits: Option<usize>,
    pub minimum_significant_digits: Option<usize>,
    pub maximum_significant_digits: Option<usize>,
}

impl Default for FluentNumberOptions {
    fn default() -> Self {
        Self {
            r#type: Default::default(),
            style: Default::default(),
            currency: None,
            currency_display: Default::default(),
            use_grouping: true,
            minimum_integer_digits: None,
            minimum_fraction_digits: None,
            maximum_fraction_digits: None,
            minimum_significant_digits: None,
            maximum_significant_digits: None,
        }
    }
}

impl FluentNumberOptions {
    pub fn merge(&mut self, opts: &FluentArgs) {
        for (key, value) in opts.iter() {
            match (key, value) {
                ("type", FluentValue::String(n)) => {
                    self.r#type = n.as_ref().into();
                }
                ("style", FluentValue::String(n)) => {
                    self.style = n.as_ref().into();
                }
                ("currency", FluentValue::String(n)) => {
                    self.currency = Some(n.to_string());
                }
                ("currencyDisplay", FluentValue::String(n)) => {
                    self.currency_display = n.as_ref().into();
                }
                ("useGrouping", FluentValue::String(n)) => {
                    self.use_grouping = n != "false";
                }
                ("minimumIntegerDigits", FluentValue::Number(n)) => {
                    self.minimum_integer_digits = Some(n.into());
                }
                ("minimumFractionDigits", FluentValue::Number(n)) => {
                    self.minimum_fraction_digits = Some(n.into());
                }
                ("maximumFractionDigits", FluentValue::Number(n)) => {
                    self.maximum_fraction_digits = Some(n.into());
                }
                ("minimumSignificantDigits", FluentValue::Number(n)) => {
                    self.minimum_significant_digits = Some(n.into());
                }
                ("maximumSignificantDigits", FluentValue::Number(n)) => {
                    self.maximum_significant_digits = Some(n.into());
                }
                _ => {}
            }
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct FluentNumber {
    pub value: f64,
    pub options: FluentNumberOptions,
}

impl FluentNumber {
    pub const fn new(value: f64, options: FluentNumberOptions) -> Self {
        Self { value, options }
    }

    pub fn as_string(&self) -> Cow<'static, str> {
        // Patched: integer arithmetic, no f64 Display (see PATCHED.md).
        if self.value.is_nan() {
            return "NaN".into();
        }
        let d = Decimal::of(self);
        let mut val = String::new();
        if d.negative {
            val.push('-');
        }
        if d.whole.is_infinite() {
            val.push_str("inf");
            return val.into();
        }
        val.push_str(&whole_digits(d.whole));
        if d.fraction_digits > 0 {
            let digits = d.fraction.to_string();
            val.push('.');
            val.push_str(&"0".repeat(d.fraction_digits - digits.len()));
            val.push_str(&digits);
        }
        val.into()
    }
}

/// A number as decimal digits: sign, whole part, and `fraction_digits`
/// digits of fraction.
struct Decimal {
    negative: bool,
    /// A whole number (or infinity, or NaN).
    whole: f64,
    fraction: u64,
    fraction_digits: usize,
}

/// Fraction digits shown when the options ask for none in particular.
const MAX_FRACTION_DIGITS: usize = 6;

/// Fraction digits shown at most, whatever the options ask: 10^15 fits a
/// u64, and an f64 has no more significant digits.
const MOST_FRACTION_DIGITS: usize = 15;

impl Decimal {
    fn of(number: &FluentNumber) -> Self {
        let value = number.value;
        let abs = value.abs();
        let options = &number.options;
        let min = options
            .minimum_fraction_digits
            .unwrap_or(0)
            .min(MOST_FRACTION_DIGITS);
        let max = options
            .maximum_fraction_digits
            .unwrap_or(MAX_FRACTION_DIGITS)
            .clamp(min, MOST_FRACTION_DIGITS);
        // The whole part and the fraction are exact in an f64. Round the
        // fraction to `max` digits, half away from zero, then drop trailing
        // zeros down to `min`.
        let mut whole = abs.trunc();
        let scale = pow10(max);
        let mut fraction = ((abs - whole) * scale as f64 + 0.5) as u64;
        if fraction == scale {
            whole += 1.0;
            fraction = 0;
        }
        let mut digits = max;
        while digits > min && fraction % 10 == 0 {
            fraction /= 10;
            digits -= 1;
        }
        Decimal {
            negative: value < 0.0 && (whole > 0.0 || fraction > 0),
            whole,
            fraction,
            fraction_digits: digits,
        }
    }
}

/// The decimal digits of `whole`, a whole finite f64 >= 0: exact below
/// 2^64 (also above 2^53, where f64 Display writes the shortest digits that
/// read back as the same f64 instead: 2^60 is 1152921504606846976, not
/// ...847000). From 2^64 on, u64::MAX: the widget writes no such number,
/// and their digits would cost about 300 bytes of brotli wasm.
fn whole_digits(whole: f64) -> String {
    (whole as u64).to_string()
}

fn pow10(n: usize) -> u64 {
    (0..n).fold(1u64, |acc, _| acc * 10)
}

/// A number that did not parse.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseNumberError;

impl FromStr for FluentNumber {
    type Err = ParseNumberError;

    /// Patched: parses `-?digits(.digits)?`, at most 18 digits in all (so
    /// they fit a u64), by hand: no f64 FromStr.
    fn from_str(input: &str) -> Result<Self, Self::Err> {
        let (negative, unsigned) = match input.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, input),
        };
        let (int_part, frac_part) = match unsigned.split_once('.') {
            Some((i, f)) => (i, Some(f)),
            None => (unsigned, None),
        };
        let frac = frac_part.unwrap_or("");
        let all_digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        if !all_digits(int_part)
            || frac_part.is_some_and(|f| !all_digits(f))
            || int_part.len() + frac.len() > 18
        {
            return Err(ParseNumberError);
        }
        // All the digits as one integer, divided once: up to 15 digits both
        // are exact, so the quotient is the f64 that f64::from_str gives.
        let digits = int_part
            .bytes()
            .chain(frac.bytes())
            .fold(0u64, |acc, b| acc * 10 + u64::from(b - b'0'));
        let value = digits as f64 / pow10(frac.len()) as f64;
        let opts = FluentNumberOptions {
            minimum_fraction_digits: frac_part.map(str::len),
            ..Default::default()
        };
        Ok(Self::new(if negative { -value } else { value }, opts))
    }
}

impl From<FluentNumber> for FluentValue<'_> {
    fn from(input: FluentNumber) -> Self {
        FluentValue::Number(input)
    }
}

macro_rules! from_num {
    ($num:ty) => {
        impl From<$num> for FluentNumber {
            fn from(n: $num) -> Self {
                Self {
                    value: n as f64,
                    options: FluentNumberOptions::default(),
                }
            }
        }
        impl From<&$num> for FluentNumber {
            fn from(n: &$num) -> Self {
                Self {
                    value: *n as f64,
                    options: FluentNumberOptions::default(),
                }
            }
        }
        impl From<FluentNumber> for $num {
            fn from(input: FluentNumber) -> Self {
                input.value as $num
            }
        }
        impl From<&FluentNumber> for $num {
            fn from(input: &FluentNumber) -> Self {
                input.value as $num
            }
        }
        impl From<$num> for FluentValue<'_> {
            fn from(n: $num) -> Self {
                FluentValue::Number(n.into())
            }
        }
        impl From<&$num> for FluentValue<'_> {
            fn from(n: &$num) -> Self {
                FluentValue::Number(n.into())
            }
        }
    };
    ($($num:ty)+) => {
        $(from_num!($num);)+
    };
}

impl From<&FluentNumber> for PluralOperands {
    /// Patched: built from the decimal digits, no float formatting.
    fn from(input: &FluentNumber) -> Self {
        let d = Decimal::of(input);
        let mut trimmed = d.fraction;
        let mut visible = d.fraction_digits;
        while visible > 0 && trimmed % 10 == 0 {
            trimmed /= 10;
            visible -= 1;
        }
        PluralOperands {
            n: input.value.abs(),
            i: d.whole as u64,
            v: d.fraction_digits,
            w: visible,
            f: d.fraction,
            t: trimmed,
        }
    }
}

from_num!(i8 i16 i32 i64 i128 isize);
from_num!(u8 u16 u32 u64 u128 usize);
from_num!(f32 f64);

#[cfg(test)]
mod tests {
    use crate::types::FluentValue;

    use super::FluentNumber;
    use std::str::FromStr;

    #[test]
    fn formats_without_float_display() {
        let n = |s: &str| FluentNumber::from_str(s).unwrap().as_string();
        assert_eq!(n("2"), "2");
        assert_eq!(n("-12"), "-12");
        assert_eq!(n("3.50"), "3.50");
        assert_eq!(n("0.05"), "0.05");
        assert_eq!(FluentNumber::from(1.25f64).as_string(), "1.25");
        assert_eq!(FluentNumber::from(1_000_000u32).as_string(), "1000000");
        assert!(FluentNumber::from_str("1e5").is_err());
        assert!(FluentNumber::from_str("abc").is_err());
    }

    #[test]
    fn value_from_copy_ref() {
        let x = 1i16;
        let y = &x;
        let z: FluentValue = y.into();
        assert_eq!(z, FluentValue::try_number("1"));
    }
}
