#!/usr/bin/env bash
# Hearth: the ONE command that runs every test.
#
#   scripts/test.sh            build once, then run all phases:
#                                1. domain tests
#                                2. web tests on SQLite       (HEARTH_TEST_DB=sqlite)
#                                3. web tests on PostgreSQL   (throwaway PostgreSQL 15 cluster)
#                                4. browser tests (headless Chromium, HEARTH_CHROMIUM)
#                                5. other instants: the domain and SQLite web tests again at instants
#                                   that break date code (ADR 0027): the first minutes of 1 April (BST),
#                                   the last minute of 31 March, 29 February, the night the clocks go
#                                   back, and two years ahead — each the next one after today
#   scripts/test.sh --fast     phases 1 and 2 only (quick local loop)
#   scripts/test.sh --instants phase 5 only (the other instants)
#   scripts/test.sh --filter Q pass an xunit v3 query filter (--filter-query Q) to every phase,
#                              e.g. --filter '/*/*/SmokeTests/*'
#   scripts/test.sh -- ARGS    pass ARGS verbatim to every `dotnet test` invocation
#
# Every phase runs even if an earlier one failed. The very last line printed is
# `N passed, N failed` (plus `, N skipped` when something was skipped); the exit
# code is non-zero if anything failed or if no test ran at all.
#
# Prerequisites: the .NET SDK (global.json), Node.js/npm if src/Hearth.Web/package.json
# exists, PostgreSQL 15 server binaries (/usr/lib/postgresql/15/bin, or PG_BIN=...),
# Chromium (/usr/bin/chromium, or HEARTH_CHROMIUM=...).
# As root (CI), missing Chromium / PostgreSQL are installed with apt-get.
#
# PostgreSQL: phase 3 creates a private cluster in a fresh temp dir, on a free
# loopback port (55432-55999), trust auth for 127.0.0.1 only, fsync off.
#   - as root it runs initdb/pg_ctl as the `postgres` OS user (runuser);
#   - as any other user (developers without root) it runs them as YOU: no sudo needed.
# It is always stopped (pg_ctl stop -m immediate) and its dir removed on exit,
# including failures and Ctrl-C.
#
# The clock (ADR 0027): every test runs at one instant, HEARTH_TEST_NOW (an ISO 8601 instant such as
# 2027-04-01T00:30:00+01:00, a London local time such as 2027-04-01T00:30, or a date). When it is not set this
# script sets it to the time it starts (printed, so a run can be repeated exactly); the tests themselves never read
# the wall clock (a plain `dotnet test` runs at TestClock.DefaultNow). The demo data is generated as of that instant's London date. Phase 5 runs at
# HEARTH_TEST_INSTANTS instead of its own list when that is set (space-separated, same formats), and runs
# HEARTH_TEST_PARALLEL instants at once (default 3; 1 runs them one after another).
#
# Logs of each step: .tmp/test-logs/ (git-ignored).

set -euo pipefail

REPO_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$REPO_ROOT"

# ---------------------------------------------------------------- arguments
FAST=0
INSTANTS_ONLY=0
FILTER=""
PARALLEL="${HEARTH_TEST_PARALLEL:-3}"
[[ "$PARALLEL" =~ ^[1-9][0-9]*$ ]] || { echo "error: HEARTH_TEST_PARALLEL must be a whole number from 1, not '$PARALLEL'" >&2; exit 2; }
EXTRA_ARGS=()
usage() { sed -n '2,30p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }
while [[ $# -gt 0 ]]; do
  case "$1" in
    --fast) FAST=1; shift ;;
    --instants) INSTANTS_ONLY=1; shift ;;
    --filter) [[ $# -ge 2 ]] || { echo "error: --filter needs a value" >&2; exit 2; }
              FILTER="$2"; shift 2 ;;
    --filter=*) FILTER="${1#--filter=}"; shift ;;
    -h|--help) usage; exit 0 ;;
    --) shift; EXTRA_ARGS+=("$@"); break ;;
    *) echo "error: unknown argument '$1' (try --help)" >&2; exit 2 ;;
  esac
done
TEST_ARGS=()
[[ -n "$FILTER" ]] && TEST_ARGS+=(--filter-query "$FILTER")
TEST_ARGS+=("${EXTRA_ARGS[@]+"${EXTRA_ARGS[@]}"}")

