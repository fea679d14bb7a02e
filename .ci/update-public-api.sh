#!/usr/bin/env bash
# Brings src/SalesKpi/PublicAPI.Unshipped.txt up to date with what the public API analyzer reports
# (new symbols in, removed ones out), so a change to the public surface is a reviewed diff.
set -euo pipefail
cd "$(dirname "$0")/.."
file=src/SalesKpi/PublicAPI.Unshipped.txt
out=$(dotnet build src/SalesKpi -c Release -p:TreatWarningsAsErrors=false 2>&1 || true)
added=$(grep -o "RS0016: Symbol '[^']*'" <<<"$out" | sed -E "s/^RS0016: Symbol '(.*)'$/\1/" | sort -u || true)
removed=$(grep -o "RS0017: Symbol '[^']*'" <<<"$out" | sed -E "s/^RS0017: Symbol '(.*)'$/\1/" | sort -u || true)
{ grep -v '^#nullable' "$file"; [ -n "$added" ] && echo "$added"; } | sort -u \
  | { if [ -n "$removed" ]; then grep -vxF -f <(echo "$removed"); else cat; fi; } > "$file.new" || true
{ echo '#nullable enable'; cat "$file.new"; } > "$file" && rm "$file.new"
echo "added $(grep -c . <<<"$added" || true), removed $(grep -c . <<<"$removed" || true)"
