#!/usr/bin/env bash
# Signs in through the sign-in page with curl, then times N sequential GETs of one URL after a warm-up, and prints
# median, p95, min and max in milliseconds (client-side, curl's %{time_total}).
#   bench/scripts/measure-signed-in.sh URL [N=50] EMAIL PASSWORD [WARMUP=10]
# The sign-in page is /account/sign-in on URL's origin: GET it for the antiforgery cookie and token, POST Input.Email,
# Input.Password and __RequestVerificationToken, and expect a 302 to / with a .Hearth.Session cookie. Every timed
# response must be 2xx (a redirect back to sign-in fails too), or the script fails.
set -euo pipefail
url=${1:?usage: measure-signed-in.sh URL [N] EMAIL PASSWORD [WARMUP]}
n=${2:-50}
email=${3:?usage: measure-signed-in.sh URL [N] EMAIL PASSWORD [WARMUP]}
password=${4:?usage: measure-signed-in.sh URL [N] EMAIL PASSWORD [WARMUP]}
warmup=${5:-10}
origin=$(sed -E 's#^(https?://[^/]+).*#\1#' <<<"$url")

jar=$(mktemp)
page=$(mktemp)
trap 'rm -f "$jar" "$page"' EXIT

code=$(curl -s -c "$jar" -b "$jar" -o "$page" -w '%{http_code}' "$origin/account/sign-in" || true)
[[ "$code" == 200 ]] || { echo "GET $origin/account/sign-in answered $code" >&2; exit 1; }
token=$(grep -o 'name="__RequestVerificationToken"[^>]*value="[^"]*"' "$page" | head -n1 | sed -E 's/.*value="([^"]*)".*/\1/')
[[ -n "$token" ]] || { echo "No __RequestVerificationToken on the sign-in page" >&2; exit 1; }

read -r code location < <(curl -s -c "$jar" -b "$jar" -o /dev/null -w '%{http_code} %{redirect_url}\n' \
  --data-urlencode "Input.Email=$email" --data-urlencode "Input.Password=$password" \
  --data-urlencode "__RequestVerificationToken=$token" "$origin/account/sign-in")
[[ "$code" == 302 ]] || { echo "Signing in as $email answered $code, not 302 (wrong password, or no such user?)" >&2; exit 1; }
grep -q '\.Hearth\.Session' "$jar" || { echo "Signing in as $email set no .Hearth.Session cookie (redirect to $location)" >&2; exit 1; }

args=(-s -b "$jar" -o /dev/null -w '%{http_code} %{time_total}\n')
for ((i = 0; i < warmup; i++)); do
  read -r code _ < <(curl "${args[@]}" "$url")
  [[ "$code" == 2* ]] || { echo "GET $url (warm-up) answered $code" >&2; exit 1; }
done
times=()
for ((i = 0; i < n; i++)); do
  read -r code seconds < <(curl "${args[@]}" "$url")
  [[ "$code" == 2* ]] || { echo "GET $url answered $code" >&2; exit 1; }
  times+=("$seconds")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v url="$url" -v n="$n" -v who="$email" '
  { t[NR] = $1 * 1000 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    p95 = t[int(0.95 * NR + 0.999999)]
    printf "GET %s as %s: n=%d median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms\n", url, who, n, median, p95, t[1], t[NR]
  }'