export DOTNET_CLI_TELEMETRY_OPTOUT="${DOTNET_CLI_TELEMETRY_OPTOUT:-1}"
export DOTNET_NOLOGO="${DOTNET_NOLOGO:-1}"
export DOTNET_SKIP_FIRST_TIME_EXPERIENCE="${DOTNET_SKIP_FIRST_TIME_EXPERIENCE:-1}"

LOG_DIR="$REPO_ROOT/.tmp/test-logs"
rm -rf "$LOG_DIR"
mkdir -p "$LOG_DIR"

IS_ROOT=0; [[ "$(id -u)" -eq 0 ]] && IS_ROOT=1

say()  { printf '==> %s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
now_ms() { date +%s%3N; }
fmt_ms() { local ms=$1; printf '%d.%01ds' $((ms / 1000)) $(((ms % 1000) / 100)); }

# ---------------------------------------------------------------- result bookkeeping
PHASE_NAMES=(); PHASE_STATUS=(); PHASE_PASSED=(); PHASE_FAILED=(); PHASE_SKIPPED=(); PHASE_TIME=()
TOTAL_PASSED=0; TOTAL_FAILED=0; TOTAL_SKIPPED=0
record() { # name status passed failed skipped duration_ms
  PHASE_NAMES+=("$1"); PHASE_STATUS+=("$2"); PHASE_PASSED+=("$3"); PHASE_FAILED+=("$4")
  PHASE_SKIPPED+=("$5"); PHASE_TIME+=("$6")
  TOTAL_PASSED=$((TOTAL_PASSED + $3)); TOTAL_FAILED=$((TOTAL_FAILED + $4)); TOTAL_SKIPPED=$((TOTAL_SKIPPED + $5))
}

print_summary_and_exit() {
  echo
  echo "================================ test summary ================================"
  local i
  # The failed tests of every phase with the first lines of their message, so the end of the output says what broke.
  local failures
  failures="$(for f in "$LOG_DIR"/*.log; do
      sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$f" | awk -v phase="$(basename "$f" .log)" '
        /^failed / { print "failed in " phase ": " substr($0, 8); n=4; next }
        n > 0 && /^  from / { next }
        n > 0 && /^  / { print "    " $0; n--; next }
        { n=0 }'
    done 2>/dev/null | head -60)"
  if [[ -n "$failures" ]]; then echo "$failures"; echo; fi
  printf '%-30s %7s %7s %7s %9s  %s\n' phase passed failed skipped time status
  for i in "${!PHASE_NAMES[@]}"; do
    printf '%-30s %7s %7s %7s %9s  %s\n' "${PHASE_NAMES[$i]}" "${PHASE_PASSED[$i]}" \
      "${PHASE_FAILED[$i]}" "${PHASE_SKIPPED[$i]}" "$(fmt_ms "${PHASE_TIME[$i]}")" "${PHASE_STATUS[$i]}"
  done
  printf 'total time: %s   logs: %s\n' "$(fmt_ms $(( $(now_ms) - SCRIPT_START )))" "${LOG_DIR#"$REPO_ROOT"/}"
  local rc=0
  if (( TOTAL_FAILED > 0 )); then rc=1
  elif (( TOTAL_PASSED + TOTAL_FAILED == 0 )); then echo "error: no test ran at all"; rc=1
  fi
  # Stop PostgreSQL now (quietly), so nothing is printed after the closing line.
  cleanup >/dev/null 2>&1 || true
  if (( TOTAL_SKIPPED > 0 )); then
    echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed, ${TOTAL_SKIPPED} skipped"
  else
    echo "${TOTAL_PASSED} passed, ${TOTAL_FAILED} failed"
  fi
  exit "$rc"
}

# ---------------------------------------------------------------- PostgreSQL lifecycle (+ trap)
PG_TMP=""
PG_STARTED=0
PG_RUN_AS=""   # "postgres" (root -> runuser) or "" (current user)
PG_TRIED_PORTS=""

as_pg() { # run a command as the cluster owner, from inside the cluster dir
  if [[ "$PG_RUN_AS" == postgres ]]; then
    if command -v runuser >/dev/null 2>&1; then
      (cd "$PG_TMP" && runuser -u postgres -- "$@")
    else
      (cd "$PG_TMP" && su postgres -s /bin/sh -c "$(printf '%q ' "$@")")
    fi
  else
    (cd "$PG_TMP" && "$@")
  fi
}

