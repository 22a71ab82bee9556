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


# The test plugins on dexec-roi (as test_dexec_accel.py's
# test_plugins_see_the_simulation), and its statistics once it is done
PLUGINS_L1 = ('rm -f /tmp/out /tmp/plog; $QEMU -accel dexec,policy=native '
              f'{GUEST_ARGS} -plugin /plugins/libregion.so '
              '-plugin /plugins/libinsn.so,inline=on -d plugin -D /tmp/plog '
              '-kernel /guests/dexec-roi && cat /tmp/out /tmp/plog')

STATS_QMP = ('{"execute": "qmp_capabilities"}\n'
             '{"execute": "query-stats", "arguments": {"target": "vcpu", '
             '"providers": [{"provider": "dexec"}]}}\n'
             '{"execute": "query-stats", "arguments": {"target": "vm", '
             '"providers": [{"provider": "dexec"}]}}\n'
             '{"execute": "quit"}\n')

STATS_L1 = f'''rm -f /tmp/out
ip link set lo up
$QEMU -accel dexec,policy=native {GUEST_ARGS.replace('-no-reboot ', '')} \\
    -no-shutdown -qmp tcp:127.0.0.1:4445,server=on,wait=off \\
    -kernel /guests/dexec-roi &
pid=$!
i=0
until grep -q 'dexec-roi: PASS' /tmp/out 2>/dev/null || [ $i -ge 600 ]; do
    sleep 1
    i=$((i + 1))
done
sleep 2
cat /tmp/out
(printf '%s' '{STATS_QMP}'; sleep 3) | nc 127.0.0.1 4445 | grep '"return"'
wait $pid'''


def region_counts(text):
    """libregion's instruction counts and libinsn's total in @text."""
    regions = [int(n) for n in
               re.findall(r'^cpu 0 region \d+: (\d+) insns$', text, re.M)]
    total = re.search(r'^total insns: (\d+)$', text, re.M)
    return regions, int(total.group(1)) if total else None


def stats_values(reply):
    """name -> value of the stats in one query-stats @reply."""
    values = {}
    for result in reply:
        for stat in result['stats']:
            values.setdefault(stat['name'], stat['value'])
    return values


# A migration through a file in L1, in the middle of dexec-migrate's work
# (tests/tcg/x86_64/system/dexec-migrate.c; test_dexec_migration.py does
# the same with TCG alone): the source is stopped first, or migrated live;
# the destination loads the stream paused.  Prints the registers and a
# digest of RAM on both sides, the source's console at the save and the
# destination's console.
MIGRATE_ARGS = ('-display none -nodefaults -no-reboot -m 64 '
                '-cpu qemu64,svm=off,kvm=off '
                '-device isa-debugcon,chardev=output '
                '-device isa-debug-exit,iobase=0xf4,iosize=0x4 '
                '-fw_cfg name=opt/dexec-migrate/rounds,string=150 '
                '-kernel /guests/dexec-migrate')

MIGRATE_L1 = '''ip link set lo up
hmp() {{
    (echo "$1"; sleep 2) | nc 127.0.0.1 4444 | tr -d '\\r'
}}
state() {{
    echo "@@ regs"
    hmp "info registers" | grep -a '^[A-Z][A-Z0-9 ]*='
    hmp 'pmemsave 0 0x4000000 "/tmp/ram"' > /dev/null
    echo "@@ ram $(sha256sum < /tmp/ram)"
    rm -f /tmp/ram
}}
rm -f /tmp/out /tmp/out2 /tmp/mig
$QEMU -accel {src} {args} -chardev file,path=/tmp/out,id=output \\
    -no-shutdown -monitor tcp:127.0.0.1:4444,server=on,wait=off &
pid=$!
i=0
until grep -q '^round {at}:' /tmp/out 2>/dev/null || [ $i -ge 900 ]; do
    sleep 1
    i=$((i + 1))
done
{stop}
hmp "migrate file:/tmp/mig" > /dev/null
i=0
until hmp "info migrate" | grep -qiE 'status: *(completed|failed)' ||
      [ $i -ge 120 ]; do
    i=$((i + 1))
done
hmp "info migrate" | grep -ai 'status:'
state
echo "@@ head"
cat /tmp/out
echo "@@ end head"
hmp quit > /dev/null
wait $pid
$QEMU -accel {dst} {args} -chardev file,path=/tmp/out2,id=output \\
    -incoming file:/tmp/mig -S \\
    -monitor tcp:127.0.0.1:4444,server=on,wait=off &
pid=$!
sleep 5
hmp "info migrate" | grep -ai 'status:'
state
hmp cont > /dev/null
wait $pid
echo "@@ qemu rc=$?"
echo "@@ tail"
cat /tmp/out2
echo "@@ end tail"'''

# name: (source accelerator, destination accelerator, live, the round
# after which it is saved: TCG in L1 is TCG in TCG, far slower)
MIGRATIONS = {
    'native_native': ('dexec,policy=native', 'dexec,policy=native', False,
                      60),
    'native_native_live': ('dexec,policy=native', 'dexec,policy=native',
                           True, 60),
    'native_tcg': ('dexec,policy=native', 'tcg', False, 60),
    'tcg_native': ('tcg', 'dexec,policy=native', False, 3),
}


def migrate_step(src, dst, live, at):
    """The L1 commands of one migration of MIGRATIONS."""
    return MIGRATE_L1.format(src=src, dst=dst, args=MIGRATE_ARGS, at=at,
                             stop='' if live else 'hmp stop > /dev/null')


