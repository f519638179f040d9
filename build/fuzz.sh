#!/usr/bin/env bash
# Fuzzes every target (Jazzer, one target per JVM: a surefire execution each, see the fuzz-*
# executions in sitrep-core's and sitrep-server's POMs) for longer than a build does.
#   build/fuzz.sh [DURATION]      e.g. build/fuzz.sh 10m   (default 5m per target; a build: 15s)
# A crash fails the run and leaves its input under src/test/resources/<package>/<Class>Inputs/,
# where it becomes a regression test of every build: fix the code, keep the input.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
duration=${1:-5m}
./mvnw -B -pl sitrep-core,sitrep-server -am test -Dsitrep.fuzz.duration="$duration" \
  -Dtest=NoUnitTests -Dsurefire.failIfNoSpecifiedTests=false 2>&1 \
  | grep -E "^\[INFO\] --- surefire:.*fuzz-|Done [0-9]+ runs|Tests run:.*Fail|FAIL|crash-|BUILD"
