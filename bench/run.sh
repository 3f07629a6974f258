#!/usr/bin/env bash
# Benchmarks the targets of SPEC §9 on this machine and prints times, peak memory and ratios.
#
#   bench/run.sh [ROWS]                    (default 1,000,000 rows)
#   bench/run.sh --memory [ROWS [PEOPLE [ID_PREFIX]]]
#                                          (default 10,000,000 rows of 3,000,000 people: SPEC §9's memory case)
#
# 1. Generates a ROWS-row CSV evaluation (and, when the tool can read XLSX, the same as one XLSX sheet).
# 2. Times the bare Commons CSV parse of participants.csv (every field touched) in its own JVM, and
#    `impact calculate` to JSON and to the workbook with JAVA_OPTS=-Xmx512m, side by side (interleaved).
# 3. Issue 20: on the same number of plain rows (no breakdown columns), a bare FastCSV read (the parser
#    the tool uses) against `impact calculate` → JSON, and DuckDB's one-query valuation when a `duckdb`
#    command or Python module is installed; interleaved, medians. Then the same JSON with --threads 1, 2
#    and 4, compared byte for byte.
# 4. Times the same rows from one XLSX sheet, and a small sample end to end (JVM start included).
# Each measurement is given as the median and the best of RUNS (default 3) runs; peak RSS (of the best
# run) comes from GNU time when installed.
#
# --memory generates ROWS plain rows drawn from PEOPLE distinct participants (about 460 MB for the
# default; ID_PREFIX before every id makes them long, e.g. GRANTEE-0042-PERSON-), runs `impact calculate` → JSON in -Xmx512m and in -Xmx4g, and
# with --threads 4 in -Xmx512m, and checks the three reports are the same byte for byte.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
memory=false
if [ "${1:-}" = "--memory" ]; then
  memory=true
  shift
fi
rows="${1:-1000000}"
$memory && rows="${1:-10000000}"
runs="${RUNS:-3}"
data="$root/bench/data/$rows"
out="$root/bench/data/out"
heap="-Xmx512m"

cd "$root"
echo "Building…" >&2
./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true -Dmaven.source.skip=true -Dassembly.skipAssembly=true package >&2
./impact --version >/dev/null   # the launcher's own first-run work (jar check, class-data archive)
bench_jar="$root/impact-bench/target/benchmarks.jar"
mkdir -p "$out"

if $memory; then
  people="${2:-3000000}"
  id_prefix="${3:-}"
  data="$root/bench/data/$rows-people-$people${id_prefix:+-$id_prefix}"
  if [ ! -f "$data/participants.csv" ]; then
    echo "Generating $rows plain rows of $people people into $data…" >&2
    java -cp "$bench_jar" org.impactkit.bench.GenerateEvaluation "$data" "$rows" --people "$people" --plain \
      --id-prefix "$id_prefix"
  fi
  echo
  echo "impact memory check: $rows rows, $people people, $(nproc) cores, $(date -u +%Y-%m-%d)"
  # the default threads in both heaps, then four threads (participants in two shares) in the small one
  for run in "512m" "4g" "512m 4"; do
    heap_size="${run% *}"
    threads=""
    [ "$run" != "$heap_size" ] && threads="${run#* }"
    name="memory-$heap_size${threads:+-threads-$threads}"
    t0=$(date +%s%N)
    status=0
    JAVA_OPTS="-Xmx$heap_size" ./impact calculate "$data" --format json -o "$out/$name.json" -q \
      ${threads:+--threads "$threads"} || status=$?
    t1=$(date +%s%N)
    printf '  -Xmx%-5s %-11s exit %s, %s s\n' "$heap_size" "${threads:+--threads $threads}" "$status" \
      "$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')"
    [ "$status" = 0 ] || exit 1
  done
  if cmp -s "$out/memory-512m.json" "$out/memory-4g.json" && cmp -s "$out/memory-512m.json" "$out/memory-512m-threads-4.json"
  then
    echo "  the three reports are the same byte for byte: meets the 512 MB target"
  else
    echo "  the reports DIFFER"
    exit 1
  fi
  exit 0
fi

if [ ! -f "$data/participants.csv" ]; then
  echo "Generating $rows rows into $data…" >&2
  java -cp "$bench_jar" org.impactkit.bench.GenerateEvaluation "$data" "$rows"
