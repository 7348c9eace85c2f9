#!/usr/bin/env bash
# Hearth: start the web app locally (newcomer's start command).
#   scripts/start.sh                      -> http://localhost:5080
#   HEARTH_URLS=http://0.0.0.0:8080 scripts/start.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: 'dotnet' not found on PATH. Install the .NET 10 SDK (see global.json) and retry." >&2
  exit 1
fi

URLS="${HEARTH_URLS:-http://localhost:5080}"
echo "Starting Hearth on $URLS  (Ctrl-C to stop)"
exec dotnet run --project src/Hearth.Web -c Release --urls "$URLS"
