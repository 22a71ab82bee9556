#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Run a command inside a nested KVM host: a TCG guest ("L1", -cpu max
# with SVM) running Debian's cloud kernel with kvm-amd loaded and this
# build's qemu-system-x86_64, so that dexec's KVM paths can be exercised
# on machines that have no /dev/kvm (or whose KVM is in software).  L1
# behaves like a host with hardware virtualization.
#
#   scripts/dexec/nested.sh [-t SECONDS] [-s SOCKET] 'shell command' ...
#
# Inside L1: $QEMU is the build's emulator (with -L for its firmware),
# /guests holds the bare-metal test guests, /plugins the test plugins
# (tests/tcg/plugins, where built) and /demo the demo guest.
# The exit status is the command's.  Needs make-guest.sh's packages.
# With -s, L1's second serial port (/dev/ttyS1) is a Unix socket server at
# SOCKET on this host: a QEMU in L1 started with "-gdb /dev/ttyS1" can be
# debugged with "target remote SOCKET" from here.

set -eu
. "$(dirname "$0")/common.sh"

timeout=600
serial=
while [ $# -gt 1 ]; do
    case $1 in
    -t) timeout=$2 ;;
    -s) serial="-serial unix:$2,server=on,wait=off" ;;
    *) break ;;
    esac
    shift 2
done
[ $# -gt 0 ] || dexec_die "usage: $0 [-t SECONDS] [-s SOCKET] COMMAND..."

qemu=$dexec_build/qemu-system-x86_64
[ -x "$qemu" ] || dexec_die "no $qemu: build first"
kdeb=$(ls "$dexec_guest"/debs/linux-image-*-cloud-amd64_*.deb 2>/dev/null |
       tail -n 1)
bdeb=$(ls "$dexec_guest"/debs/busybox-static_*.deb 2>/dev/null | tail -n 1)
[ -n "$kdeb" ] && [ -n "$bdeb" ] || dexec_die "run make-guest.sh first"

work=$dexec_build/dexec-nested
base=$work/l1-base.cpio.gz
mkdir -p "$work"

# The L1 root: busybox, the KVM modules, the emulator with its libraries
# and firmware, the test guests.  Rebuilt when any of them changes.
newest=$(ls -t "$qemu" "$kdeb" "$bdeb" "$0" "$dexec_guest/initramfs.cpio.gz" \
         "$dexec_build"/tests/tcg/x86_64/system/* \
         "$dexec_build"/tests/tcg/plugins/*.so 2>/dev/null | head -n 1)
if [ ! -s "$base" ] || [ "$newest" -nt "$base" ]; then
    dexec_msg "making the L1 initramfs"
    root=$work/root
    rm -rf "$root"
    mkdir -p "$root/bin" "$root/mod" "$root/fw" "$root/guests" "$root/demo" \
        "$root/plugins"
    dpkg-deb --fsys-tarfile "$bdeb" |
        tar -xO ./bin/busybox > "$root/bin/busybox"
    chmod 755 "$root/bin/busybox"
    dpkg-deb --fsys-tarfile "$kdeb" | tar -x -C "$work" --wildcards \
        '*/irqbypass.ko' '*/kvm.ko' '*/kvm-amd.ko'
    find "$work/lib" -name '*.ko' -exec mv {} "$root/mod/" \;
    rm -rf "$work/lib"
    cp "$qemu" "$root/bin/"
    libs=$(ldd "$qemu" |
           sed -n 's/.*=> \(\/[^ ]*\) .*/\1/p;s/^\t\(\/[^ ]*\) .*/\1/p')
    for lib in $libs; do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
    cp -L /usr/share/seabios/bios-256k.bin \
        /usr/share/seabios/vgabios-stdvga.bin \
        /usr/lib/ipxe/qemu/efi-e1000.rom \
        "$dexec_build"/pc-bios/*.bin "$root/fw/" 2>/dev/null || true
    find "$dexec_build/tests/tcg/x86_64/system" -maxdepth 1 -type f \
        -perm -u+x -exec cp {} "$root/guests/" \;
    cp "$dexec_build"/tests/tcg/plugins/*.so "$root/plugins/" 2>/dev/null ||
        true
    cp "$dexec_guest/vmlinuz" "$dexec_guest/initramfs.cpio.gz" "$root/demo/"
    cat > "$root/init" <<'EOF'
#!/bin/busybox sh
/bin/busybox --install -s /bin
export PATH=/bin
mkdir -p /proc /sys /dev /tmp
mount -t proc proc /proc
mount -t sysfs sysfs /sys
mount -t devtmpfs devtmpfs /dev
mount -t tmpfs tmpfs /tmp
for m in irqbypass kvm kvm-amd; do
    insmod /mod/$m.ko || echo "L1: insmod $m failed"
done
export QEMU="/bin/qemu-system-x86_64 -L /fw"
echo "L1: ready ($(ls /dev/kvm 2>&1))"
sh /cmd.sh
echo "L1: exit status $?"
poweroff -f
EOF
    chmod 755 "$root/init"
    (cd "$root" && find . | cpio -o -H newc -R 0:0 --quiet) |
        gzip -1 > "$base.tmp"
    # the next archive must start 4-byte aligned
    truncate -s %4 "$base.tmp"
    mv "$base.tmp" "$base"
    rm -rf "$root"
fi

# The command goes in a second, uncompressed archive appended to the first.
cmd=$work/cmd
rm -rf "$cmd"
mkdir -p "$cmd"
printf '%s\n' "$@" > "$cmd/cmd.sh"
(cd "$cmd" && echo cmd.sh | cpio -o -H newc -R 0:0 --quiet) > "$work/cmd.cpio"
cat "$base" "$work/cmd.cpio" > "$work/l1.img"

out=$work/console.log
status=0
# shellcheck disable=SC2086
timeout "$timeout" "$qemu" -accel tcg -cpu max -smp 1 -m 3G \
    -display none -serial stdio $serial -monitor none -no-reboot -nic none \
    -kernel "$dexec_guest/vmlinuz" -initrd "$work/l1.img" \
    -append "console=ttyS0 quiet panic=-1" | tee "$out" || status=$?
[ "$status" = 0 ] || dexec_die "L1 did not finish (status $status)"
rc=$(sed -n 's/^L1: exit status \([0-9]*\).*/\1/p' "$out" | tail -n 1)
[ -n "$rc" ] || dexec_die "L1 gave no exit status"
exit "$rc"
