# Sourced by scripts/serve, scripts/build, scripts/publish and scripts/test: creates
# .venv on first use and installs the plugin (editable) with the site's dependencies,
# and the extras named in ST_EXTRAS (scripts/test: the test tools). It says what it is
# doing on stderr (the first run takes about a minute). It sets NO_MKDOCS_2_WARNING=1:
# Material's 12-line end-of-life banner is not news on every build.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_MKDOCS_2_WARNING=1
PY=${PYTHON:-python3}
say() { echo "${0##*/}: $*" >&2; }
if [ ! -x .venv/bin/python ]; then
  say "creating .venv with $("$PY" --version 2>&1) (first run only)"
  "$PY" -m venv .venv
fi
extras=${ST_EXTRAS:-}
stamp=".venv/.installed${extras:+-$extras}"
fresh() { [ -f "$1" ] && ! [ pyproject.toml -nt "$1" ]; }
installed=false
if fresh "$stamp"; then
  installed=true
elif [ -z "$extras" ]; then
  # An install with extras (scripts/test's) has every dependency of the site too.
  for other in .venv/.installed-*; do
    if fresh "$other"; then installed=true; fi
  done
fi
if [ "$installed" = false ]; then
  if [ -f "$stamp" ]; then
    say "pyproject.toml changed: updating .venv"
  fi
  say "installing MkDocs, Material for MkDocs, mkdocs-rss-plugin and the plugin" \
    "(editable)${extras:+ with the '$extras' tools} into .venv: about a minute the first time"
  .venv/bin/python -m pip install --quiet --upgrade pip
  .venv/bin/python -m pip install --quiet -e ".${extras:+[$extras]}"
  touch "$stamp"
  say "done; .venv is ready"
fi
