#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Prepare the dexec demo guest under the build tree, from Debian packages:
#   $DEXEC_BUILD_DIR/dexec-guest/vmlinuz          linux-image-cloud-amd64
#   $DEXEC_BUILD_DIR/dexec-guest/initramfs.cpio.gz busybox-static + our init
# The packages are fetched once with "apt-get download" (no installation);
# nothing is redone while the inputs are unchanged.

set -eu
. "$(dirname "$0")/common.sh"

debs=$dexec_guest/debs
mkdir -p "$debs"
init=$dexec_src/scripts/dexec/guest/init
avx512=$dexec_src/scripts/dexec/guest/avx512-tasks.c
initramfs=$dexec_guest/initramfs.cpio.gz
vmlinuz=$dexec_guest/vmlinuz
stamp=$dexec_guest/guest.txt

# Up to date: nothing changed since the last run, not even apt's lists.
if [ -s "$stamp" ] && [ ! /var/lib/apt/lists -nt "$stamp" ] &&
   [ ! "$init" -nt "$stamp" ] && [ ! "$avx512" -nt "$stamp" ] &&
   [ ! "$0" -nt "$stamp" ] &&
   [ -s "$vmlinuz" ] && [ -s "$initramfs" ]; then
    exit 0
fi

# Resolve the kernel image package that the metapackage points at.
kpkg=$(apt-cache depends linux-image-cloud-amd64 2>/dev/null |
       sed -n 's/^ *Depends: \(linux-image-[^ ]*\)$/\1/p' | head -n 1)
[ -n "$kpkg" ] ||
    dexec_die "apt knows no linux-image-cloud-amd64; run apt-get update"

# fetch PACKAGE: the .deb of PACKAGE's candidate version, downloaded once
fetch() {
    ver=$(apt-cache policy "$1" | sed -n 's/^ *Candidate: //p')
    [ -n "$ver" ] && [ "$ver" != "(none)" ] ||
        dexec_die "apt has no candidate for $1"
    file=$(printf '%s_%s_amd64.deb' "$1" "$ver" | sed 's/:/%3a/')
    if [ ! -s "$debs/$file" ]; then
        dexec_msg "downloading $1 $ver"
        (cd "$debs" && apt-get download -q "$1=$ver" >/dev/null 2>&1) ||
            (cd "$debs" && apt-get download "$1=$ver")
    fi
    echo "$debs/$file"
}

kdeb=$(fetch "$kpkg")
bdeb=$(fetch busybox-static)

if [ ! -s "$vmlinuz" ] || [ "$kdeb" -nt "$vmlinuz" ]; then
    dexec_msg "extracting the kernel from $(basename "$kdeb")"
    dpkg-deb --fsys-tarfile "$kdeb" |
        tar -xO --wildcards './boot/vmlinuz-*' > "$vmlinuz.tmp"
    mv "$vmlinuz.tmp" "$vmlinuz"
fi

if [ ! -s "$initramfs" ] || [ "$bdeb" -nt "$initramfs" ] ||
   [ "$init" -nt "$initramfs" ] || [ "$avx512" -nt "$initramfs" ] ||
   [ "$0" -nt "$initramfs" ]; then
    dexec_msg "making the busybox initramfs"
    root=$dexec_guest/root
    rm -rf "$root"
    mkdir -p "$root/bin" "$root/dev"
    dpkg-deb --fsys-tarfile "$bdeb" |
        tar -xO ./bin/busybox > "$root/bin/busybox"
    chmod 755 "$root/bin/busybox"
    ln -s busybox "$root/bin/sh"
    cp "$init" "$root/init"
    chmod 755 "$root/init"
    # the guest program of mode "avx512", static: the initramfs has no libc
    cc -O2 -static -mgeneral-regs-only -o "$root/bin/avx512-tasks" "$avx512"
    (cd "$root" && find . | LC_ALL=C sort | cpio -o -H newc -R 0:0 --quiet) |
        gzip -9n > "$initramfs.tmp"
    mv "$initramfs.tmp" "$initramfs"
    rm -rf "$root"
fi

echo "$kpkg $(basename "$kdeb") $(basename "$bdeb")" > "$stamp"
