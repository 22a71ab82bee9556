#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The fork's demo: install what is missing, build, prepare the demo guest
# (Debian's cloud kernel + a busybox initramfs) and boot it with its
# console on this terminal; it ends when the guest powers off.
#
# DEXEC_DEMO_ACCEL  accelerator (default: dexec, or tcg without /dev/kvm)
# DEXEC_DEMO_SMP    number of vCPUs (default: 2)
# Extra arguments are passed to QEMU.

set -eu
. "$(dirname "$0")/common.sh"

"$dexec_src/scripts/dexec/setup-host.sh"
"$dexec_src/scripts/dexec/build.sh"
"$dexec_src/scripts/dexec/make-guest.sh"

if [ -z "${DEXEC_DEMO_ACCEL:-}" ] && [ -w /dev/kvm ]; then
    accel=dexec
else
    accel=${DEXEC_DEMO_ACCEL:-tcg}
fi
smp=${DEXEC_DEMO_SMP:-2}
dexec_msg "booting the demo guest: -accel $accel -smp $smp" \
          "(Ctrl-A X quits early)"
exec "$dexec_build/qemu-system-x86_64" -accel "$accel" -smp "$smp" -m 512 \
    -nographic -no-reboot -nic none \
    -kernel "$dexec_guest/vmlinuz" -initrd "$dexec_guest/initramfs.cpio.gz" \
    -append "console=ttyS0 quiet panic=-1 dexec.run=demo" "$@"
