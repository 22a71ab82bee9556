#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Configure (once, or again when the options below change) and build the
# fork: qemu-system-x86_64 with KVM and TCG, using ccache when present.
# Arguments are make targets (default: the emulator and the firmware it
# builds; "all" builds everything).

set -eu
. "$(dirname "$0")/common.sh"

opts="--python=/usr/bin/python3 --target-list=x86_64-softmmu
--enable-kvm --enable-tcg --disable-tools --disable-guest-agent --disable-docs
--firmwarepath=/usr/share/qemu:/usr/share/seabios:/usr/lib/ipxe/qemu"
if [ -x /usr/lib/ccache/gcc ]; then
    opts="$opts --cc=/usr/lib/ccache/gcc --cxx=/usr/lib/ccache/g++"
    # Share the cache between checkouts (e.g. CI's fresh clones).
    export CCACHE_BASEDIR="$dexec_src" CCACHE_NOHASHDIR=1
fi
opts=$(echo $opts)

mkdir -p "$dexec_build"
stamp=$dexec_build/dexec-configure-options
if [ ! -f "$dexec_build/config-host.mak" ] ||
   [ "$(cat "$stamp" 2>/dev/null)" != "$opts" ]; then
    dexec_msg "configuring $dexec_build"
    rm -f "$stamp"
    # shellcheck disable=SC2086
    (cd "$dexec_build" && "$dexec_src/configure" $opts)
    echo "$opts" > "$stamp"
fi

[ $# -gt 0 ] || set -- qemu-system-x86_64 firmware
dexec_msg "building $*"
make -C "$dexec_build" -j"$(nproc)" "$@"
