#!/usr/bin/env bash
# Builds the same generated corpus with ecosite and with Hugo, side by side, and prints wall time,
# CPU time, peak memory, pages and charts per second, and each ratio the performance targets name.
# Not part of the tests. Figures and how to read them: docs/performance.md.
#
#   bench/run.sh                 # 1,000 and 10,000 reports, median of 3 runs each
#   bench/run.sh 1000            # one size
#   RUNS=5 bench/run.sh 1000     # median of 5 runs
#   BENCH_DIR=/dev/shm/bench …   # where corpora and outputs go (default /tmp/ecosite-bench); a tmpfs
#                                # folder takes the disk out of the figures
#
# Every run writes a fresh output folder, and all are deleted only at the end: on some disks deleting
# tens of thousands of files slows the writes that follow for a minute, which would blur the figures.
# The 10,000-report runs need about 8 GB of space.
# Needs Java 17 and Maven; installs Debian's hugo and GNU time when they are missing.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
if [ $# -gt 0 ]; then sizes=("$@"); else sizes=(1000 10000); fi
runs=${RUNS:-3}
work=${BENCH_DIR:-/tmp/ecosite-bench}
mkdir -p "$work"
if compgen -G "$work/out-*" >/dev/null; then
  rm -rf "$work"/out-*
  sync; sleep 30
fi

missing=()
command -v hugo >/dev/null || missing+=(hugo)
[ -x /usr/bin/time ] || missing+=(time)
command -v bc >/dev/null || missing+=(bc)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

mvn -q -B -ntp -DskipTests package test-compile
cp="target/test-classes:target/classes:$(mvn -q -B -ntp dependency:build-classpath -Dmdep.outputFile=/dev/stdout)"
ecosite="$root/bin/ecosite"

echo "machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), \
$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(uname -sr), $(df -T "$work" | awk 'NR==2 {print $2}') at $work"
echo "java:    $(java -version 2>&1 | head -1)"
echo "hugo:    $(hugo version | cut -d' ' -f1-2)"
echo "ecosite: $("$ecosite" --version | head -1), run by bin/ecosite (JVM options: C1 only, serial GC)"
echo "each row: the median of $runs runs by wall time; a fresh output folder per run"
echo

# Deleting a large tree keeps the disk busy for a while after rm returns: let it settle before a run.
settle() { sync; sleep "${SETTLE:-5}"; }

# measure NAME OUT COMMAND...: runs COMMAND $runs times, OUT/… a fresh folder per run (the command sees
# the folder as $OUT), and prints the median run. Leaves wall seconds and peak KB in $last_wall, $last_rss.
measure() {
  local name=$1 out=$2; shift 2
  local rows=() i
  for ((i = 1; i <= runs; i++)); do
    [ -n "${BEFORE:-}" ] && eval "$BEFORE"
    settle
    export OUT="$out-$i"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/out.txt" 2>"$work/err.txt" \
      || { echo "$name failed:"; tail -20 "$work/err.txt" "$work/out.txt"; exit 1; }
    rows+=("$(cat "$work/time.txt") $i")
    cp "$work/out.txt" "$work/out-$i.txt"
  done
  local median wall user sys rss run pages charts summary
  median=$(printf '%s\n' "${rows[@]}" | sort -n | sed -n "$(( (runs + 1) / 2 ))p")
  read -r wall user sys rss run <<< "$median"
  summary=$(tail -1 "$work/out-$run.txt")
  pages=$(find "$out-$run" -name '*.html' 2>/dev/null | wc -l)
  charts=$(grep -oE '新绘 [0-9]+|[0-9]+ rendered' <<< "$summary" | grep -oE '[0-9]+' || echo 0)
  printf '%-40s %7.2f s %7.2f s %7.2f s %7.0f MB %7d %8.0f' "$name" "$wall" "$user" "$sys" \
    "$(bc <<< "$rss / 1024")" "$pages" "$(bc -l <<< "$pages / $wall")"
  if [ "$charts" -gt 0 ]; then printf ' %8.0f' "$(bc -l <<< "$charts / $wall")"; fi
  echo
  case "$summary" in *ecosite*|*built*|*已生成*|*最新*|*up\ to\ date*) echo "    ${summary}";; esac
  last_wall=$wall; last_rss=$rss
}

