#!/usr/bin/env bash
# Times N sequential GETs of one URL with curl after a warm-up, and prints median, p95, min and max in milliseconds.
#   bench/scripts/measure-requests.sh URL [N=50] [TOKEN] [WARMUP=10]
# TOKEN, if given, is sent as "Authorization: Bearer TOKEN". Every response must be 2xx, or the script fails.
set -euo pipefail
url=${1:?usage: measure-requests.sh URL [N] [TOKEN] [WARMUP]}
n=${2:-50}
token=${3:-}
warmup=${4:-10}
args=(-s -o /dev/null -w '%{http_code} %{time_total}\n')
[[ -n "$token" ]] && args+=(-H "Authorization: Bearer $token")

for ((i = 0; i < warmup; i++)); do curl "${args[@]}" "$url" >/dev/null; done
times=()
for ((i = 0; i < n; i++)); do
  read -r code seconds < <(curl "${args[@]}" "$url")
  [[ "$code" == 2* ]] || { echo "GET $url answered $code" >&2; exit 1; }
  times+=("$seconds")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v url="$url" -v n="$n" '
  { t[NR] = $1 * 1000 }
  END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    p95 = t[int(0.95 * NR + 0.999999)]
    printf "GET %s: n=%d median %.1f ms, p95 %.1f ms, min %.1f ms, max %.1f ms\n", url, n, median, p95, t[1], t[NR]
  }'
