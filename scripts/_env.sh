# Sourced by scripts/serve, scripts/test and scripts/test-materialx: creates the venv of
# a stack on first use and installs the plugin (editable) with that stack's extra and
# the extras named in ST_EXTRAS (the test scripts: the test tools).
#   ST_STACK=material  (default; the demo site's stack) -> .venv:
#       Material for MkDocs 9 on MkDocs 1.6, extra [material]
#   ST_STACK=materialx -> .venv-materialx:
#       MaterialX 10 on ProperDocs 1.6, extra [materialx]
# VENV names the venv folder the caller uses afterwards.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export NO_MKDOCS_2_WARNING=1
PY=${PYTHON:-python3}
stack=${ST_STACK:-material}
case "$stack" in
  material) VENV=.venv ;;
  materialx) VENV=.venv-materialx ;;
  *) echo "ST_STACK must be material or materialx, not '$stack'" >&2; exit 2 ;;
esac
if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
extras="$stack${ST_EXTRAS:+,$ST_EXTRAS}"
stamp="$VENV/.installed-${extras//,/-}"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install --quiet --upgrade pip
  "$VENV/bin/python" -m pip install --quiet -e ".[$extras]"
  touch "$stamp"
fi
