# Sourced by scripts/serve, scripts/build, scripts/publish, scripts/test and
# scripts/test-materialx: creates the venv of a stack on first use and installs the
# plugin (editable) with that stack's extra and the extras named in ST_EXTRAS (the test
# scripts: the test tools). It says what it is doing on stderr (the first run takes about
# a minute). It sets NO_MKDOCS_2_WARNING=1: Material's 12-line end-of-life banner is not
# news on every build.
#   ST_STACK=material  (default; the demo site's stack) -> .venv:
#       Material for MkDocs 9 on MkDocs 1.6, extra [material]
#   ST_STACK=materialx -> .venv-materialx:
#       MaterialX 10 on ProperDocs 1.6, extra [materialx]
# VENV names the venv folder the caller uses afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_MKDOCS_2_WARNING=1
PY=${PYTHON:-python3}
say() { echo "${0##*/}: $*" >&2; }
stack=${ST_STACK:-material}
case "$stack" in
  material) VENV=.venv; theme="Material for MkDocs" ;;
  materialx) VENV=.venv-materialx; theme="MaterialX, ProperDocs" ;;
  *) echo "ST_STACK must be material or materialx, not '$stack'" >&2; exit 2 ;;
esac
if [ ! -x "$VENV/bin/python" ]; then
  say "creating $VENV with $("$PY" --version 2>&1) (first run only)"
  "$PY" -m venv "$VENV"
fi
extras="$stack${ST_EXTRAS:+,$ST_EXTRAS}"
stamp="$VENV/.installed-${extras//,/-}"
fresh() { [ -f "$1" ] && ! [ pyproject.toml -nt "$1" ]; }
installed=false
if fresh "$stamp"; then
  installed=true
elif [ -z "${ST_EXTRAS:-}" ]; then
  # An install with more extras (scripts/test's) has every dependency of the site too.
  for other in "$VENV/.installed-$stack"-*; do
    if fresh "$other"; then installed=true; fi
  done
fi
if [ "$installed" = false ]; then
  if [ -f "$stamp" ]; then
    say "pyproject.toml changed: updating $VENV"
  fi
  say "installing MkDocs, $theme, mkdocs-rss-plugin and the plugin" \
    "(editable)${ST_EXTRAS:+ with the '$ST_EXTRAS' tools} into $VENV: about a minute the first time"
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e ".[$extras]"
  touch "$stamp"
  say "done; $VENV is ready"
fi