ratio() { printf '    %-50s %5.2f x (target %s)\n' "$1" "$(bc -l <<< "$2 / $3")" "$4"; }

for n in "${sizes[@]}"; do
  corpus="$work/corpus-$n"
  # The marker is written last; a corpus missing a part (a cleaned /tmp) is made again.
  if [ ! -f "$corpus/done" ] || [ ! -d "$corpus/nocharts/hugo" ] || [ ! -d "$corpus/svg/ecosite" ]; then
    rm -rf "$corpus"
    for flavour in nocharts svg; do
      java -cp "$cp" org.ecosite.bench.Corpus "$corpus/$flavour" "$n" "$flavour" content >/dev/null
    done
    touch "$corpus/done"
  fi
  outs="$work/out-$n"
  mkdir -p "$outs"
  echo "== $n reports ($(du -sh "$corpus/nocharts/ecosite/content" | cut -f1) of Markdown) =="
  printf '%-40s %9s %9s %9s %10s %7s %8s %8s\n' "" "wall" "user" "sys" "peak RSS" "pages" "pages/s" "charts/s"

  measure "hugo, cold" "$outs/hugo" sh -c 'exec hugo --quiet -s "$0" -d "$OUT"' "$corpus/nocharts/hugo"
  hugo_wall=$last_wall; hugo_rss=$last_rss

  BEFORE="rm -rf $corpus/nocharts/ecosite/.ecosite-cache" measure "ecosite, cold, no charts" "$outs/plain" \
    sh -c 'exec "$0" build --source "$1" --output "$OUT"' "$ecosite" "$corpus/nocharts/ecosite"
  ratio "wall: ecosite / hugo" "$last_wall" "$hugo_wall" "$([ "$n" -le 1000 ] && echo '<= 1.5 with JVM start' || echo '<= 0.7')"
  ratio "peak memory: ecosite / hugo" "$last_rss" "$hugo_rss" "<= 0.6"

  # The same build again into the folder of the last run: nothing changed, so nothing is rendered.
  BEFORE="" measure "ecosite, rebuild with nothing changed" "$outs/plain" \
    sh -c 'exec "$0" build --source "$1" --output "$2"' "$ecosite" "$corpus/nocharts/ecosite" "$outs/plain-$runs"
  ratio "wall: unchanged rebuild / hugo cold" "$last_wall" "$hugo_wall" "<= 0.3"

  BEFORE="rm -rf $corpus/svg/ecosite/.ecosite-cache" measure "ecosite, cold, one SVG chart a report" \
    "$outs/svg" sh -c 'exec "$0" build --source "$1" --output "$OUT"' "$ecosite" "$corpus/svg/ecosite"
  ratio "wall: ecosite with charts / hugo without" "$last_wall" "$hugo_wall" "<= 1.5"

  # A publication: one report's text changed since the last build, every chart still in the cache. The
  # report is put back afterwards, so the corpus stays as generated.
  BEFORE="" measure "ecosite, charts cached, one report edited" "$outs/edit" \
    sh -c 'f=$(find "$1/content" -name "*.md" ! -name "_index.md" | sort | head -1) && cp "$f" "$2" &&
           echo "新增一句。" >> "$f" && "$0" build --source "$1" --output "$OUT"; rc=$?; cp "$2" "$f"; exit $rc' \
    "$ecosite" "$corpus/svg/ecosite" "$work/saved.md"

  BEFORE="rm -rf $corpus/nocharts/ecosite/.ecosite-cache" measure "java -jar (default JVM), cold, no charts" \
    "$outs/jar" sh -c 'exec java -jar "$0" build --source "$1" --output "$OUT"' "$root/target/ecosite.jar" \
    "$corpus/nocharts/ecosite"
  echo
done
rm -rf "$work"/out-*
