#!/usr/bin/env bash
# Prints where adtopo stands on a large synthetic forest: starts a Samba AD DC on 127.0.0.5 loaded with a
# generated forest (tests/scale/scale.sh; by default 500 sites, 2,000 DCs, 5 connections per DC, a DFS folder
# of 1,000 targets) and runs the benchmark against it: the topology load against ldapsearch of the same
# searches, the checks, the DFS referral preview per client site, the model's heap, and the Sites and Servers
# view's responsiveness in the workbench. Each figure is printed with its target and [met] or [MISSED].
# Arguments go to scale.sh start (e.g. --sites 50 --dcs 200). Installs what it needs, like run-tests.sh.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

tools/prerequisites.sh
tests/scale/scale.sh start "$@"
mkdir -p target
rm -f target/benchmark.txt
modules=plugins/io.adtopo.core,plugins/io.adtopo.ui,tests/io.adtopo.tests.support,tests/io.adtopo.scale.tests
maven=(./mvnw -B -ntp verify -pl "$modules" -Dtest='*Benchmark*' -Dsurefire.failIfNoSpecifiedTests=false)
if [ -n "${DISPLAY:-}" ]; then
  "${maven[@]}" >target/benchmark-build.log 2>&1 || { tail -50 target/benchmark-build.log; exit 1; }
else
  xvfb-run -a -s "-screen 0 1600x1000x24" "${maven[@]}" >target/benchmark-build.log 2>&1 \
    || { tail -50 target/benchmark-build.log; exit 1; }
fi
echo
cat target/benchmark.txt
