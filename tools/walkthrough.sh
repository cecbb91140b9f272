#!/usr/bin/env bash
# The README walkthrough (`make run`): runs examples/python_working in a scratch copy and shows the bytecode cache
# being written and then used.
#   usage: tools/walkthrough.sh [GINGER]     (default: build/ginger)
set -eu

repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
ginger=${1:-$repo/build/ginger}
if [[ "$ginger" == */* ]] && [ -d "$(dirname "$ginger")" ]; then
    ginger="$(cd "$(dirname "$ginger")" && pwd)/$(basename "$ginger")"
fi
if ! command -v "$ginger" >/dev/null 2>&1; then
    echo "walkthrough: no interpreter at $ginger (run \`make build\` first)" >&2
    exit 1
fi

# The environment may disable caching; the walkthrough is about the cache, so switch it back on.
unset PYTHONDONTWRITEBYTECODE PYTHONPYCACHEPREFIX

work=$(mktemp -d "${TMPDIR:-/tmp}/ginger-walkthrough.XXXXXX")
trap 'rm -rf "$work"' EXIT
cp "$repo"/examples/python_working/*.py "$work/"
cd "$work"

step() {
    echo
    echo "==> $*"
}

step "In a scratch copy of examples/python_working ($work):"
ls -l
step "ginger main.py  (runs the script; a script is never cached)"
"$ginger" main.py
step "ginger module.py  (imports main, so main is compiled and cached in __pycache__)"
"$ginger" module.py
step "ls -l __pycache__  (main's cache, named like CPython's but with ginger-312)"
ls -l __pycache__ || echo "(no __pycache__ directory was created)"
step "ginger -v module.py  (second run: main's code now comes from the .pyc; -v lines about main shown)"
"$ginger" -v module.py 2>"$work/verbose.log"
grep -E "main\.(py|ginger-312\.pyc)" "$work/verbose.log" || echo "(no -v lines about main were printed)"
echo
echo "Done."
