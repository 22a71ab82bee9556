#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Install the Debian 12 packages that building, testing and running the
# dexec fork need, and nothing when they are all present already.
#
# meson (>= 1.5) and python3-pycotap come from bookworm-backports; the
# backports source is added with the mirror that the machine's own apt
# sources already use.

set -eu
. "$(dirname "$0")/common.sh"

packages="gcc make ninja-build pkg-config binutils bzip2 ccache flex bison
python3 python3-venv libglib2.0-dev libpixman-1-dev zlib1g-dev libfdt-dev
libslirp-dev seabios ipxe-qemu cpio gzip"
backports_packages="meson python3-pycotap"

installed() {
    dpkg-query -W -f='${db:Status-Abbrev}' "$1" 2>/dev/null | grep -q '^ii'
}

meson_ok() {
    v=$(dpkg-query -W -f='${Version}' meson 2>/dev/null) || return 1
    dpkg --compare-versions "$v" ge 1.5
}

missing=
for p in $packages; do
    installed "$p" || missing="$missing $p"
done
missing_bpo=
meson_ok || missing_bpo=meson
installed python3-pycotap || missing_bpo="$missing_bpo python3-pycotap"

if [ -z "$missing$missing_bpo" ]; then
    exit 0
fi

command -v apt-get >/dev/null ||
    dexec_die "not a Debian system; install by hand:$missing$missing_bpo"
[ "$(id -u)" = 0 ] ||
    dexec_die "missing packages:$missing$missing_bpo (run as root to install)"

# The mirror the machine already uses, read from its apt sources.
mirror_of() {
    deb='^deb  *\(\[[^]]*\] *\)\{0,1\}\(http[^ ]*\)  *bookworm .*'
    {
        sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/*.sources 2>/dev/null
        sed -n "s/$deb/\\2/p" \
            /etc/apt/sources.list /etc/apt/sources.list.d/*.list 2>/dev/null
    } | grep -v -e security -e backports | head -n 1
}

bpo_list=/etc/apt/sources.list.d/dexec-bookworm-backports.sources
if [ -n "$missing_bpo" ] && ! grep -rqs 'bookworm-backports' \
        /etc/apt/sources.list /etc/apt/sources.list.d; then
    mirror=$(mirror_of)
    [ -n "$mirror" ] || dexec_die "no Debian mirror found in the apt sources"
    dexec_msg "adding bookworm-backports from $mirror"
    cat > "$bpo_list" <<EOT
Types: deb
URIs: $mirror
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
EOT
fi

dexec_msg "installing:$missing$missing_bpo"
export DEBIAN_FRONTEND=noninteractive
apt-get update -q
if [ -n "$missing" ]; then
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends $missing
fi
if [ -n "$missing_bpo" ]; then
    # shellcheck disable=SC2086
    apt-get install -y -q --no-install-recommends \
        -t bookworm-backports $missing_bpo
fi
