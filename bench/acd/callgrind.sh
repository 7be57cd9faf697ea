#!/bin/sh
# Instruction and simulated cache-miss counts of the ACD engine on the benchmark's event log:
#   bench/acd/callgrind.sh [EVENTS]   (default 300000; counts the second half; takes 1-2 minutes)
# Runs bench/acd/replay.ts under callgrind with instrumentation off until the warm-up is done, a 1 MB
# last-level cache (this machine's L2 per core), and prints per counted event: instructions and last-level
# misses of the whole process and of the mutator (JIT code and V8 builtins, i.e. without the garbage
# collector and libc). Deterministic up to JIT and GC timing (about +-2 % between identical runs), unlike
# wall time on a shared machine. Needs valgrind.
set -eu
events=${1:-300000}
here=$(cd "$(dirname "$0")" && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
valgrind --tool=callgrind --instr-atstart=no --cache-sim=yes --D1=32768,8,64 --I1=32768,8,64 --LL=1048576,16,64 \
  --callgrind-out-file="$dir/cg.out" node --expose-gc --import tsx "$here/replay.ts" --events "$events" --mark "$dir" \
  > "$dir/log" 2>&1 &
pid=$!
while [ ! -e "$dir/ready" ]; do
  if ! kill -0 "$pid" 2>/dev/null; then cat "$dir/log"; exit 1; fi
  sleep 0.5
done
callgrind_control -i on "$pid" > /dev/null 2>&1
touch "$dir/go"
while [ ! -e "$dir/done" ]; do sleep 0.5; done
callgrind_control -i off "$pid" > /dev/null 2>&1
touch "$dir/off"
wait "$pid"
counted=$((events - events / 2))
callgrind_annotate --threshold=100 --show-percs=no "$dir/cg.out" 2>/dev/null | awk -v n="$counted" '
  /PROGRAM TOTALS/ { gsub(",", ""); ir = $1; ll = $8 + $9 }
  /\?\?\?:0x|Builtins_/ { gsub(",", ""); for (i = 1; i <= 9; i++) if ($i == ".") $i = 0; mir += $1; mll += $8 + $9 }
  END {
    printf "counted events %d\n", n
    printf "all code: %.0f instructions, %.2f LL misses per event\n", ir / n, ll / n
    printf "mutator (JIT code + builtins): %.0f instructions, %.2f LL misses per event\n", mir / n, mll / n
    printf "{\"events\":%d,\"ir_per_event\":%.1f,\"ll_miss_per_event\":%.3f,\"mutator_ir_per_event\":%.1f,\"mutator_ll_miss_per_event\":%.3f}\n", n, ir / n, ll / n, mir / n, mll / n
  }'
