# SPDX-License-Identifier: GPL-2.0-or-later
#
# Shared settings of the dexec fork's scripts (sourced, not run).
#
# DEXEC_BUILD_DIR   build tree (default: build/ in the source tree)

dexec_src=$(cd "$(dirname "$0")/../.." && pwd)
dexec_build=${DEXEC_BUILD_DIR:-$dexec_src/build}
dexec_guest=$dexec_build/dexec-guest

dexec_msg() {
    printf '[dexec] %s\n' "$*" >&2
}

dexec_die() {
    printf '[dexec] error: %s\n' "$*" >&2
    exit 1
}
