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
import shutil
import subprocess
import time

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


# dexec-gdb under the native policy in L1, with its gdbstub on L1's second
# serial port (nested.sh -s) and a monitor that stops the VM once gdb has
# let it go back to KVM (a gdbstub on a serial line does not stop it when
# gdb connects, nor take it back after a detach: one gdb session does all)
GDB_L1 = '''ip link set lo up
$QEMU -accel dexec,policy=native -display none -nodefaults -no-reboot \\
    -chardev file,path=/tmp/out,id=output \\
    -device isa-debugcon,chardev=output \\
    -device isa-debug-exit,iobase=0xf4,iosize=0x4 -kernel /guests/dexec-gdb \\
    -S -gdb /dev/ttyS1 -monitor tcp:127.0.0.1:4444,server=on,wait=off &
pid=$!
sleep 5
echo "@@ gdb ready"
hmp() {
    (echo "$1"; sleep 2) | nc 127.0.0.1 4444 | tr -d '\\r' | grep -a vCPU
}
i=0
until [ $i -ge 300 ] || hmp "info dexec" | grep -q "vCPU 0: kvm"; do
    sleep 2
    i=$((i + 1))
done
sleep 10
hmp "info dexec"
hmp stop
wait $pid
echo "@@ qemu rc=$?"
cat /tmp/out'''

# What gdb does: as test_dexec_gdb, in one session, "monitor" for HMP
GDB_COMMANDS = (
    'set var gdb_spin = 1', 'break *gdb_kernel_target', 'continue',
    r'printf "@kernel %#lx %ld %#lx\n", $pc, $rdi, $cs',
    'stepi', r'printf "@stepi %#lx\n", $pc', 'delete',
    'hbreak *gdb_user_step', 'continue',
    r'printf "@user %#lx %ld %#lx\n", $pc, $rdi, $cs', 'delete',
    'watch gdb_counter', 'continue', r'printf "@watch %ld\n", gdb_counter',
    'delete',
    # back to KVM until L1 stops the VM
    'continue', 'monitor info dexec', 'monitor info registers',
    'monitor dexec_set_mode simulate', 'monitor info registers',
    'monitor dexec_set_mode policy',
    'set breakpoint always-inserted on', 'break gdb_spin_body',
    'monitor info dexec', 'continue',
    r'printf "@spin %#lx\n", $cs', r'printf "@x87 %d ", ($fstat >> 11) & 7',
    'output $st0', 'echo ,', 'output $st1', 'echo ,', 'output $st2',
    'echo \\n', 'set var gdb_spin = 0', 'delete', 'monitor info dexec',
    'detach')

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


    def test_gdb(self):
        """gdb on this host debugs a guest that dexec runs in L1 under
        the native policy: breakpoints, a step and a watchpoint, in TCG;
        then the guest runs in KVM, and gdb reads its registers, the x87
        stack included, after L1 stopped it there."""
        gdb = shutil.which('gdb-multiarch') or shutil.which('gdb')
        if not gdb:
            self.skipTest('no gdb on this host')
        guest = os.path.join(self.build, 'tests/tcg/x86_64/system/dexec-gdb')
        sock = os.path.join(self.socket_dir().name, 'gdb')
        log = self.log_file('nested-gdb.log')
        env = dict(os.environ, DEXEC_BUILD_DIR=self.build)
        with open(log, 'w', encoding='utf-8') as f:
            l1 = subprocess.Popen([os.path.join(self.src,
                                                'scripts/dexec/nested.sh'),
                                   '-t', '900', '-s', sock, GDB_L1],
                                  stdout=f, stderr=subprocess.STDOUT, env=env)
        try:
            deadline = time.time() + 600
            while True:
                with open(log, encoding='utf-8', errors='replace') as f:
                    if '@@ gdb ready' in f.read():
                        break
                self.assertIsNone(l1.poll(), 'L1 ended before QEMU started')
                self.assertLess(time.time(), deadline, 'L1 did not start')
                time.sleep(2)
            args = [gdb, '-nx', '-batch', '-iex', 'set remotetimeout 60',
                    '-ex', 'set pagination off', '-ex', 'set confirm off',
                    guest, '-ex', f'target remote {sock}']
            for c in GDB_COMMANDS:
                args += ['-ex', c]
            res = subprocess.run(args, capture_output=True, text=True,
                                 timeout=600, check=False)
            out = res.stdout + res.stderr
            self.log.info('gdb:\n%s', out)
            l1.wait(timeout=600)
        finally:
            if l1.poll() is None:
                l1.kill()
        with open(log, encoding='utf-8', errors='replace') as f:
            console = f.read()
        self.log.info('nested.sh output:\n%s', console)

        self.assertIn('@kernel 0x', out)
        self.assertRegex(out, r'@kernel (0x[0-9a-f]+) 42 0x8\n')
        kernel = int(re.search(r'@kernel (0x[0-9a-f]+)', out).group(1), 16)
        self.assertIn(f'@stepi {kernel + 1:#x}\n', out)
        self.assertRegex(out, r'@user 0x[0-9a-f]+ 0 0x2b\n')
        self.assertIn('@watch 1\n', out)
        # L1 saw the vCPU in KVM and stopped it; gdb's reading moved it
        self.assertIn('vCPU 0: kvm, mode policy, policy native', console)
        self.assertIn('Program received signal SIGINT', out)
        self.assertIn('vCPU 0: tcg, mode policy, policy native, '
                      'last devirtualized: state-read', out)
        # "info registers" before and after the move: what the monitor
        # says comes in order, on stderr
        regs = [r.split('\ndexec policy')[0].strip()
                for r in res.stderr.split('CPU#0\n')[1:]]
        self.assertEqual(len(regs), 2, res.stderr)
        self.assertEqual(regs[0], regs[1])
        self.assertIn('[ST=5]', regs[0])
        self.assertIn('FPR5=d49a784bcd1b8afe 4000', regs[0])
        self.assertIn('vCPU 0: tcg, mode policy, policy tcg (debugger)', out)
        self.assertIn('@spin 0x2b\n', out)
        self.assertRegex(out, r'@x87 5 3\.32192809488736234\d*,'
                         r'3\.14159265358979323\d*,1\n')
        self.assertIn('detached', out)
        self.assertIn('@@ qemu rc=0', console)
        self.assertIn('dexec-gdb: spun until released', console)
        self.assertIn('dexec-gdb: PASS', console)


if __name__ == '__main__':
    QemuBaseTest.main()
