#!/usr/bin/env python3
#
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Boot the dexec demo guest: Debian's linux-image-cloud-amd64 kernel with
# the busybox initramfs that scripts/dexec/make-guest.sh makes under the
# build tree (no download from the test: the assets come from Debian
# packages).

import os
import re
import subprocess

from qemu_test import LinuxKernelTest, wait_for_console_pattern


class DexecDemoGuest(LinuxKernelTest):
    """Boots the demo guest to its init, checks what it prints, and waits
    for it to power off."""

    timeout = 180
    SHA256_64M_ZEROES = ('3b6a07d0d404fab4e23b6d34bc6696a6'
                         'a312dd92821332385e5af7c01c421351')

    def guest_files(self):
        gdir = os.environ.get('QEMU_TEST_DEXEC_GUEST_DIR')
        if not gdir:
            gdir = os.path.join(os.environ.get('QEMU_BUILD_ROOT', '.'),
                                'dexec-guest')
        kernel = os.path.join(gdir, 'vmlinuz')
        initrd = os.path.join(gdir, 'initramfs.cpio.gz')
        if not (os.path.exists(kernel) and os.path.exists(initrd)):
            msg = (f'demo guest not found in {gdir}: '
                   'run scripts/dexec/make-guest.sh')
            if os.environ.get('QEMU_TEST_DEXEC_REQUIRE_GUEST'):
                self.fail(msg)
            self.skipTest(msg)
        return kernel, initrd

    def launch_guest(self, accel, smp, mode):
        """Boots the demo guest in @mode under @accel with @smp vCPUs."""
        self.set_machine('pc')
        if 'policy=tcg' in accel:
            # dexec that never enters KVM does not need /dev/kvm
            self.require_accelerator('tcg')
            if 'dexec' not in self.run_qemu_accel_list():
                self.skipTest('dexec is not built into this binary')
        else:
            self.require_accelerator(accel.split(',')[0])
        kernel, initrd = self.guest_files()
        self.vm.set_console()
        self.vm.add_args('-accel', accel, '-smp', str(smp), '-m', '512',
                         '-no-reboot', '-kernel', kernel, '-initrd', initrd,
                         '-append',
                         f'console=ttyS0 panic=-1 dexec.run={mode}')
        self.vm.launch()

    def boot_demo(self, accel, smp):
        self.launch_guest(accel, smp, 'demo')
        self.wait_for_console_pattern('dexec-guest: init reached')
        self.wait_for_console_pattern(f'({smp} seen)')
        self.wait_for_console_pattern('dexec-guest: sha256 ' +
                                      self.SHA256_64M_ZEROES)
        self.wait_for_console_pattern('reboot: Power down')
        self.vm.wait()
        self.assertEqual(self.vm.exitcode(), 0)

    def boot_avx512(self, accel, smp):
        """Two guest processes keep AVX-512 values across context and
        engine switches (mode avx512 of the demo guest).  Where the guest
        user code reads the host's XCR0 and the host has AVX-512 (kvm_pvm),
        dexec must tell the guest of it and keep the values; elsewhere the
        guest does not get AVX-512 at all."""
        self.launch_guest(accel, smp, 'avx512')
        stats = self.vm.qmp('x-accel-stats')['return']['human-readable-text']
        with open('/proc/cpuinfo', encoding='utf-8') as f:
            native = ("user mode reads the host's XCR0" in stats and
                      'avx512f' in f.read().split())
        # where dexec runs guest code in KVM
        if native and not re.search(r'dexec policy: tcg\b', stats):
            wait_for_console_pattern(self, 'avx512-tasks: PASS',
                                     'avx512-tasks: FAIL')
        else:
            wait_for_console_pattern(self, 'avx512-tasks: no AVX-512',
                                     'avx512-tasks: PASS')
        self.wait_for_console_pattern('reboot: Power down')
        self.vm.wait()
        self.assertEqual(self.vm.exitcode(), 0)

    def test_dexec_user_isa(self):
        """Where guest user code reads the host's CPUID (kvm_pvm), the
        guest is told of the host's instruction set extensions that TCG
        runs too, so that programs pick code that both engines run: no
        instruction of the demo's workload is handed back to KVM."""
        self.launch_guest('dexec', 1, 'demo')
        stats = self.vm.qmp('x-accel-stats')['return']['human-readable-text']
        if "user mode reads the host's CPUID" not in stats:
            self.skipTest('guest user code does not read the host CPUID here')
        host = set()
        with open('/proc/cpuinfo', encoding='utf-8') as f:
            for line in f:
                if line.startswith('flags'):
                    host = set(line.split(':', 1)[1].split())
                    break
        # (a match ends the read: the flags are read up to the next line)
        self.wait_for_console_pattern('dexec-guest: cpu flags:')
        out = wait_for_console_pattern(self, 'dexec-guest: memory',
                                       'Kernel panic')
        guest = set(out.decode(errors='replace').splitlines()[0].split())
        for flag in ('ssse3', 'sse4_1', 'sse4_2', 'popcnt', 'avx2', 'bmi2'):
            if flag in host:
                self.assertIn(flag, guest)
        # TCG runs REP MOVSB a byte at a time: the kernel must not prefer it
        self.assertNotIn('erms', guest)
        self.wait_for_console_pattern('dexec-guest: workload took')
        stats = self.vm.qmp('x-accel-stats')['return']['human-readable-text']
        handbacks = sum(int(n) for n in re.findall(r'handback=(\d+)', stats))
        self.assertLess(handbacks, 20, stats)
        self.wait_for_console_pattern('reboot: Power down')
        self.vm.wait()

    def run_qemu_accel_list(self):
        return subprocess.run([self.qemu_bin, '-accel', 'help'],
                              capture_output=True, text=True,
                              check=False).stdout.split()

    def test_tcg_smp1(self):
        self.boot_demo('tcg', 1)

    def test_tcg_smp2(self):
        self.boot_demo('tcg', 2)

    def test_dexec_avx512_smp1(self):
        self.boot_avx512('dexec', 1)

    def test_dexec_avx512_smp2(self):
        self.boot_avx512('dexec', 2)

    def test_dexec_policy_tcg_avx512(self):
        self.boot_avx512('dexec,policy=tcg', 1)

    def test_dexec_smp1(self):
        self.boot_demo('dexec', 1)

    def test_dexec_smp2(self):
        self.boot_demo('dexec', 2)

    def test_dexec_smp4(self):
        self.boot_demo('dexec', 4)

    def test_dexec_policy_tcg_smp2(self):
        self.boot_demo('dexec,policy=tcg', 2)


if __name__ == '__main__':
    LinuxKernelTest.main()