fi
plain="$data-plain"
if [ ! -f "$plain/participants.csv" ]; then
  echo "Generating $rows plain rows into $plain…" >&2
  java -cp "$bench_jar" org.impactkit.bench.GenerateEvaluation "$plain" "$rows" --plain
fi
only_plain="${PLAIN_ONLY:-false}"   # PLAIN_ONLY=true: only issue 20's comparison (step 3)
if ! $only_plain && [ ! -f "$data-xlsx/evaluation.xlsx" ]; then
  echo "Generating the same rows as one XLSX workbook…" >&2
  java -cp "$bench_jar" org.impactkit.bench.GenerateWorkbook "$data" "$data-xlsx"
fi

gnu_time=""
if /usr/bin/time -f "%M" true 2>/dev/null; then gnu_time=/usr/bin/time; fi

# run_once NAME COMMAND…: runs the command once; keeps its wall seconds, and its peak RSS (MB) when it is
# NAME's best so far.
declare -A best_s best_mb all_s
run_once() {
  local name="$1"; shift
  local t0 t1 rss_file s
  rss_file="$(mktemp)"
  t0=$(date +%s%N)
  if [ -n "$gnu_time" ]; then
    "$gnu_time" -o "$rss_file" -f "%M" "$@" >/dev/null
  else
    "$@" >/dev/null
  fi
  t1=$(date +%s%N)
  s=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", (b - a) / 1e9 }')
  all_s[$name]="${all_s[$name]:-} $s"
  if [ -z "${best_s[$name]:-}" ] || awk -v x="$s" -v y="${best_s[$name]}" 'BEGIN { exit !(x < y) }'; then
    best_s[$name]="$s"
    best_mb[$name]="-"
    [ -n "$gnu_time" ] && best_mb[$name]=$(awk '{ printf "%.0f", $1 / 1024 }' "$rss_file")
  fi
  rm -f "$rss_file"
}

# median NAME: the median of NAME's wall times so far.
median() {
  echo "${all_s[$1]}" | tr ' ' '\n' | sed '/^$/d' | sort -n \
    | awk '{ v[NR] = $1 } END { printf "%.3f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

report() {
  printf '  %-42s median %7s s  best %7s s  %6s MB\n' "$1" "$(median "$1")" "${best_s[$1]}" "${best_mb[$1]}"
}

# measure NAME COMMAND…: RUNS runs.
measure() {
  local name="$1"; shift
  for _ in $(seq "$runs"); do
    run_once "$name" "$@"
  done
  report "$name"
}

# DuckDB, an optional peer (issue 20): the same valuation as one query, when a duckdb command or Python
# module is installed; nothing of the project depends on it.
duckdb_cmd=()
if command -v duckdb >/dev/null 2>&1; then
  duckdb_cmd=(duckdb -c)
elif python3 -c 'import duckdb' >/dev/null 2>&1; then
  duckdb_cmd=(python3 -c 'import sys, duckdb; print(duckdb.sql(sys.argv[1]).fetchall())')
elif command -v node >/dev/null 2>&1 && [ -d "$root/bench/data/duckdb-node/node_modules/@duckdb/node-api" ]; then
  # npm install --prefix bench/data/duckdb-node @duckdb/node-api   (DuckDB's own Node package, native library included)
  # (copied beside its node_modules: Node resolves an ES module's imports from where the script is)
  cp "$root/bench/duckdb-query.mjs" "$root/bench/data/duckdb-node/"
  duckdb_cmd=(node "$root/bench/data/duckdb-node/duckdb-query.mjs")
fi

echo
echo "impact benchmark: $rows participant rows, $(nproc) cores, $(date -u +%Y-%m-%d), $(java -version 2>&1 | head -1)"
echo
# Issue 20: the bare FastCSV read, the tool and DuckDB on the plain rows, interleaved; medians.
duckdb_sql="$(sed -e "s#PARTICIPANTS#$plain/participants.csv#" -e "s#ACTIVITIES#$plain/activities.csv#" \
  "$root/bench/duckdb-valuation.sql")"