stop_postgres() {
  [[ -n "$PG_TMP" && -d "$PG_TMP/data" ]] || return 0
  if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
    as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" stop -m immediate -w -t 30 >/dev/null 2>&1 || true
    # Belt and braces: if pg_ctl could not stop it, kill the postmaster we started.
    if [[ -f "$PG_TMP/data/postmaster.pid" ]]; then
      local pid; pid="$(head -1 "$PG_TMP/data/postmaster.pid" 2>/dev/null || true)"
      [[ "$pid" =~ ^[0-9]+$ ]] && kill -9 "$pid" 2>/dev/null || true
    fi
  fi
  PG_STARTED=0
}

cleanup() {
  # phases still running in the background (phase 5), when the script is interrupted
  local pid
  for pid in "${BG_PID[@]+"${BG_PID[@]}"}"; do pkill -TERM -P "$pid" 2>/dev/null || true; kill "$pid" 2>/dev/null || true; done
  stop_postgres || true
  if [[ -n "$PG_TMP" && -d "$PG_TMP" ]]; then rm -rf "$PG_TMP" || true; fi
  PG_TMP=""
}
trap 'cleanup >/dev/null 2>&1' EXIT
trap 'echo; echo "interrupted" >&2; exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# pick_port: prints a loopback TCP port in 55432-55999 that nothing listens on and that
# can be bound, starting at a random offset and skipping ports that already lost a race.
pick_port() {
  if command -v python3 >/dev/null 2>&1; then
    python3 - "$PG_TRIED_PORTS" <<'PY'
import random, socket, sys
tried = {int(p) for p in sys.argv[1].split()}
lo, hi = 55432, 55999
start = random.randrange(hi - lo + 1)
for i in range(hi - lo + 1):
    port = lo + (start + i) % (hi - lo + 1)
    if port in tried:
        continue
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    try:
        s.bind(("127.0.0.1", port))
    except OSError:
        continue
    finally:
        s.close()
    print(port)
    sys.exit(0)
sys.exit(1)
PY
    return $?
  fi
  # No python3: probe with bash's /dev/tcp; a port nobody accepts connections on counts as free.
  local span=568 start=$((RANDOM % 568)) i port
  for ((i = 0; i < span; i++)); do
    port=$((55432 + (start + i) % span))
    [[ " $PG_TRIED_PORTS " == *" $port "* ]] && continue
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then echo "$port"; return 0; fi
  done
  return 1
}

find_pg_bin() {
  if [[ -n "${PG_BIN:-}" ]]; then [[ -x "$PG_BIN/initdb" ]] && return 0; return 1; fi
  if [[ -x /usr/lib/postgresql/15/bin/initdb ]]; then PG_BIN=/usr/lib/postgresql/15/bin; return 0; fi
  return 1
}

# start_postgres: sets PG_PORT and PG_TMP, or returns 1 with PG_ERROR set
start_postgres() {
  PG_ERROR=""
  if ! find_pg_bin; then
    if (( IS_ROOT )); then
      say "PostgreSQL 15 not found: installing postgresql-15 with apt-get"
      if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-15; } \
          >"$LOG_DIR/apt-postgresql.log" 2>&1; then
        PG_ERROR="apt-get install postgresql-15 failed (see $LOG_DIR/apt-postgresql.log)"; return 1
      fi
      find_pg_bin || { PG_ERROR="postgresql-15 installed but initdb not found"; return 1; }
    else
      PG_ERROR="missing"; return 1
    fi
  fi

  local me; me="$(id -un)"
  if (( IS_ROOT )); then
    id postgres >/dev/null 2>&1 || { PG_ERROR="running as root but there is no 'postgres' OS user (initdb refuses root)"; return 1; }
    PG_RUN_AS=postgres
  else
    PG_RUN_AS=""   # developers without root (or the postgres user itself): run as the current user
  fi

  PG_TMP="$(mktemp -d "${TMPDIR:-/tmp}/hearth-pg.XXXXXX")"
  chmod 700 "$PG_TMP"
  [[ "$PG_RUN_AS" == postgres ]] && chown postgres:postgres "$PG_TMP"
  say "initdb in $PG_TMP (as ${PG_RUN_AS:-$me})"
  if ! as_pg "$PG_BIN/initdb" -D "$PG_TMP/data" -U postgres -E UTF8 --locale=C \
        --auth-local=trust --auth-host=reject >"$LOG_DIR/initdb.log" 2>&1; then
    PG_ERROR="initdb failed (see $LOG_DIR/initdb.log)"; cat "$LOG_DIR/initdb.log" >&2; return 1
  fi
  # trust only on the cluster's private socket dir and on 127.0.0.1; nothing else.
  as_pg sh -c "cat > '$PG_TMP/data/pg_hba.conf'" <<'EOF'
