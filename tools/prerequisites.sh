#!/usr/bin/env bash
# Installs what building, testing and trying adtopo need on a Debian-like machine, from Debian's packages:
# a JDK 17 to build with, any Maven 3 (only to fetch the Maven the wrapper pins), Xvfb and GTK for the
# workbench, OpenLDAP's slapd (tests need a directory that is not AD), and the Samba AD test forest's packages. Quick when everything is there already.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

missing=()
command -v javac >/dev/null 2>&1 && javac -version 2>&1 | grep -qE 'javac (1[7-9]|2[0-9])' || missing+=(openjdk-17-jdk-headless)
if [ ! -x "${MAVEN_USER_HOME:-$HOME/.m2}/wrapper/dists/apache-maven-$(sed -n 's/^mavenVersion=//p' "$here/.mvn/wrapper/maven-wrapper.properties" | tr -d '\r')/apache-maven-$(sed -n 's/^mavenVersion=//p' "$here/.mvn/wrapper/maven-wrapper.properties" | tr -d '\r')/bin/mvn" ] \
    && ! command -v mvn >/dev/null 2>&1; then
  missing+=(maven)
fi
command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb xauth)
dpkg -s libgtk-3-0 >/dev/null 2>&1 || dpkg -s libgtk-3-0t64 >/dev/null 2>&1 || missing+=(libgtk-3-0)
command -v ldapsearch >/dev/null 2>&1 || missing+=(ldap-utils)
[ -x /usr/sbin/slapd ] || missing+=(slapd)   # a directory that is not AD, for tests

if [ ${#missing[@]} -gt 0 ]; then
  echo "prerequisites: installing ${missing[*]}"
  as_root env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
"$here/tests/forest/forest.sh" install