def migrate_parts(out):
    """The states at the save and after the load (registers, RAM
    digest), the source's console until the save and the destination's
    console."""
    states = re.findall(r'@@ regs\n(.*?)@@ ram (\w+)', out, re.S)
    head = re.search(r'@@ head\n(.*?)@@ end head\n', out, re.S)
    tail = re.search(r'@@ tail\n(.*?)@@ end tail', out, re.S)
    return (states, head.group(1) if head else None,
            tail.group(1) if tail else None)


class DexecNested(QemuBaseTest):
    """Runs dexec under KVM in a nested KVM host and checks the results."""

    # L1 is TCG emulating SVM: on the fork's machines, each of the three
    # tests boots an L1 and takes some four to ten minutes (the limit of
    # one L1 run; meson's for all three is in meson.build)
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


    def tcg_plugin_counts(self):
        """libregion's counts and libinsn's total for dexec-roi under
        plain TCG on this host (the same in L1: TCG is deterministic)."""
        guest = os.path.join(self.build, 'tests/tcg/x86_64/system/dexec-roi')
        plugins = os.path.join(self.build, 'tests/tcg/plugins')
        log = self.scratch_file('plugins-tcg.log')
        args = GUEST_ARGS.replace('/tmp/out', os.devnull).split()
        subprocess.run([os.path.join(self.build, 'qemu-system-x86_64'),
                        '-accel', 'tcg', *args, '-plugin',
                        os.path.join(plugins, 'libregion.so'), '-plugin',
                        os.path.join(plugins, 'libinsn.so') + ',inline=on',
                        '-d', 'plugin', '-D', log, '-kernel', guest],
                       check=True, timeout=300)
        with open(log, encoding='utf-8') as f:
            return region_counts(f.read())

    def test_simulator(self):
        """What a simulation user does with a guest that the native
        policy runs in KVM: instrument its region of interest with TCG
        plugins, read its statistics through query-stats, and save it in
        the middle of its work and resume it, under dexec or TCG."""
        if not os.path.exists(os.path.join(self.build,
                                           'tests/tcg/plugins/libregion.so')):
            self.skipTest('test plugins not built (configure '
                          '--enable-plugins)')
        steps = [('plugins', PLUGINS_L1), ('stats', STATS_L1)]
        # an uninterrupted run, then migrations through a file
        steps += [('migrate_reference',
                  f'rm -f /tmp/out; $QEMU -accel dexec,policy=native '
                  f'{MIGRATE_ARGS} -chardev file,path=/tmp/out,id=output '
                  '&& cat /tmp/out')]
        for name, migration in MIGRATIONS.items():
            steps.append((f'migrate_{name}', migrate_step(*migration)))
        results = self.run_nested(steps)

        with self.subTest(check='plugins'):
            rc, out = results['plugins']
            self.assertEqual(rc, 0, out)
            self.assertIn('dexec-roi: PASS (magic)', out)
            regions, total = region_counts(out)
            tcg_regions, tcg_total = self.tcg_plugin_counts()
            # the region of interest ran in TCG, exactly as under TCG;
            # the million iterations around it in KVM, unseen
            self.assertEqual(len(tcg_regions), 1, tcg_regions)
            self.assertEqual(regions, tcg_regions)
            self.assertLess(total, tcg_total - 10000000)
        with self.subTest(check='query-stats'):
            rc, out = results['stats']
            self.assertEqual(rc, 0, out)
            self.assertIn('dexec-roi: PASS (magic)', out)
            replies = [json.loads(l)['return'] for l in out.splitlines()
                       if l.startswith('{"return"')]
            self.assertEqual(len(replies), 4, out)
            vcpu, vm = stats_values(replies[1]), stats_values(replies[2])
            self.assertGreater(vcpu['switches-to-kvm'], 0)
            self.assertGreater(vcpu['kvm-entries'], 0)
            self.assertGreater(vcpu['kvm-time'], 0)
            self.assertGreater(vcpu['tcg-entries'], 0)
            self.assertGreater(vcpu['tcg-time'], 0)
            # as in test_dexec_accel: dexec-roi leaves its last region open
            self.assertEqual((vcpu['roi-begins'], vcpu['roi-ends'],
                              vcpu['roi-markers']), (24, 23, 24))
            self.assertEqual(vcpu['mode-changes'], 2 * 23 + 1)
            self.assertGreater(vm['kvm-instructions-per-ns'], 0)

        rc, reference = results['migrate_reference']
        with self.subTest(migrate='reference'):
            self.assertEqual(rc, 0, reference)
            self.assertIn('dexec-migrate: PASS', reference)
        for name in MIGRATIONS:
            with self.subTest(migrate=name):
                rc, out = results[f'migrate_{name}']
                self.assertEqual(rc, 0, out)
                self.assertIn('@@ qemu rc=0', out)
                states, head, tail = migrate_parts(out)
                self.assertEqual(len(states), 2, out)
                self.assertIsNotNone(head, out)
                self.assertIsNotNone(tail, out)
                self.assertIn(f'round {MIGRATIONS[name][3]}:', head, out)
                self.assertNotIn('checksum', head, 'saved too late')
                # the registers, then RAM, then what the guest prints
                self.assertIn('RIP=', states[0][0], out)
                self.assertEqual(states[0][0], states[1][0], out)
                self.assertRegex(states[0][1], r'^[0-9a-f]{64}$', out)
                self.assertEqual(states[0][1], states[1][1], out)
                self.assertEqual(head + tail, reference)


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
