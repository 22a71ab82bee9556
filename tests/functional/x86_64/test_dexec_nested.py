#!/usr/bin/env python3
#
# SPDX-License-Identifier: GPL-2.0-or-later
#
# dexec's KVM paths on an emulated host with hardware virtualization:
# scripts/dexec/nested.sh boots a TCG guest with SVM and kvm-amd and runs
# this build's QEMU inside it, so this runs wherever TCG does, with or
# without /dev/kvm on the real host.

import json
import os
import re
import subprocess

from qemu_test import QemuBaseTest


# what a QEMU started with -S has: the first vCPU's CPUID, the 'max' CPU
# model, the address spaces, the machine's unattached objects
STATE_QMP = ('{"execute": "qmp_capabilities"}\n'
             '{"execute": "qom-get", "arguments": {"path": '
             '"/machine/unattached/device[0]", "property": "feature-words"}}\n'
             '{"execute": "query-cpu-model-expansion", "arguments": '
             '{"type": "full", "model": {"name": "max"}}}\n'
             '{"execute": "human-monitor-command", "arguments": '
             '{"command-line": "info mtree"}}\n'
             '{"execute": "qom-list", "arguments": '
             '{"path": "/machine/unattached"}}\n'
             '{"execute": "quit"}\n')


def machine_state(out):
    """The replies to STATE_QMP in @out, in a form to compare."""
    replies = [json.loads(l)['return'] for l in out.splitlines()
               if l.startswith('{"return"')]
    if len(replies) != 6:
        return None
    words, model, mtree, objects = replies[1:5]
    # "info mtree" lists address spaces in no particular order
    return (words, model, sorted(mtree.replace('\r', '').split('\n\n')),
            sorted(o['name'] for o in objects))


GUEST_ARGS = ('-display none -nodefaults -no-reboot -monitor none '
              '-chardev file,path=/tmp/out,id=output '
              '-device isa-debugcon,chardev=output '
              '-device isa-debug-exit,iobase=0xf4,iosize=0x4')


