#!/usr/bin/env python3
#
# SPDX-License-Identifier: GPL-2.0-or-later
#
# gdb under dexec: software and hardware breakpoints, single steps and
# watchpoints stop the guest where they should whichever engine holds
# the vCPU, and the registers are the same whoever reads them, from KVM
# or from TCG.  The guest is the bare-metal tests/tcg/x86_64/system/
# dexec-gdb.c; the debugger is the host's gdb, in batch mode.

import os
import re
import shutil
import subprocess
import time

from qemu_test import QemuSystemTest


# gdb_kernel_target(42)'s registers at its first instruction that do not
# depend on the CPU model (rcx and rdx hold CPUID's results, CR4 and XCR0
# follow them): the same under every accelerator
SAME_REGS = ('rip', 'rdi', 'rsp', 'rbp', 'eflags', 'cs', 'ss', 'ds', 'es',
             'cr0', 'cr3', 'efer')


class DexecGdb(QemuSystemTest):
    """gdb's breakpoints, steps and watchpoints, and the registers it and
    the monitor read, under dexec's policies and plain TCG."""

    timeout = 240

    def setUp(self):
        super().setUp()
        self.gdb_bin = shutil.which('gdb-multiarch') or shutil.which('gdb')
        if not self.gdb_bin:
            self.skipTest('no gdb on this host')
        self.guest = os.path.join(os.environ.get('QEMU_BUILD_ROOT', '.'),
                                  'tests/tcg/x86_64/system/dexec-gdb')
        if not os.path.exists(self.guest):
            self.skipTest('bare-metal guest not built: run "make check-dexec"')

    def accel_runs(self, accel):
        """Skip unless QEMU starts with -accel @accel here; return the
        policy that dexec chose."""
        res = subprocess.run([self.qemu_bin, '-accel', accel, '-M', 'none',
                              '-display', 'none', '-nodefaults', '-S',
                              '-monitor', 'stdio'], input='info dexec\nquit\n',
                             capture_output=True, text=True, timeout=60,
                             check=False)
        if res.returncode:
            # the first line says why, as one TAP line
            self.skipTest(f'-accel {accel} does not run here: ' +
                          res.stderr.strip().splitlines()[0])
        return re.search(r'dexec policy: (\w+)', res.stdout).group(1)

    def gdb(self, *commands):
        """Run gdb in batch mode on the guest's gdbstub; its output."""
        args = [self.gdb_bin, '-nx', '-batch', '-ex', 'set pagination off',
                '-ex', 'set confirm off', self.guest,
                '-ex', f'target remote {self.gdb_socket}']
        for c in commands:
            args += ['-ex', c]
        res = subprocess.run(args, capture_output=True, text=True,
                             timeout=120, check=False)
        out = res.stdout + res.stderr
        self.log.info('gdb %s:\n%s', ' / '.join(commands), out)
        return out

    def hmp(self, command):
        return self.vm.cmd('human-monitor-command', command_line=command)

    def vcpu(self):
        return self.vm.cmd('query-dexec')['vcpus'][0]

    def wait_engine(self, engine):
        """Wait until the running guest's vCPU is in @engine."""
        for _ in range(200):
            if self.vcpu()['engine'] == engine:
                return
            time.sleep(0.05)
        self.fail(f'the vCPU never went to {engine}: {self.vcpu()}')

    def launch(self, accel, name='default'):
        """Start the guest under @accel, stopped, with the gdbstub on a
        socket."""
        self.set_machine('pc')
        self.gdb_socket = os.path.join(self.socket_dir().name, f'gdb-{name}')
        self.console = self.scratch_file(f'console-{name}')
        vm = self.get_vm(name=name)
        vm.add_args('-accel', accel, '-nodefaults', '-no-shutdown',
                    '-chardev', f'file,path={self.console},id=output',
                    '-device', 'isa-debugcon,chardev=output',
                    '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x4',
                    '-kernel', self.guest, '-S',
                    '-gdb', f'unix:{self.gdb_socket},server=on,wait=off')
        vm.launch()
        return vm

    def symbol(self, name):
        """The address of the guest's symbol @name."""
        if not hasattr(self, 'symbols'):
            out = subprocess.run(['nm', self.guest], capture_output=True,
                                 text=True, check=True).stdout
            self.symbols = {l.split()[2]: int(l.split()[0], 16)
                            for l in out.splitlines() if len(l.split()) == 3}
        return self.symbols[name]

    def first_session(self):
        """From the start: a breakpoint and a step in kernel mode, a
        hardware breakpoint and a watchpoint in user mode; then gdb
        detaches, and the guest spins in user mode.  Returns the
        registers at the first breakpoint that every accelerator has the
        same (SAME_REGS)."""
        out = self.gdb(
            'set var gdb_spin = 1',
            'break *gdb_kernel_target',
            'continue',
            r'printf "@kernel %#lx %ld %#lx\n", $pc, $rdi, $cs',
            'echo @regs\\n', 'info registers', 'echo @end\\n',
            'stepi',
            r'printf "@stepi %#lx\n", $pc',
            'delete',
            'hbreak *gdb_user_step',
            'continue',
            r'printf "@user %#lx %ld %#lx\n", $pc, $rdi, $cs',
            'delete',
            'watch gdb_counter',
            'continue',
            r'printf "@watch %ld\n", gdb_counter',
            'delete',
            'detach')
        kernel = self.symbol('gdb_kernel_target')
        self.assertIn(f'@kernel {kernel:#x} 42 0x8\n', out)
        # push %rbp: one byte
        self.assertIn(f'@stepi {kernel + 1:#x}\n', out)
        self.assertIn('Hardware assisted breakpoint', out)
        self.assertIn(f'@user {self.symbol("gdb_user_step"):#x} 0 0x2b\n',
                      out)
        # gdb_counter += 0 does not change it: the first change is i = 1
        self.assertRegex(out, r'Hardware watchpoint \d+: gdb_counter\s+'
                         r'Old value = 0\s+New value = 1')
        self.assertIn('@watch 1\n', out)
        self.assertIn('detached', out)
        regs = out[out.index('@regs\n'):out.index('@end\n')]
        return {l.split()[0]: l.split()[1] for l in regs.splitlines()
                if l.split() and l.split()[0] in SAME_REGS}

    def release(self, vm):
        """Have gdb end the guest's spin, and wait for its end."""
        self.gdb('set var gdb_spin = 0', 'detach')
        vm.event_wait('SHUTDOWN', timeout=60)
        with open(self.console, encoding='utf-8') as f:
            console = f.read()
        self.assertIn('dexec-gdb: spun until released', console)
        self.assertIn('dexec-gdb: PASS', console)

    def registers_in_both_engines(self, engine):
        """With the guest stopped in its spin loop, "info registers" is
        the same with the vCPU in KVM, read from there, and in TCG.
        @engine: where the vCPU must be when stopped, None if either."""
        self.vm.cmd('stop')
        held = self.vcpu()['engine']
        if engine:
            self.assertEqual(held, engine)
        before = self.hmp('info registers')
        self.assertEqual(self.vcpu()['engine'], 'tcg')
        if held == 'kvm':
            self.assertEqual(self.vcpu()['last-devirt'], 'state-read')
        self.vm.cmd('dexec-set-mode', mode='simulate')
        after = self.hmp('info registers')
        self.assertEqual(before, after)
        # ST(0) is physical register 5: log2(10), then pi and 1
        self.assertIn('[ST=5]', after)
        self.assertIn('FPR5=d49a784bcd1b8afe 4000', after)
        self.assertIn('FPR6=c90fdaa22168c235 4000', after)
        self.assertIn('FPR7=8000000000000000 3fff', after)
        self.assertIn('CPL=3', after)
        self.vm.cmd('dexec-set-mode', mode='policy')
        self.vm.cmd('cont')

    def second_session(self, policy):
        """gdb attaches to the spinning guest and stops it at a
        breakpoint, which keeps the vCPU in TCG; it reads the x87
        registers, and lets the guest go on."""
        out = self.gdb(
            'set breakpoint always-inserted on',
            'break gdb_spin_body',
            'monitor info dexec',
            'continue',
            r'printf "@spin %#lx\n", $cs',
            r'printf "@x87 %d ", ($fstat >> 11) & 7',
            'output $st0', 'echo ,', 'output $st1', 'echo ,',
            'output $st2', 'echo \\n',
            'delete',
            'monitor info dexec',
            'detach')
        self.assertIn('vCPU 0: tcg, mode policy, policy tcg (debugger)', out)
        self.assertIn('@spin 0x2b\n', out)
        self.assertRegex(out, r'@x87 5 3\.32192809488736234\d*,'
                         r'3\.14159265358979323\d*,1\n')
        # no breakpoint left: the policy decides again
        self.assertRegex(out, f'vCPU 0: tcg, mode policy, policy {policy}'
                         r'(\n|, last devirtualized: state-read\n)')

    def check(self, accel):
        """Debug the guest under plain TCG, then under @accel, a dexec:
        the same stops, with the same registers."""
        self.accel_runs(accel)
        tcg = self.launch('tcg', 'tcg')
        regs_tcg = self.first_session()
        self.release(tcg)
        tcg.shutdown()

        self.launch(accel)
        info = self.vm.cmd('query-dexec')
        # where the guest spins: TCG without KVM, KVM for user code with
        # it, either where the adaptive user policy decides
        engine = 'tcg'
        if info['kvm']:
            engine = ('kvm' if info['policy'] == 'native' or
                      'adaptive=off' in accel else None)
        self.assertEqual(self.first_session(), regs_tcg)
        # gdb has gone: the policy decides again
        self.assertFalse(self.vcpu()['debugger'])
        if engine:
            self.wait_engine(engine)
        self.registers_in_both_engines(engine)
        if engine:
            self.wait_engine(engine)
        self.second_session(info['policy'])
        self.release(self.vm)
        if engine == 'kvm':
            self.assertRegex(self.hmp('info accel'),
                             r'devirtualized:.*state-read=\d+')

    def test_dexec(self):
        self.check('dexec')

    def test_dexec_tcg(self):
        self.check('dexec,policy=tcg')

    def test_dexec_user(self):
        self.check('dexec,policy=user,adaptive=off')

    def test_dexec_native(self):
        # native runs the guest kernel in KVM: on a KVM that emulates
        # kernel mode (where auto chooses user), thousands of times slower
        auto = self.accel_runs('dexec')
        if auto != 'native':
            self.skipTest(f'auto chose {auto}: not a host with hardware '
                          'virtualization')
        self.check('dexec,policy=native')


if __name__ == '__main__':
    QemuSystemTest.main()
