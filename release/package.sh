#!/usr/bin/env bash
# Makes the release artifacts in target/release/ (docs/releasing.md); `mvn -B -Prelease package`
# runs it after the single jar (target/llmscape-VERSION.jar) is made.
#
#   llmscape-VERSION.jar               the single runnable jar (java -jar)
#   llmscape_VERSION_amd64.deb         jpackage's .deb: /usr/bin/llmscape, its own runtime, the
#                                      man pages and the bash, zsh and fish completions
#   llmscape-VERSION-linux-x64.tar.gz  the same bundle for any Linux
#   llmscape-VERSION-1.x86_64.rpm      only where rpmbuild exists
#   SHA256SUMS                         of all of the above
#   catalog.json, .sha256, .sig        the signed catalog files, when a signing key is set and
#                                      release/catalog-release.sh exists
#
# Usage: release/package.sh VERSION   (JDK_HOME: the JDK whose jlink, jdeps and jpackage to use;
# default: the one `java` on the PATH belongs to). Needs fakeroot and dpkg-deb for the .deb and
# asciidoctor for the man pages (apt-get install fakeroot dpkg asciidoctor).
set -euo pipefail

die() { echo "package: $*" >&2; exit 1; }
say() { echo "package: $*" >&2; }

[ $# -eq 1 ] || die "usage: release/package.sh VERSION"
version=$1
root=$(cd "$(dirname "$0")/.." && pwd -P)
cd "$root"

jdk=${JDK_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
for tool in jlink jdeps jpackage; do
  [ -x "$jdk/bin/$tool" ] || die "$jdk/bin/$tool is missing: set JDK_HOME to a full JDK 17 or newer"
done
for tool in fakeroot dpkg-deb asciidoctor gzip sha256sum; do
  command -v "$tool" >/dev/null || die "$tool is needed (apt-get install fakeroot dpkg asciidoctor)"
done

jar="target/llmscape-$version.jar"
[ -f "$jar" ] || die "$jar is missing: run mvn -B -Prelease package"
out=target/release
work=target/package
rm -rf "$out" "$work"
mkdir -p "$out" "$work"

# jpackage wants a plain numeric version (1.2.3); a -SNAPSHOT suffix stays in the file names only.
app_version=${version%%[-+]*}

# The runtime: the modules jdeps finds in the single jar, less java.desktop, plus jdk.crypto.ec.
# java.desktop is named only by jackson-databind's optional java.beans support, which llmscape
# never loads (databind is on the class path for two exception classes of CSV export; the checks
# below run CSV and TSV export on the runtime); with it, the runtime would take AWT's native
# libraries and the .deb would depend on X11, ALSA and FreeType. jdk.crypto.ec is named by no class
# (it is a security provider found at run time) but HTTPS and Ed25519 signatures need it on
# JDK 17-21.
modules=$("$jdk/bin/jdeps" -q --print-module-deps --ignore-missing-deps --multi-release 17 "$jar")
modules=$(echo "$modules" | tr , '\n' | grep -vx java.desktop | paste -sd, -)
if "$jdk/bin/java" --list-modules | grep -q '^jdk\.crypto\.ec@'; then
  modules="$modules,jdk.crypto.ec"
fi
say "runtime modules: $modules"
"$jdk/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$work/runtime"

# Man pages: roff from the AsciiDoc pages that ManPagesTest keeps in step with the commands.
mkdir -p "$work/man/man1"
asciidoctor -b manpage -D "$work/man/man1" docs/man/*.adoc
gzip -9n "$work/man/man1"/*.1

# The application image: bin/llmscape, the jar in lib/app, the runtime in lib/runtime. jpackage's
# native launcher and its JVM options ($APPDIR expanded at run time) are replaced by a script below.
mkdir -p "$work/input"
cp "$jar" "$work/input/"
"$jdk/bin/jpackage" --type app-image --name llmscape --app-version "$app_version" \
  --input "$work/input" --main-jar "llmscape-$version.jar" --main-class dev.llmscape.Main \
  --runtime-image "$work/runtime" \
  --java-options '-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:auto -XX:SharedArchiveFile=$APPDIR/llmscape.jsa -Xlog:disable -Xlog:all=warning:stderr' \
  --dest "$work/image"
image="$work/image/llmscape"

# Class-data archive: the classes of a training run (ArchiveTraining), parsed, verified and laid
# out once, as the ./llmscape launcher does (a static archive, which also takes picocli's Java 5
# classes; a dynamic one leaves them out). The training runs now, with the bundled runtime, and its
# class list ships as lib/app/llmscape.classlist; the archive itself is dumped from that list where
# the bundle is installed (lib/app/make-archive, run by the .deb's postinst), because JDK 17
# records the jar's absolute path in the archive and refuses it from any other path. Here the
# archive is made in the image once, to check that the list dumps and maps, and then removed.
say "class-data archive"
training_home=$(mktemp -d)
trap 'rm -rf "$training_home"' EXIT
java_img="$image/lib/runtime/bin/java"
cp_img="$(cd "$image/lib/app" && pwd -P)/llmscape-$version.jar"
HOME=$training_home XDG_CACHE_HOME=$training_home XDG_DATA_HOME=$training_home "$java_img" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
  -Xshare:off -XX:DumpLoadedClassList="$image/lib/app/llmscape.classlist" -cp "$cp_img" \
  dev.llmscape.ArchiveTraining >/dev/null
install -m 755 release/make-archive "$image/lib/app/make-archive"
"$image/lib/app/make-archive"
"$java_img" -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xshare:on \
  -XX:SharedArchiveFile="$image/lib/app/llmscape.jsa" -cp "$cp_img" dev.llmscape.Main --version >/dev/null ||
  die "the class-data archive does not map"

# The launcher: a shell script in place of jpackage's native one (release/llmscape-launcher says why).
sed "s/@VERSION@/$version/" release/llmscape-launcher >"$image/bin/llmscape"
chmod 755 "$image/bin/llmscape"

# Man pages and completions beside the bundle, for the .tar.gz (the .deb puts them in the system's
# directories, below).
mkdir -p "$image/share/man" "$image/share/completions"
cp -r "$work/man/man1" "$image/share/man/"
cp completions/llmscape.bash completions/_llmscape completions/llmscape.fish "$image/share/completions/"

# Check the image before packaging it, with no JAVA_HOME and no java on the PATH: --version, and
# the commands that load the most of the libraries (CSV export loads databind's exception classes).
for args in "--version" "list --org Meta" "export -o csv org:Meta" "export -o tsv org:Meta" \
  "lineage llama --json"; do
  # shellcheck disable=SC2086 # the arguments are split on purpose
  env -i PATH=/usr/bin:/bin HOME="$training_home" "$image/bin/llmscape" $args >/dev/null ||
    die "the image fails: llmscape $args"
done
rm -f "$image/lib/app/llmscape.jsa"

# .deb: jpackage's package for the /usr tree (/usr/bin/llmscape, /usr/lib/llmscape/...), to which
# the man pages and completions are then added in the system's directories, so that dpkg owns
# them and `dpkg -r` removes them with the rest.
say "deb"
common_args=(--app-image "$image" --name llmscape --app-version "$app_version"
  --description "A command-line atlas of large language models"
  --vendor llmscape --install-dir /usr --linux-app-category utils)
"$jdk/bin/jpackage" --type deb "${common_args[@]}" \
  --linux-deb-maintainer llmscape@users.noreply.github.com --dest "$work/deb"
deb_in=$(ls "$work"/deb/*.deb)
deb="$out/llmscape_${version}_amd64.deb"
tree="$work/deb-tree"
fakeroot -- bash -euo pipefail -c '
  in=$1 tree=$2 man=$3 deb=$4
  dpkg-deb -R "$in" "$tree"
  # The archive is made on install, from the shipped class list, and removed before removal.
  app=/usr/lib/llmscape/app
  chmod 755 "$tree$app/make-archive"
  sed -i "s|^    configure)\$|&\n        $app/make-archive \|\| echo \"llmscape: no class-data archive; llmscape runs, only more slowly\" >\&2|" \
    "$tree/DEBIAN/postinst"
  sed -i "s|^set -e\$|&\nrm -f $app/llmscape.jsa|" "$tree/DEBIAN/prerm"
  grep -q make-archive "$tree/DEBIAN/postinst" && grep -q llmscape.jsa "$tree/DEBIAN/prerm"
  # The share/ copy in the image is for the .tar.gz; the system directories serve the .deb.
  rm -rf "$tree/usr/lib/llmscape/share"
  install -d "$tree/usr/share/man/man1" "$tree/usr/share/bash-completion/completions" \
    "$tree/usr/share/zsh/vendor-completions" "$tree/usr/share/fish/vendor_completions.d"
  install -m 644 "$man"/*.1.gz "$tree/usr/share/man/man1/"
  install -m 644 completions/llmscape.bash "$tree/usr/share/bash-completion/completions/llmscape"
  install -m 644 completions/_llmscape "$tree/usr/share/zsh/vendor-completions/_llmscape"
  install -m 644 completions/llmscape.fish "$tree/usr/share/fish/vendor_completions.d/llmscape.fish"
  if [ -f "$tree/DEBIAN/md5sums" ]; then
    (cd "$tree" && find usr -type f -print0 | sort -z | xargs -0 md5sum >DEBIAN/md5sums)
  fi
  size=$(du -sk --exclude=DEBIAN "$tree" | cut -f1)
  sed -i "s/^Installed-Size:.*/Installed-Size: $size/" "$tree/DEBIAN/control"
  chown -R root:root "$tree"
  dpkg-deb -Zxz -b "$tree" "$deb" >/dev/null
' bash "$deb_in" "$tree" "$work/man/man1" "$deb"
rm -rf "$tree"

# .tar.gz: the image as llmscape-VERSION-linux-x64/ (bin/llmscape, lib/app, lib/runtime, share/).
say "tar.gz"
dir="llmscape-$version-linux-x64"
mv "$image" "$work/$dir"
tar -C "$work" --owner=0 --group=0 -czf "$out/$dir.tar.gz" "$dir"
mv "$work/$dir" "$image"

# .rpm where rpmbuild exists (the application only; man pages and completions are in the .deb and
# the .tar.gz).
if command -v rpmbuild >/dev/null; then
  say "rpm"
  "$jdk/bin/jpackage" --type rpm "${common_args[@]}" --dest "$out"
else
  say "no rpmbuild here: no .rpm"
fi

cp "$jar" "$out/"

# The signed catalog files of `llmscape catalog update`, when there is a key to sign them with.
if [ -x release/catalog-release.sh ]; then
  if [ -n "${LLMSCAPE_SIGNING_KEY:-}${LLMSCAPE_SIGNING_KEY_FILE:-}" ]; then
    release/catalog-release.sh catalog.json "$out"
  else
    say "LLMSCAPE_SIGNING_KEY is not set: no signed catalog files"
  fi
fi

(cd "$out" && sha256sum -- * >SHA256SUMS.tmp && mv SHA256SUMS.tmp SHA256SUMS)
say "release artifacts in $out:"
ls -l "$out" >&2