# TYPE  DATABASE  USER  ADDRESS        METHOD
local   all       all                  trust
host    all       all   127.0.0.1/32   trust
EOF

  local attempt
  for attempt in 1 2 3 4 5; do
    PG_PORT="$(pick_port)" || { PG_ERROR="no free port in 55432-55999"; return 1; }
    PG_TRIED_PORTS+=" $PG_PORT"
    as_pg sh -c "cat > '$PG_TMP/data/postgresql.auto.conf'" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$PG_TMP'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    say "starting PostgreSQL on 127.0.0.1:$PG_PORT"
    if as_pg "$PG_BIN/pg_ctl" -D "$PG_TMP/data" -l "$PG_TMP/postgres.log" -w -t 60 start \
        >"$LOG_DIR/pg_ctl-start.log" 2>&1; then
      PG_STARTED=1
      return 0
    fi
    if grep -qiE 'could not (bind|create listen)|address already in use' "$PG_TMP/postgres.log" 2>/dev/null; then
      warn "port $PG_PORT was taken meanwhile; retrying with another port (attempt $attempt)"
      stop_postgres
      : >"$PG_TMP/postgres.log"
      continue
    fi
    cp "$PG_TMP/postgres.log" "$LOG_DIR/postgres.log" 2>/dev/null || true
    tail -n 30 "$PG_TMP/postgres.log" >&2 2>/dev/null || true
    PG_ERROR="pg_ctl start failed (see $LOG_DIR/postgres.log)"
    return 1
  done
  PG_ERROR="could not start PostgreSQL after 5 port attempts"
  return 1
}

# ---------------------------------------------------------------- running one test phase
# run_phase NAME CSPROJ [VAR=VALUE | -u VAR ...]   (env changes for this phase only)
PHASE_TEST_ARGS=()   # extra `dotnet test` arguments for the next run_phase / start_phase only
# run_tests CSPROJ [env changes...]: the one `dotnet test` command line of every phase.
run_tests() {
  local project=$1; shift
  env "$@" dotnet test --project "$project" -c Release --no-build --no-ansi --no-progress \
      "${TEST_ARGS[@]+"${TEST_ARGS[@]}"}" "${PHASE_TEST_ARGS[@]+"${PHASE_TEST_ARGS[@]}"}" </dev/null
}
phase_log() { echo "$LOG_DIR/$(echo "$1" | tr -c 'a-zA-Z0-9\n' '-' | tr -s '-' | sed 's/-$//').log"; }
run_phase() {
  local name=$1 project=$2; shift 2
  local log; log="$(phase_log "$name")"
  local start rc
  echo
  say "phase: $name  ($project)"
  start=$(now_ms)
  set +e
  run_tests "$project" "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  PHASE_TEST_ARGS=()
  set -e
  conclude_phase "$name" "$log" "$rc" $(( $(now_ms) - start ))
}

# start_phase NAME CSPROJ [VAR=VALUE | -u VAR ...]: the same phase started in the background, its output kept in its
# log; finish_phase NAME waits for it, prints that output and records the result. Phase 5 runs several at once: the
# demo data each test host loads at start is single-threaded work, so two or three hosts keep both cores busy.
declare -A BG_PID=() BG_START=() BG_PROJECT=()
start_phase() {
  local name=$1 project=$2; shift 2
  local log; log="$(phase_log "$name")"
  BG_START[$name]=$(now_ms)
  BG_PROJECT[$name]=$project
  ( set +e
    run_tests "$project" "$@" >"$log" 2>&1
    echo $? >"$log.rc" ) &
  BG_PID[$name]=$!
  PHASE_TEST_ARGS=()
}
finish_phase() {
  local name=$1
  local log; log="$(phase_log "$name")"
  wait "${BG_PID[$name]}" 2>/dev/null || true
  local rc; rc="$(cat "$log.rc" 2>/dev/null || echo 255)"
  echo
  say "phase: $name  (${BG_PROJECT[$name]}, run alongside other phases; its output follows)"
  cat "$log"
  conclude_phase "$name" "$log" "$rc" $(( $(now_ms) - ${BG_START[$name]} ))
}

