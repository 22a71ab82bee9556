#!/usr/bin/env python3
#
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Snapshots and migration under dexec: the bare-metal guest dexec-migrate
# (tests/tcg/x86_64/system/dexec-migrate.c) saved in the middle of its
# work, to a file or with savevm, and resumed under dexec or plain TCG,
# must print exactly what an uninterrupted run prints, with the same
# registers and RAM right after the restore as at the save; what cannot
# cross is refused with a clear error.

import hashlib
import os
import re
import time

from qemu_test import QemuSystemTest


GUEST = 'tests/tcg/x86_64/system/dexec-migrate'
# dexec's CPU models have svm=off, as KVM's do, and KVM's hypervisor leaves
# wherever dexec uses KVM (kvm=off hides them): the model of a VM that goes
# between dexec and TCG
CROSS_CPU = 'qemu64,svm=off,kvm=off'
# 1500 rounds take a few seconds in TCG
ROUNDS = 1500
RAM_MB = 64


class DexecMigration(QemuSystemTest):
    """Saves and restores a guest under dexec and TCG and compares."""

    timeout = 300
    reference = None

    def setUp(self):
        super().setUp()
        self.guest = os.path.join(os.environ.get('QEMU_BUILD_ROOT', '.'),
                                  GUEST)
        if not os.path.exists(self.guest):
            self.skipTest('bare-metal guest not built: run "make check-dexec"')
        self.set_machine('pc')
        self.consoles = 0

    def launch(self, accel, *args, rounds=ROUNDS, incoming=False,
               roi=None):
        """Start the guest under @accel; returns the VM and its console.
        The CPU is CROSS_CPU unless @args say."""
        if '-cpu' not in args:
            args += ('-cpu', CROSS_CPU)
        self.consoles += 1
        console = self.scratch_file(f'console{self.consoles}')
        vm = self.get_vm(name=f'vm{self.consoles}')
        vm.add_args('-accel', accel, '-m', str(RAM_MB), '-nodefaults',
                    '-no-shutdown', '-chardev',
                    f'file,path={console},id=output', '-device',
                    'isa-debugcon,chardev=output', '-device',
                    'isa-debug-exit,iobase=0xf4,iosize=0x4', '-fw_cfg',
                    f'name=opt/dexec-migrate/rounds,string={rounds}',
                    '-kernel', self.guest, *args)
        if roi:
            vm.add_args('-fw_cfg',
                        f'name=opt/dexec-migrate/roi-begin,string={roi[0]}',
                        '-fw_cfg',
                        f'name=opt/dexec-migrate/roi-end,string={roi[1]}')
        if incoming:
            # -S: paused after the load, whether the source ran or not
            vm.add_args('-incoming', 'defer', '-S')
        vm.launch()
        return vm, console

    @staticmethod
    def read(console):
        with open(console, encoding='utf-8', errors='replace') as f:
            return f.read()

    def wait_console(self, console, pattern, timeout=60):
        """Wait until @pattern (a regex) is on @console."""
        end = time.monotonic() + timeout
        while time.monotonic() < end:
            if re.search(pattern, self.read(console)):
                return
            time.sleep(0.05)
        self.fail(f'no "{pattern}" on the console after {timeout} s:\n' +
                  self.read(console)[-2000:])

    def finish(self, vm, console):
        """Let @vm run to the guest's power-off; return its console."""
        if vm.cmd('query-status')['status'] != 'running':
            vm.cmd('cont')
        vm.event_wait('SHUTDOWN', timeout=120)
        return self.read(console)

    def get_reference(self):
        """The console of an uninterrupted run under TCG."""
        if DexecMigration.reference is None:
            vm, console = self.launch('tcg')
            DexecMigration.reference = self.finish(vm, console)
            vm.shutdown()
        self.assertIn('dexec-migrate: PASS', DexecMigration.reference)
        return DexecMigration.reference

    def state(self, vm, name):
        """What a stopped @vm's guest has: its registers and a digest of
        its RAM."""
        self.assertNotEqual(vm.cmd('query-status')['status'], 'running')
        regs = vm.cmd('human-monitor-command',
                      command_line='info registers')
        ram = self.scratch_file(name + '.ram')
        vm.cmd('pmemsave', val=0, size=RAM_MB << 20, filename=ram)
        with open(ram, 'rb') as f:
            digest = hashlib.sha256(f.read()).hexdigest()
        os.unlink(ram)
        return regs, digest

    def stop_at(self, vm, console, pattern):
        """Stop @vm once @pattern is on its console, in the middle of the
        work; returns how much of the console there was then."""
        self.wait_console(console, pattern)
        vm.cmd('stop')
        text = self.read(console)
        self.assertNotIn('dexec-migrate: checksum', text,
                         'the guest finished before it was stopped')
        return len(text)

    def wait_migration(self, vm):
        """Wait for @vm's migration (either way) to end; return its
        query-migrate."""
        end = time.monotonic() + 60
        while time.monotonic() < end:
            info = vm.cmd('query-migrate')
            if info.get('status') in ('completed', 'failed', 'cancelled'):
                return info
            time.sleep(0.05)
        self.fail('the migration did not end: %s' % info)

    def feature_words(self, vm):
        return vm.cmd('qom-get', path='/machine/unattached/device[0]',
                      property='feature-words')

    def migrate(self, src_accel, dst_accel, src_args=(), dst_args=(),
                roi=None, stop_pattern=r'round 100:', live=False):
        """Save the guest under @src_accel to a file in the middle of its
        work, stopped first or @live, and load it under @dst_accel.
        Returns the destination VM, whose load succeeded or not, the
        state at the save, the source's console until then, the
        destination's console and the outcome (query-migrate) of the
        load."""
        src, src_con = self.launch(src_accel, *src_args, roi=roi)
        if live:
            self.wait_console(src_con, stop_pattern)
        else:
            self.stop_at(src, src_con, stop_pattern)
        stream = self.scratch_file(f'stream{self.consoles}')
        src.cmd('migrate', uri='file:' + stream)
        self.assertEqual(self.wait_migration(src)['status'], 'completed')
        while src.cmd('query-status')['status'] == 'running':
            time.sleep(0.05)       # a live migration stops it at its end
        saved = len(self.read(src_con))
        self.assertNotIn('dexec-migrate: checksum', self.read(src_con),
                         'the guest finished before it was saved')
        before = self.state(src, 'src')
        src.shutdown()

        dst, dst_con = self.launch(dst_accel, *dst_args, incoming=True,
                                   roi=roi)
        dst.cmd('migrate-incoming', uri='file:' + stream,
                exit_on_error=False)
        outcome = self.wait_migration(dst)
        return dst, before, self.read(src_con)[:saved], dst_con, outcome

    def check_resumed(self, dst, before, head, dst_con):
        """@dst loaded the state @before: same registers and RAM, and its
        guest goes on to print what an uninterrupted run prints after
        @head."""
        reference = self.get_reference()
        after = self.state(dst, 'dst')
        self.assertEqual(before[0], after[0], 'registers differ')
        self.assertEqual(before[1], after[1], 'RAM differs')
        self.assertTrue(reference.startswith(head))
        self.assertEqual(head + self.finish(dst, dst_con), reference)

    def cross(self, src_accel, dst_accel, cpu=CROSS_CPU, live=False):
        """Migrate from @src_accel to @dst_accel through a file, in the
        middle of the work, with -cpu @cpu.  Where the two accelerators
        give the model other CPUID bits (dexec adds what the host's KVM
        lets guest user code see), the destination must refuse the
        stream; otherwise the guest must go on unchanged."""
        args = ('-cpu', cpu)
        dst, before, head, dst_con, outcome = self.migrate(
            src_accel, dst_accel, args, args, live=live)
        words = self.feature_words(dst)
        probe, _ = self.launch(src_accel, *args, '-S')
        same_cpu = self.feature_words(probe) == words
        probe.shutdown()
        if not same_cpu:
            self.assertEqual(outcome['status'], 'failed')
            self.assertIn('CPU model mismatch for vCPU 0',
                          outcome.get('error-desc', ''))
            return
        self.assertEqual(outcome['status'], 'completed',
                         outcome.get('error-desc'))
        self.check_resumed(dst, before, head, dst_con)

    def test_dexec_to_dexec(self):
        self.cross('dexec', 'dexec', cpu='qemu64')

    def test_dexec_to_dexec_live(self):
        """The same, migrating while the guest runs: both engines' writes
        to RAM reach the stream, through TCG's dirty tracking and KVM's
        dirty log."""
        self.cross('dexec', 'dexec', cpu='qemu64', live=True)

    def test_tcg_to_dexec(self):
        self.cross('tcg', 'dexec')

    def test_dexec_to_tcg(self):
        self.cross('dexec', 'tcg')

    def test_cpuid_mismatch(self):
        """A stream from dexec whose CPU has other CPUID bits than the
        destination's is refused, with the bits named."""
        dst, _, _, _, outcome = self.migrate(
            'dexec', 'tcg', ('-cpu', CROSS_CPU),
            ('-cpu', CROSS_CPU + ',+movbe,-sse3'))
        self.assertEqual(outcome['status'], 'failed')
        err = outcome['error-desc']
        self.assertIn('CPU model mismatch for vCPU 0', err)
        self.assertIn('the saved CPU has pni, which this one lacks', err)
        self.assertIn('this one has movbe, which the saved CPU lacks', err)
        dst.shutdown()

    def test_region_of_interest(self):
        """The guest's region of interest goes with its state to dexec;
        plain TCG, which would take its end for an INT3, refuses it."""
        roi = (200, 1200)
        dst, before, head, dst_con, outcome = self.migrate(
            'dexec', 'dexec', roi=roi,
            stop_pattern=r'round 210:')
        self.assertEqual(outcome['status'], 'completed',
                         outcome.get('error-desc'))
        vcpus = dst.cmd('query-dexec')['vcpus']
        self.assertEqual((vcpus[0]['mode'], vcpus[0].get('mode-reason')),
                         ('simulate', 'guest'))
        reference = self.read(self.finish_reference_roi(roi))
        after = self.state(dst, 'dst')
        self.assertEqual(before, after)
        self.assertEqual(head + self.finish(dst, dst_con), reference)
        vcpus = dst.cmd('query-dexec')['vcpus']
        self.assertEqual(vcpus[0]['mode'], 'policy')
        dst.shutdown()

        dst, _, _, _, outcome = self.migrate(
            'dexec', 'tcg', roi=roi, stop_pattern=r'round 210:')
        self.assertEqual(outcome['status'], 'failed')
        self.assertIn('region of interest', outcome['error-desc'])

    def finish_reference_roi(self, roi):
        """An uninterrupted run under dexec, with a region of interest."""
        vm, console = self.launch('dexec', roi=roi)
        self.finish(vm, console)
        vm.shutdown()
        return console

    def blockdev_job(self, vm, cmd, **args):
        """Run a block job @cmd to its end; return its error, if any."""
        vm.cmd(cmd, job_id='job', **args)
        while True:
            jobs = {j['id']: j for j in vm.cmd('query-jobs')}
            if jobs['job']['status'] == 'concluded':
                break
            time.sleep(0.05)
        vm.cmd('job-dismiss', id='job')
        return jobs['job'].get('error')

    def test_savevm_loadvm(self):
        """savevm in the middle of the work, more work, loadvm: the guest
        goes back to the state it was saved in, and from there on prints
        what an uninterrupted run prints."""
        reference = self.get_reference()
        vm, console = self.launch('dexec')
        disk = self.scratch_file('disk.qcow2')
        open(disk, 'wb').close()
        vm.cmd('blockdev-add', driver='file', node_name='file0',
               filename=disk)
        self.assertIsNone(self.blockdev_job(vm, 'blockdev-create',
                                            options={'driver': 'qcow2',
                                                     'file': 'file0',
                                                     'size': 1 << 20}))
        vm.cmd('blockdev-add', driver='qcow2', node_name='disk0',
               file='file0')
        saved = self.stop_at(vm, console, r'round 100:')
        before = self.state(vm, 'save')
        self.assertIsNone(self.blockdev_job(vm, 'snapshot-save', tag='s1',
                                            vmstate='disk0',
                                            devices=['disk0']))
        vm.cmd('cont')
        # more work, then back to the snapshot
        self.stop_at(vm, console, r'round 400:')
        loaded = len(self.read(console))
        self.assertIsNone(self.blockdev_job(vm, 'snapshot-load', tag='s1',
                                            vmstate='disk0',
                                            devices=['disk0']))
        self.assertEqual(before, self.state(vm, 'load'))
        text = self.finish(vm, console)
        self.assertEqual(text[loaded:], reference[saved:])


if __name__ == '__main__':
    QemuSystemTest.main()
