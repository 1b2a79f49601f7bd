#!/usr/bin/env bash
# Runs every adtopo test: plain unit tests of the core, integration tests against a Samba AD forest on
# loopback, workbench tests under Xvfb, the Studio bridge tests, the update-site install test, and the scale
# benchmark at a small size (a generated forest of 50 sites and 200 DCs on its own Samba DC).
# Installs what it needs (Debian packages, the pinned Maven), starts the test forest if it is not running
# and stops it again afterwards. Extra arguments go to Maven (e.g. -o, -pl tests/io.adtopo.ui.tests -am).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

tools/prerequisites.sh
started=no
if ! tests/forest/forest.sh status >/dev/null 2>&1; then
  tests/forest/forest.sh start
  started=yes
fi
# the scale benchmark's DC at CI size (./benchmark.sh runs the full size by hand)
scale_started=no
if ! tests/scale/scale.sh status >/dev/null 2>&1; then
  tests/scale/scale.sh start --sites 50 --dcs 200 --connections-per-dc 5 --dfs-targets 1000
  scale_started=yes
fi
stop_forest() {
  if [ "$started" = yes ]; then tests/forest/forest.sh stop || true; fi
  if [ "$scale_started" = yes ]; then tests/scale/scale.sh stop || true; fi
}
trap stop_forest EXIT

maven=(./mvnw -B -ntp verify "$@")
if [ -n "${DISPLAY:-}" ]; then
  "${maven[@]}"
else
  xvfb-run -a -s "-screen 0 1600x1000x24" "${maven[@]}"
fi
