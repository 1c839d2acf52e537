#!/bin/sh
# Builds every libFuzzer target (fuzz_*) in a separate clang build directory and runs each for
# FUZZ_SECONDS (default 60), seeded from the files listed in tests/fuzz/<area>/seeds and with
# the dictionary tests/fuzz/<area>/<target>.dict when there is one.
# Exits non-zero if any fuzzer finds a crash, leak, sanitizer report or broken invariant;
# the reproducer is left in $BUILD/fuzz-artifacts/.
#
# Usage: tests/fuzz/run-fuzzers.sh [target...]     (default: all fuzz_* targets)
# Env:   FUZZ_SECONDS=60  FUZZ_BUILD_DIR=<source>/build-fuzz  FUZZ_JOBS=2
set -eu

SRC=$(cd "$(dirname "$0")/../.." && pwd)
BUILD=${FUZZ_BUILD_DIR:-$SRC/build-fuzz}
SECONDS_EACH=${FUZZ_SECONDS:-60}
JOBS=${FUZZ_JOBS:-2}

# Tests and benchmarks are off: the fuzz build only needs the libraries under test, and all
# of them get coverage instrumentation and ASan/UBSan through CMAKE_CXX_FLAGS.
CC=clang CXX=clang++ cmake -S "$SRC" -B "$BUILD" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DWIREDESK_FUZZ=ON -DWIREDESK_BUILD_TESTS=OFF -DWIREDESK_BUILD_BENCH=OFF \
    -DCMAKE_CXX_FLAGS="-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer" \
    >/dev/null

if [ $# -gt 0 ]; then
    targets="$*"
else
    targets=$(sed -n 's/.*wiredesk_add_fuzzer(NAME \(fuzz_[A-Za-z0-9_]*\).*/\1/p' "$SRC"/tests/fuzz/*/CMakeLists.txt | sort -u)
fi
if [ -z "$targets" ]; then
    echo "no fuzz_* targets found" >&2
    exit 1
fi
# shellcheck disable=SC2086 # word splitting of the target list is intended
cmake --build "$BUILD" --target $targets -j"$JOBS"

failed=""
mkdir -p "$BUILD/fuzz-artifacts"
for target in $targets; do
    area_dir=$(dirname "$(grep -l "wiredesk_add_fuzzer(NAME $target " "$SRC"/tests/fuzz/*/CMakeLists.txt | head -n 1)")
    corpus="$BUILD/fuzz-corpus/$target"
    seeds="$BUILD/fuzz-seeds/$target"
    rm -rf "$seeds"
    mkdir -p "$corpus" "$seeds"
    if [ -f "$area_dir/seeds" ]; then
        grep -v '^#' "$area_dir/seeds" | while read -r pattern; do
            [ -n "$pattern" ] || continue
            for file in "$SRC"/$pattern; do
                [ -f "$file" ] || continue
                # Name seeds by content so the same input is never copied twice.
                cp "$file" "$seeds/$(sha1sum "$file" | cut -c1-40)"
            done
        done
    fi
    dict=""
    if [ -f "$area_dir/$target.dict" ]; then
        dict="-dict=$area_dir/$target.dict"
    fi
    echo "== $target: ${SECONDS_EACH}s, $(find "$seeds" -type f | wc -l) seeds, corpus $corpus"
    if ! "$BUILD/fuzz/$target" -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 \
        -max_len=16384 -print_final_stats=1 -artifact_prefix="$BUILD/fuzz-artifacts/$target-" \
        ${dict:+"$dict"} "$corpus" "$seeds"; then
        failed="$failed $target"
    fi
done

if [ -n "$failed" ]; then
    echo "FAILED:$failed (reproducers in $BUILD/fuzz-artifacts)" >&2
    exit 1
fi
echo "all fuzzers ran ${SECONDS_EACH}s without findings"
