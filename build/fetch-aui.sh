#!/bin/sh
# Fetches Atlassian's UI library for the sandbox host's pages at build time (called by Maven, see pom.xml):
# the npm packages @atlassian/aui (its dist: CSS, JS, fonts, images) and jquery (AUI's peer dependency, which Jira
# loads before AUI), unpacked into OUT/aui and OUT/jquery. Test code only: nothing of it goes into the plugin jar.
#
# Usage: fetch-aui.sh OUT AUI_VERSION JQUERY_VERSION
#
# Never fails the build: without npm, or when the registry cannot be reached, it prints one line and the sandbox
# falls back to its own stand-in styles. Files fetched once stay in OUT until `mvn clean`; npm's cache then lets a
# later fetch work offline.
out="$1"
aui_version="$2"
jquery_version="$3"
if [ -z "$out" ] || [ -z "$aui_version" ] || [ -z "$jquery_version" ]; then
  echo "usage: fetch-aui.sh OUT AUI_VERSION JQUERY_VERSION" >&2
  exit 0
fi
stamp="$out/fetched-$aui_version-$jquery_version"
if [ -f "$stamp" ] && [ -f "$out/aui/aui-prototyping.css" ] && [ -f "$out/jquery/jquery.min.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "[sandbox] npm is not on the PATH: @atlassian/aui not fetched, the sandbox pages will use their stand-in styles (install Node.js with npm to see AUI)."
  exit 0
fi
work="$out.tmp"
rm -rf "$work"
mkdir -p "$work"
if ! (cd "$work" && npm pack --silent --prefer-offline --fetch-retries=1 --fetch-timeout=60000 \
      "@atlassian/aui@$aui_version" "jquery@$jquery_version" > packed.txt 2> npm.log); then
  echo "[sandbox] npm could not fetch @atlassian/aui@$aui_version and jquery@$jquery_version (see $work/npm.log): the sandbox pages will use their stand-in styles."
  exit 0
fi
mkdir -p "$work/aui-package" "$work/jquery-package"
if ! tar -xzf "$work/atlassian-aui-$aui_version.tgz" -C "$work/aui-package" \
    || ! tar -xzf "$work/jquery-$jquery_version.tgz" -C "$work/jquery-package"; then
  echo "[sandbox] the npm packages of AUI and jQuery could not be unpacked: the sandbox pages will use their stand-in styles."
  exit 0
fi
rm -rf "$out"
mkdir -p "$out/aui" "$out/jquery"
cp -R "$work/aui-package/package/dist/aui/." "$out/aui/"
cp "$work/aui-package/package/LICENSE" "$out/aui/LICENSE"
cp "$work/jquery-package/package/dist/jquery.min.js" "$out/jquery/jquery.min.js"
cp "$work/jquery-package/package/LICENSE.txt" "$out/jquery/LICENSE.txt"
# source maps are not needed to run, and are most of the size
find "$out" -name '*.map' -exec rm -f {} +
rm -rf "$work"
touch "$stamp"
echo "[sandbox] fetched @atlassian/aui@$aui_version and jquery@$jquery_version into $out"