# conclude_phase NAME LOG RC DURATION_MS: reads the counts from the log, prints the phase's line and records it.
conclude_phase() {
  local name=$1 log=$2 rc=$3 dur=$4
  # Parse MTP's last "Test run summary:" block:  "  total: N" / "  failed: N" / "  succeeded: N" / "  skipped: N"
  local counts
  counts="$(sed 's/\x1b\[[0-9;]*[A-Za-z]//g' "$log" | awk '
      /^Test run summary:/ { in_sum=1; t=""; f=""; p=""; s=""; next }
      in_sum && /^[[:space:]]+total:[[:space:]]*[0-9]+/     { t=$2 }
      in_sum && /^[[:space:]]+failed:[[:space:]]*[0-9]+/    { f=$2 }
      in_sum && /^[[:space:]]+succeeded:[[:space:]]*[0-9]+/ { p=$2 }
      in_sum && /^[[:space:]]+skipped:[[:space:]]*[0-9]+/   { s=$2 }
      END { if (t != "" && f != "" && p != "") print t, f, p, (s == "" ? 0 : s) }')"

  local total failed passed skipped status
  if [[ -z "$counts" ]]; then
    passed=0; failed=1; skipped=0
    status="FAILED: no test summary (exit code $rc; test process crashed or did not start) - see ${log#"$REPO_ROOT"/}"
  else
    read -r total failed passed skipped <<<"$counts"
    status="ok"
    if (( failed > 0 )); then
      status="FAILED (exit code $rc)"
    elif (( rc != 0 && rc != 8 )); then
      # e.g. 134 = the test host aborted (crash, FailFast, stack overflow) before reporting results
      failed=1; status="FAILED: test process crashed or errored (exit code $rc, $total tests reported) - see ${log#"$REPO_ROOT"/}"
    elif (( rc == 8 )) || (( total == 0 )); then
      if [[ -n "$FILTER" || ${#EXTRA_ARGS[@]} -gt 0 ]]; then
        status="ok (no test matched the filter)"
      else
        failed=1; status="FAILED: zero tests ran in this project"
      fi
    fi
  fi
  [[ "$status" == ok* ]] || echo "!! $name: $status" >&2
  say "$name: $passed passed, $failed failed, $skipped skipped in $(fmt_ms "$dur")"
  record "$name" "$status" "$passed" "$failed" "$skipped" "$dur"
}

SCRIPT_START=$(now_ms)

# ---------------------------------------------------------------- the instants of phase 5 (ADR 0027)
# Each is the next one after today (London), so the list never falls behind the demo story.
other_instants() {
  if [[ -n "${HEARTH_TEST_INSTANTS:-}" ]]; then echo "$HEARTH_TEST_INSTANTS"; return; fi
  local today year april y leap october back
  today="$(TZ=Europe/London date +%F)"
  year="${today:0:4}"
  april="$year-04-01"; [[ "$today" < "$april" ]] || april="$((year + 1))-04-01"
  y="$year"
  while :; do
    if date -d "$y-02-29" >/dev/null 2>&1 && [[ "$today" < "$y-02-29" ]]; then leap="$y-02-29"; break; fi
    y=$((y + 1))
  done
  y="$year"
  while :; do
    october="$y-10-31"
    back="$(date -d "$october -$(date -d "$october" +%w) days" +%F)"   # the last Sunday of October
    [[ "$today" < "$back" ]] && break
    y=$((y + 1))
  done
  # The first minutes of 1 April (BST), the last minute of 31 March, a leap day, the hour the clocks go back
  # (01:30 BST, the first of the two), and two years ahead.
  echo "${april}T00:30 $(date -d "$april -1 day" +%F)T23:59 ${leap}T12:00 ${back}T01:30 $(date -d "$today +2 years" +%F)T10:00"
}

# ---------------------------------------------------------------- prerequisites
if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: 'dotnet' not found on PATH. Install the .NET 10 SDK (see global.json) and retry." >&2
  record "prerequisites" "FAILED: dotnet not found" 0 1 0 0
  print_summary_and_exit
fi
say "dotnet $(dotnet --version) | $(uname -sm) | user $(id -un) | CI=${CI:-}"
if [[ -z "${HEARTH_TEST_NOW:-}" ]]; then
  HEARTH_TEST_NOW="$(date -u +%Y-%m-%dT%H:%M:%SZ)"   # today, chosen once for every phase (phase 5 has its own instants)
fi
export HEARTH_TEST_NOW
say "test clock: HEARTH_TEST_NOW=$HEARTH_TEST_NOW (repeat this run with the same value)"

WEB_DIR="src/Hearth.Web"
if [[ -f "$WEB_DIR/package.json" && ! -d "$WEB_DIR/node_modules" ]]; then
  t0=$(now_ms)
  if ! command -v npm >/dev/null 2>&1; then
    echo "error: $WEB_DIR/package.json exists but 'npm' is not on PATH: install Node.js 20+ and npm." >&2
    record "npm ci" "FAILED: npm not found" 0 1 0 0
    print_summary_and_exit
  fi
  say "npm ci in $WEB_DIR"
  if ! (cd "$WEB_DIR" && npm ci --no-audit --no-fund --loglevel=error) >"$LOG_DIR/npm-ci.log" 2>&1; then
    cat "$LOG_DIR/npm-ci.log" >&2
    record "npm ci" "FAILED: npm ci failed" 0 1 0 $(( $(now_ms) - t0 ))
    print_summary_and_exit
  fi
  say "npm ci done in $(fmt_ms $(( $(now_ms) - t0 )))"
fi

# Chromium for the browser tests
CHROMIUM="${HEARTH_CHROMIUM:-/usr/bin/chromium}"
BROWSER_SKIP=""
if (( ! FAST )) && [[ ! -x "$CHROMIUM" ]]; then
  if (( IS_ROOT )) && command -v apt-get >/dev/null 2>&1; then
    t0=$(now_ms)
    say "Chromium not found: installing Debian's chromium with apt-get (quiet)"
    if { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } \
        >"$LOG_DIR/apt-chromium.log" 2>&1 && [[ -x /usr/bin/chromium ]]; then
      CHROMIUM=/usr/bin/chromium
      say "installed $(/usr/bin/chromium --version 2>/dev/null || echo chromium) in $(fmt_ms $(( $(now_ms) - t0 )))"
    else
      tail -n 30 "$LOG_DIR/apt-chromium.log" >&2 || true
      BROWSER_SKIP="FAILED: apt-get install chromium failed (see ${LOG_DIR#"$REPO_ROOT"/}/apt-chromium.log)"
    fi
  else
    BROWSER_SKIP="SKIPPED: Chromium not found at $CHROMIUM. Install it with: sudo apt-get update && sudo apt-get install -y chromium (or set HEARTH_CHROMIUM=/path/to/chromium)"
    warn "$BROWSER_SKIP"
  fi
fi
export HEARTH_CHROMIUM="$CHROMIUM"

# ---------------------------------------------------------------- build once
echo
say "dotnet build Hearth.slnx -c Release  (full log: .tmp/test-logs/build.log; a first build restores NuGet packages and can take minutes)"
t0=$(now_ms)
set +e
dotnet build Hearth.slnx -c Release -tl:off -nologo </dev/null >"$LOG_DIR/build.log" 2>&1
build_rc=$?
set -e
build_ms=$(( $(now_ms) - t0 ))
if (( build_rc != 0 )); then
  cat "$LOG_DIR/build.log"
  echo "!! build failed (exit code $build_rc); no tests were run" >&2
  record "build" "FAILED (exit code $build_rc)" 0 1 0 "$build_ms"
  print_summary_and_exit
fi
# success: only the warnings (deduplicated) and the counts
grep -E ': warning [A-Z]+[0-9]+' "$LOG_DIR/build.log" | sed 's/^ *//' | sort -u || true
grep -E '^ *[0-9]+ (Warning|Error)\(s\)' "$LOG_DIR/build.log" | sed 's/^ */    /' || true
say "build succeeded in $(fmt_ms "$build_ms")"

# ---------------------------------------------------------------- phases
# A test process lives a minute or two: dynamic PGO's instrumented code costs it more than the optimised code it buys.
# Measured on the 269 web tests at one instant (2 cores): 80 s and 109 s of CPU with it, 64 s and 85 s without.
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"
run_instants() {
  # Phase 5: the same code at the instants where date code breaks. Left out here, as the same on every day (ADR 0027):
  # the scoping matrix (who sees what), and the security suites — accounts, administration, the audit trail, the API's
  # answers and the platform's headers, exports, handlers and unique constraints — which check who may act and what is
  # refused, with relative time at most (session and throttle lengths, measured on the same test clock).
  # The instants run HEARTH_TEST_PARALLEL at a time (default 3); each phase's output is printed whole when it ends.
  local running=() instant name
  for instant in $(other_instants); do
    while (( ${#running[@]} >= PARALLEL )); do finish_phase "${running[0]}"; running=("${running[@]:1}"); done
    start_phase "domain @ $instant" tests/Hearth.Domain.Tests/Hearth.Domain.Tests.csproj -u HEARTH_TEST_DB "HEARTH_TEST_NOW=$instant"
    PHASE_TEST_ARGS=(--filter-not-namespace Hearth.Web.Tests.Scoping --filter-not-namespace Hearth.Web.Tests.Account
      --filter-not-namespace Hearth.Web.Tests.Admin --filter-not-namespace Hearth.Web.Tests.Audit
      --filter-not-namespace Hearth.Web.Tests.Api --filter-not-class Hearth.Web.Tests.Platform.CsvInjectionTests
      --filter-not-class Hearth.Web.Tests.Platform.SecurityHeaderTests --filter-not-class Hearth.Web.Tests.Platform.UniqueConstraintTests
      --filter-not-class Hearth.Web.Tests.Platform.PageHandlerTests)
    start_phase "web @ $instant" tests/Hearth.Web.Tests/Hearth.Web.Tests.csproj HEARTH_TEST_DB=sqlite "HEARTH_TEST_NOW=$instant"
    # the domain run takes seconds: wait for it here, so only the web runs count against the limit
    finish_phase "domain @ $instant"
    running+=("web @ $instant")
  done
  for name in "${running[@]+"${running[@]}"}"; do finish_phase "$name"; done
}

if (( INSTANTS_ONLY )); then
  run_instants
  print_summary_and_exit
fi

run_phase "domain"         tests/Hearth.Domain.Tests/Hearth.Domain.Tests.csproj -u HEARTH_TEST_DB
run_phase "web (sqlite)"   tests/Hearth.Web.Tests/Hearth.Web.Tests.csproj HEARTH_TEST_DB=sqlite

if (( FAST )); then
  record "web (postgres)" "not run (--fast)" 0 0 0 0
  record "browser"        "not run (--fast)" 0 0 0 0
else
  echo
  say "phase: web (postgres): starting a throwaway PostgreSQL 15 cluster"
  t0=$(now_ms)
  if start_postgres; then
    say "PostgreSQL up on 127.0.0.1:$PG_PORT in $(fmt_ms $(( $(now_ms) - t0 )))"
    run_phase "web (postgres)" tests/Hearth.Web.Tests/Hearth.Web.Tests.csproj HEARTH_TEST_DB=postgres \
      "HEARTH_TEST_POSTGRES=Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=postgres"
    cp "$PG_TMP/postgres.log" "$LOG_DIR/postgres.log" 2>/dev/null || true
    cleanup
    say "PostgreSQL stopped and its temp dir removed"
  elif [[ "$PG_ERROR" == missing ]]; then
    msg="SKIPPED: PostgreSQL 15 server not found (looked in /usr/lib/postgresql/15/bin; set PG_BIN=...). Install with: sudo apt-get install -y postgresql-15"
    warn "$msg"
    cleanup
    record "web (postgres)" "$msg" 0 0 1 $(( $(now_ms) - t0 ))
  else
    echo "!! web (postgres): $PG_ERROR" >&2
    cleanup
    record "web (postgres)" "FAILED: $PG_ERROR" 0 1 0 $(( $(now_ms) - t0 ))
  fi

  if [[ -z "$BROWSER_SKIP" ]]; then
    run_phase "browser" tests/Hearth.Browser.Tests/Hearth.Browser.Tests.csproj -u HEARTH_TEST_DB \
      "HEARTH_CHROMIUM=$HEARTH_CHROMIUM"
  elif [[ "$BROWSER_SKIP" == SKIPPED* ]]; then
    record "browser" "$BROWSER_SKIP" 0 0 1 0
  else
    record "browser" "$BROWSER_SKIP" 0 1 0 0
  fi

  run_instants
fi

print_summary_and_exit
