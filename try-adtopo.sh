#!/usr/bin/env bash
# Builds adtopo (the update site and a workbench with adtopo and Directory Studio's connections), starts the
# local demo Active Directory forest (Samba DCs on loopback) and opens the workbench on it: Sites and Servers,
# Partitions, DFS Namespaces (with a referral preview) and Referrals show it through a Directory Studio
# connection.
# Without a display it runs the workbench under Xvfb, saves screenshots of the views to target/screenshots/
# (or $ADTOPO_SCREENSHOTS) and exits.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
root=$(pwd)

tools/prerequisites.sh
./mvnw -B -ntp verify -DskipTests
tests/forest/forest.sh start

workbench=$root/tests/io.adtopo.platforms/target/products/io.adtopo.demo.workbench/linux/gtk/x86_64
launcher=$(ls "$workbench"/plugins/org.eclipse.equinox.launcher_*.jar | head -1)
workspace=$root/target/demo-workspace
mkdir -p "$workspace"
args=(-jar "$launcher" -data "$workspace" -consoleLog -nosplash)
props=(-Xmx1g -Dorg.slf4j.simpleLogger.defaultLogLevel=error "-Dadtopo.demo.forest=$root/.forest/forest.properties")

if [ -n "${DISPLAY:-}" ]; then
  echo "Opening the adtopo workbench (workspace $workspace)."
  exec java "${props[@]}" "${args[@]}"
fi

shots=${ADTOPO_SCREENSHOTS:-$root/target/screenshots}
rm -rf "$shots"
echo "No display: running the workbench under Xvfb; screenshots go to $shots"
xvfb-run -a -s "-screen 0 1600x1000x24" \
  java "${props[@]}" "-Dadtopo.demo.screenshots=$shots" -Dadtopo.demo.exit=true "${args[@]}"
ls -1 "$shots"/*.png >/dev/null 2>&1 || { echo "no screenshot was written" >&2; exit 1; }
echo "Screenshots of the adtopo views:"
ls -1 "$shots"
