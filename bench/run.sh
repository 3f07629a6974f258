#!/usr/bin/env bash
# Benchmarks the targets of SPEC §9 on this machine and prints times, peak memory and ratios.
#
#   bench/run.sh [ROWS]        (default 1,000,000 rows)
#
# 1. Generates a ROWS-row CSV evaluation (and, when the tool can read XLSX, the same as one XLSX sheet).
# 2. Times the bare Commons CSV parse of participants.csv (every field touched) in its own JVM, and
#    `impact calculate` to JSON and to the workbook with JAVA_OPTS=-Xmx512m, side by side (interleaved).
# 3. Times the same rows from one XLSX sheet, and a small sample end to end (JVM start included).
# Each measurement is the best of RUNS (default 3) runs; peak RSS comes from GNU time when installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
rows="${1:-1000000}"
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

if [ ! -f "$data/participants.csv" ]; then
  echo "Generating $rows rows into $data…" >&2
  java -cp "$bench_jar" org.impactkit.bench.GenerateEvaluation "$data" "$rows"
fi
if [ ! -f "$data-xlsx/evaluation.xlsx" ]; then
  echo "Generating the same rows as one XLSX workbook…" >&2
  java -cp "$bench_jar" org.impactkit.bench.GenerateWorkbook "$data" "$data-xlsx"
fi

gnu_time=""
if /usr/bin/time -f "%M" true 2>/dev/null; then gnu_time=/usr/bin/time; fi

# run_once NAME COMMAND…: runs the command once; keeps its wall seconds and peak RSS (MB) when it is
# NAME's best so far.
declare -A best_s best_mb
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
  if [ -z "${best_s[$name]:-}" ] || awk -v x="$s" -v y="${best_s[$name]}" 'BEGIN { exit !(x < y) }'; then
    best_s[$name]="$s"
    best_mb[$name]="-"
    [ -n "$gnu_time" ] && best_mb[$name]=$(awk '{ printf "%.0f", $1 / 1024 }' "$rss_file")
  fi
  rm -f "$rss_file"
}

report() {
  printf '  %-38s %8s s  %6s MB\n' "$1" "${best_s[$1]}" "${best_mb[$1]}"
}

# measure NAME COMMAND…: best of $runs runs.
measure() {
  local name="$1"; shift
  for _ in $(seq "$runs"); do
    run_once "$name" "$@"
  done
  report "$name"
}

echo
echo "impact benchmark: $rows participant rows, $(nproc) cores, $(date -u +%Y-%m-%d), $(java -version 2>&1 | head -1)"
echo
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