plain_runs="${PLAIN_RUNS:-5}"
for _ in $(seq "$plain_runs"); do
  run_once "bare FastCSV read (plain rows)" java $heap -cp "$bench_jar" org.impactkit.bench.BareFastCsv "$plain/participants.csv"
  JAVA_OPTS="$heap" run_once "calculate plain → JSON (-Xmx512m)" ./impact calculate "$plain" --format json -o "$out/plain.json" -q
  if [ ${#duckdb_cmd[@]} -gt 0 ]; then
    run_once "DuckDB query (plain rows)" "${duckdb_cmd[@]}" "$duckdb_sql"
  fi
done
report "bare FastCSV read (plain rows)"
report "calculate plain → JSON (-Xmx512m)"
plain_bare="$(median "bare FastCSV read (plain rows)")"
plain_tool="$(median "calculate plain → JSON (-Xmx512m)")"
ratio=$(awk -v a="$plain_tool" -v b="$plain_bare" 'BEGIN { printf "%.2f", a / b }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.5) ? "meets" : "MISSES" }')
if [ ${#duckdb_cmd[@]} -gt 0 ]; then
  report "DuckDB query (plain rows)"
  duck="$(median "DuckDB query (plain rows)")"
  duck_verdict=$(awk -v a="$plain_tool" -v b="$duck" 'BEGIN { print (a <= b) ? "meets" : "MISSES" }')
  echo "  ratio of medians, tool / bare FastCSV: $ratio ($verdict the 1.5× target); tool / DuckDB:" \
    "$(awk -v a="$plain_tool" -v b="$duck" 'BEGIN { printf "%.2f", a / b }') ($duck_verdict: no slower than DuckDB)"
else
  echo "  ratio of medians, tool / bare FastCSV: $ratio ($verdict the 1.5× target)"
  echo "  DuckDB not installed; skipped (a duckdb command, Python's duckdb module, or"
  echo "  npm install --prefix bench/data/duckdb-node @duckdb/node-api)"
fi
echo
# Issue 20, point 3: the same report whatever the threads (the runs above use the default).
same_threads=true
for threads in 1 2 4; do
  JAVA_OPTS="$heap" ./impact calculate "$plain" --format json -o "$out/plain-threads-$threads.json" -q --threads "$threads"
  cmp -s "$out/plain-threads-$threads.json" "$out/plain.json" || same_threads=false
done
if $same_threads; then
  echo "  the JSON with --threads 1, 2 and 4 is the same byte for byte"
else
  echo "  the JSON DIFFERS between thread counts"
  exit 1
fi
echo
if $only_plain; then
  exit 0
fi

# The yardstick and the two reports side by side: one of each per round, so a busy moment on a shared
# machine falls on all three alike rather than on whichever ran then.
workbook=false
if JAVA_OPTS="$heap" ./impact calculate "$root/samples/stepping-out-north-kent-2020" --format xlsx -o "$out/probe.xlsx" -q 2>/dev/null; then
  workbook=true
fi
for _ in $(seq "$runs"); do
  run_once "bare Commons CSV parse" java $heap -cp "$bench_jar" org.impactkit.bench.BareParse "$data/participants.csv"
  JAVA_OPTS="$heap" run_once "calculate → JSON (-Xmx512m)" ./impact calculate "$data" --format json -o "$out/report.json" -q
  if $workbook; then
    JAVA_OPTS="$heap" run_once "calculate → workbook (-Xmx512m)" ./impact calculate "$data" -o "$out/report.xlsx" -q
  fi
done
report "bare Commons CSV parse"
report "calculate → JSON (-Xmx512m)"
if $workbook; then
  report "calculate → workbook (-Xmx512m)"
fi
if [ -f "$data-xlsx/evaluation.xlsx" ]; then
  JAVA_OPTS="$heap" measure "calculate from XLSX → JSON (-Xmx512m)" ./impact calculate "$data-xlsx" --format json -o "$out/report-xlsx.json" -q
fi
runs=5 measure "small sample → JSON (JVM start included)" ./impact calculate "$root/samples/stepping-out-north-kent-2020" --format json -o "$out/sample.json" -q

echo
bare="${best_s[bare Commons CSV parse]}"
for name in "calculate → JSON (-Xmx512m)" "calculate → workbook (-Xmx512m)"; do
  [ -n "${best_s[$name]:-}" ] || continue
  ratio=$(awk -v a="${best_s[$name]}" -v b="$bare" 'BEGIN { printf "%.2f", a / b }')
  verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 2.0) ? "meets" : "MISSES" }')
  echo "  ratio $name / bare parse: $ratio  ($verdict the 2× target)"
done
small="${best_s[small sample → JSON (JVM start included)]}"
echo "  small sample wall time: ${small} s (target: about 1 s)"
