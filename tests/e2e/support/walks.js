// The answers that lead to each outcome, by the inputs' values (the same
// in every language). An array is a checklist's picks. Used by the
// end-to-end tests and by the benchmark (tests/bench/bench.mjs), so it
// imports nothing.
export const WALKS = {
  "not-medicare": ["no"],
  "check-coverage": ["not-sure"],
  "part-a-only": ["yes", "only-part-a"],
  "other-options": ["yes", "part-b-medical", "no", ["no-conditions"]],
  "maybe-pcm": ["yes", "part-b-medical", "no", ["asthma"], "yes"],
  // With Medicaid, so the result has notes about cost.
  likely: ["yes", "part-b-medical", "yes", ["asthma", "diabetes"], "yes", "yes"],
  possibly: ["yes", "advantage", "no", ["not-sure"]],
};
