#!/usr/bin/env bash
# Records the library's new public symbols in PublicAPI.Unshipped.txt (what the analyzer asks for),
# so a change to the public surface is a reviewed diff, not an accident.
set -euo pipefail
cd "$(dirname "$0")/.."
project=src/SalesKpi
dotnet build "$project" -c Release -p:TreatWarningsAsErrors=false 2>&1 \
  | grep -o "RS0016: Symbol '[^']*'" | sed -E "s/^RS0016: Symbol '(.*)'$/\1/" \
  > /tmp/public-api-new.txt || true
{ cat "$project/PublicAPI.Unshipped.txt"; cat /tmp/public-api-new.txt; } | grep -v '^#nullable' | sort -u > /tmp/public-api-all.txt
{ echo '#nullable enable'; cat /tmp/public-api-all.txt; } > "$project/PublicAPI.Unshipped.txt"
echo "$(wc -l < /tmp/public-api-new.txt) symbols added"
