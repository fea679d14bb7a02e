#!/usr/bin/env bash
# Runs every test on a machine that has only the .NET SDK: installs what the suite needs when it is
# missing, builds in Release, runs all tests, and ends with "N passed, N failed[, N skipped]".
set -uo pipefail
cd "$(dirname "$0")/.."

# The workbook tests recalculate generated files in real spreadsheet engines (LibreOffice Calc,
# Gnumeric) and render them to PNG (poppler); the web page's tests drive Chromium. Install them
# once, as root, when missing.
need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-calc)
command -v ssconvert >/dev/null 2>&1 || need+=(gnumeric)
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v chromium >/dev/null 2>&1 || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing ${need[*]} ..."
  sudo_cmd=""
  [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq >/dev/null \
    && DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq \
         "${need[@]}" fonts-dejavu-core fonts-liberation >/dev/null \
    || { echo "Could not install ${need[*]}"; echo "0 passed, 1 failed"; exit 1; }
fi

dotnet build SalesKpi.sln -c Release -nologo -v quiet || { echo "Build failed"; echo "0 passed, 1 failed"; exit 1; }

log=$(mktemp)
dotnet test SalesKpi.sln -c Release --no-build -nologo "$@" 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# One summary line per test assembly: "Passed!  - Failed: 0, Passed: 233, Skipped: 0, Total: 233 ...".
read -r passed failed skipped < <(grep -E 'Failed:[[:space:]]+[0-9]+, Passed:[[:space:]]+[0-9]+, Skipped:[[:space:]]+[0-9]+' "$log" \
  | sed -E 's/.*Failed:[[:space:]]+([0-9]+), Passed:[[:space:]]+([0-9]+), Skipped:[[:space:]]+([0-9]+).*/\2 \1 \3/' \
  | awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1 # the run itself broke (crash, no tests found): never report it as green
fi

summary="$passed passed, $failed failed"
[ "$skipped" -gt 0 ] && summary="$summary, $skipped skipped"
echo "$summary"
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