class DexecNested(QemuBaseTest):
    """Runs dexec under KVM in a nested KVM host and checks the results."""

    # L1 is TCG emulating SVM: on the fork's machines, its steps and the
    # Linux boot take some eight minutes when the machine is quiet
    timeout = 1500

    def setUp(self):
        super().setUp()
        self.build = os.environ.get('QEMU_BUILD_ROOT')
        if not self.build:
            self.skipTest('QEMU_BUILD_ROOT is not set')
        self.src = os.path.dirname(os.path.realpath(
            os.path.join(self.build, 'Makefile')))
        guest = os.environ.get('QEMU_TEST_DEXEC_GUEST_DIR',
                               os.path.join(self.build, 'dexec-guest'))
        debs = os.path.join(guest, 'debs')
        if not (os.path.isdir(debs) and
                any(f.startswith('linux-image') for f in os.listdir(debs))):
            msg = (f'the demo guest packages are not in {debs}: '
                   'run scripts/dexec/make-guest.sh')
            if os.environ.get('QEMU_TEST_DEXEC_REQUIRE_GUEST'):
                self.fail(msg)
            self.skipTest(msg)

    def run_nested(self, steps):
        """Run each (name, command) in one L1 boot; return name -> output."""
        script = []
        for name, cmd in steps:
            script.append(f'echo "@@ begin {name}"')
            script.append(f'{cmd}; echo "@@ end {name} rc=$?"')
        env = dict(os.environ, DEXEC_BUILD_DIR=self.build)
        res = subprocess.run([os.path.join(self.src, 'scripts/dexec/nested.sh'),
                              '-t', str(self.timeout - 60), *script],
                             capture_output=True, text=True, env=env,
                             check=False, timeout=self.timeout)
        self.log.info('nested.sh output:\n%s\n%s', res.stdout, res.stderr)
        self.assertIn('L1: ready (/dev/kvm)', res.stdout,
                      'no KVM in the nested host: ' + res.stderr[-2000:])
        results = {}
        for name, _ in steps:
            m = re.search(rf'@@ begin {name}\n(.*?)@@ end {name} rc=(\d+)',
                          res.stdout, re.S)
            results[name] = (int(m.group(2)), m.group(1)) if m else (None,
                                                                      '')
        return results

    def test_guests(self):
        # without adaptation, the user policy switches at every entry
        policies = ('native', 'user,adaptive=off', 'user', 'tcg')
        # guest: (what it prints when it passes, extra QEMU arguments)
        guests = {
            'hello': ('Hello World', ''),
            'memory': ('Test complete: PASSED', ''),
            'dexec-user': ('dexec-user: PASS', ''),
            'dexec-state': ('dexec-state: PASS', '-cpu max'),
            'dexec-smc': ('dexec-smc: PASS', ''),
            'dexec-smp': ('dexec-smp: PASS', '-smp 4'),
            'dexec-mmio': ('dexec-mmio: PASS', '-cpu max'),
            'dexec-holes': ('dexec-holes: PASS', ''),
            # KVM stops at INT3 for the magic instructions
            'dexec-roi': ('dexec-roi: PASS (magic)', ''),
        }
        steps = []
        for policy in policies:
            for guest, (_, args) in guests.items():
                steps.append((re.sub(r'\W', '_', f'{guest}-{policy}'),
                              f'rm -f /tmp/out; $QEMU -accel dexec,'
                              f'policy={policy} {GUEST_ARGS} {args} -kernel '
                              f'/guests/{guest} && cat /tmp/out'))
        # the magic instructions are INT3s with roi=off
        steps.append(('roi_off', f'rm -f /tmp/out; $QEMU -accel dexec,'
                      f'policy=native,roi=off {GUEST_ARGS} -kernel '
                      f'/guests/dexec-roi && cat /tmp/out'))
        # the demo guest: Linux with two and four vCPUs, one CPU-bound
        # job per vCPU at once
        for smp in (2, 4):
            steps.append((f'linux_native_smp{smp}',
                          f'$QEMU -accel dexec,policy=native -smp {smp} '
                          '-m 512 -display none -serial file:/tmp/con '
                          '-monitor none -no-reboot -kernel /demo/vmlinuz '
                          '-initrd /demo/initramfs.cpio.gz -append '
                          '"console=ttyS0 panic=-1 dexec.run=parallel"; '
                          'cat /tmp/con'))
        # dexec's KVM set-up failing past the probe (bus lock detection,
        # which kvm-amd on the emulated host lacks), and plain TCG
        for name, accel in (('fallback', 'dexec:tcg'), ('plain', 'tcg')):
            steps.append((name, f"printf '%s' '{STATE_QMP}' | $QEMU "
                          f'-M pc,bus-lock-ratelimit=1 -accel {accel} '
                          '-display none -nodefaults -S -qmp stdio'))
        results = self.run_nested(steps)

        for policy in policies:
            for guest, (expect, _) in guests.items():
                with self.subTest(guest=guest, policy=policy):
                    rc, out = results[re.sub(r'\W', '_',
                                             f'{guest}-{policy}')]
                    self.assertEqual(rc, 0, out)
                    self.assertIn(expect, out)
        with self.subTest(fallback='dexec:tcg'):
            rc, out = results['fallback']
            self.assertEqual(rc, 0, out)
            if 'bus lock detection unsupported' not in out:
                self.skipTest('no late failure: KVM has bus lock detection')
            self.assertIn('falling back to tcg', out)
            fallback = machine_state(out)
            self.assertIsNotNone(fallback, out)
            self.assertEqual(fallback, machine_state(results['plain'][1]))
        with self.subTest(guest='dexec-roi', policy='native,roi=off'):
            rc, out = results['roi_off']
            self.assertEqual(rc, 0, out)
            self.assertIn('dexec-roi: PASS (int3)', out)
        for smp in (2, 4):
            with self.subTest(guest='linux', policy='native', smp=smp):
                rc, out = results[f'linux_native_smp{smp}']
                self.assertEqual(rc, 0, out)
                self.assertIn('dexec-guest: init reached', out)
                self.assertIn(f'CPUs online: 0-{smp - 1} ({smp} seen)', out)
                self.assertIn(f'parallel: {smp} of {smp} jobs right', out)
                self.assertIn('reboot: Power down', out)


if __name__ == '__main__':
    QemuBaseTest.main()
