#!/usr/bin/env bash
# Checks that each vendored crate here is its upstream release with the
# patches in its patches/ folder applied in order, and nothing else changed,
# so that the patches cannot drift from the code that is built.
#
# Each crate keeps, beside its code:
#   patches/NN-*.patch    one change each, against upstream (git format-patch);
#   pristine/SHA256SUMS   the sums of every file of upstream's .crate;
#   pristine/<path>.upstream
#                         upstream's copy of each file a patch touches.
# The check: the .upstream copies are upstream's (their sums); the patches
# apply to them cleanly and give the vendored files byte for byte; every
# other vendored file is upstream's unchanged; no file under src/ is left
# out. Where cargo's registry cache holds the upstream .crate, SHA256SUMS is
# checked against it too. Offline; needs git (for git apply) and sha256sum.
#
# To change a patch, see the crate's PATCHED.md.
set -euo pipefail
cd "$(dirname "$0")"
vendor=$PWD
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
failed=0
fail() {
  echo "check-patches: $*" >&2
  failed=1
}

# The value of `key = "..."` in a crate's manifest (its [package] comes first).
manifest_value() {
  sed -n "s/^$2 = \"\(.*\)\"$/\1/p" "$1/Cargo.toml" | head -n 1
}

# A crate's files: in a git checkout those git tracks or would (not
# target/ or Cargo.lock from a build in the folder), else all.
crate_files() {
  if git rev-parse --is-inside-work-tree >/dev/null 2>&1; then
    git ls-files --cached --others --exclude-standard -- "$1" | sort
  else
    find "$1" -type f | sort
  fi
}

check_crate() {
  local crate=$1 name version sums tree path file count=0
  name=$(manifest_value "$crate" name)
  version=$(manifest_value "$crate" version)
  sums=$vendor/$crate/pristine/SHA256SUMS
  tree=$scratch/$crate
  mkdir "$tree"

  # Upstream's sum of each file, by path.
  local -A upstream=()
  while read -r sum path; do
    upstream[$path]=$sum
  done <"$sums"

  # The pristine copies, where the patches will go.
  while IFS= read -r file; do
    path=${file#"$crate/pristine/"}
    path=${path%.upstream}
    mkdir -p "$tree/$(dirname "$path")"
    cp "$file" "$tree/$path"
    if [[ $(sha256sum <"$file" | cut -d ' ' -f 1) != "${upstream[$path]:-none}" ]]; then
      fail "$crate/pristine/$path.upstream is not $name $version's $path"
    fi
  done < <(find "$crate/pristine" -type f -name '*.upstream' | sort)

  # The patches, in order. GIT_CEILING_DIRECTORIES: never take the
  # scratch folder for part of some repository around it.
  for file in "$crate"/patches/*.patch; do
    if ! (cd "$tree" && GIT_CEILING_DIRECTORIES=$scratch \
      git apply --whitespace=nowarn "$vendor/$file"); then
      fail "$file does not apply to $name $version with the patches before it"
    fi
    count=$((count + 1))
  done

  # Every vendored file: the patched copy, or upstream's unchanged.
  while IFS= read -r file; do
    path=${file#"$crate/"}
    case $path in PATCHED.md | patches/* | pristine/*) continue ;; esac
    [[ -e $file ]] || continue # deleted, not yet committed: see below
    if [[ -e $tree/$path ]]; then
      cmp -s "$file" "$tree/$path" ||
        fail "$file differs from $name $version with its patches: change a patch (see PATCHED.md)"
    elif [[ -z ${upstream[$path]:-} ]]; then
      fail "$file is not in $name $version and no patch adds it"
    elif [[ $(sha256sum <"$file" | cut -d ' ' -f 1) != "${upstream[$path]}" ]]; then
      fail "$file is changed, with no patch for it: write one (see PATCHED.md)"
    fi
  done < <(crate_files "$crate")

  # A file the patches make, or a source file upstream has, must be here.
  while IFS= read -r file; do
    path=${file#"$tree/"}
    [[ -e $crate/$path ]] || fail "$crate/$path is missing (the patches make it)"
  done < <(find "$tree" -type f)
  for path in "${!upstream[@]}"; do
    if [[ $path == src/* && ! -e $crate/$path && ! -e $tree/$path ]]; then
      fail "$crate/$path is missing (upstream has it, and no patch removes it)"
    fi
  done

  # SHA256SUMS against the .crate itself, when cargo has it.
  local cached against=""
  cached=$(find "${CARGO_HOME:-$HOME/.cargo}/registry/cache" -name "$name-$version.crate" \
    2>/dev/null | head -n 1 || true)
  if [[ -n $cached ]]; then
    mkdir "$scratch/$crate.crate"
    tar -xzf "$cached" -C "$scratch/$crate.crate" --strip-components=1
    (cd "$scratch/$crate.crate" && find . -type f | sed 's|^\./||' | LC_ALL=C sort | xargs sha256sum) |
      cmp -s - "$sums" || fail "$sums does not match $cached"
    against=" (SHA256SUMS checked against the .crate)"
  fi

  echo "check-patches: $crate is $name $version with its $count patch file(s), nothing else$against"
}

for crate in */; do
  crate=${crate%/}
  [[ -d $crate/patches ]] && check_crate "$crate"
done
exit "$failed"
