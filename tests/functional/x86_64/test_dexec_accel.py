#!/usr/bin/env python3
#
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The dexec accelerator's user interface: -accel help, its properties and
# their validation, falling back when KVM is missing or its set-up fails,
# the CPU model's defaults, the single monitor thread, its statistics in
# QMP, HMP and query-stats, the run-time control of the engines
# (dexec-set-mode, query-dexec), and the guest's region of interest (its
# magic instructions) and what TCG plugins see of it.

import json
import os
import re
import subprocess

from qemu_test import QemuSystemTest, wait_for_console_pattern
from qemu_test import exec_command_and_wait_for_pattern


def kvm_usable():
    return os.access('/dev/kvm', os.R_OK | os.W_OK)


class DexecAccel(QemuSystemTest):
    """Checks what a user sees of -accel dexec before and while it runs."""

    timeout = 120

    def run_qemu(self, *args, stdin=None):
        return subprocess.run([self.qemu_bin, *args], capture_output=True,
                              text=True, timeout=60, check=False,
                              input=stdin)

    def require_dexec(self):
        if 'dexec' not in self.run_qemu('-accel', 'help').stdout.split():
            self.skipTest('dexec is not built into this binary')

    def dexec_kvm(self):
        """Whether dexec can run guest code in KVM here: /dev/kvm is
        usable, and guest user code cannot use state that dexec cannot
        carry (where it can, policy=user and native are refused)."""
        if not kvm_usable():
            return False
        res = self.run_qemu('-M', 'none', '-accel', 'dexec', '-nodefaults',
                            '-display', 'none', '-monitor', 'stdio',
                            stdin='info accel\nquit\n')
        policy = re.search(r'dexec policy: (\w+) \(auto\)', res.stdout)
        self.assertIsNotNone(policy, res.stdout + res.stderr)
        return policy.group(1) != 'tcg'

    def test_listed(self):
        self.require_dexec()
        res = self.run_qemu('-accel', 'dexec,help')
        self.assertEqual(res.returncode, 0)
        for prop in ('quota=<uint64>', 'policy=<DexecPolicy>', 'roi=<bool>'):
            line = [l for l in res.stdout.splitlines() if prop in l]
            self.assertEqual(len(line), 1, res.stdout)
            self.assertIn(' - ', line[0], 'no description: ' + line[0])

    def test_bad_properties(self):
        self.require_dexec()
        cases = {
            'quota=0': 'quota must be',
            'quota=-5': 'quota must be',
            'quota=abc': "'quota' expects",
            'policy=nonsense': "'policy' does not accept value 'nonsense'",
            'nonsense=1': "Property 'dexec-accel.nonsense' not found",
        }
        for prop, msg in cases.items():
            with self.subTest(prop=prop):
                res = self.run_qemu('-accel', 'dexec,' + prop, '-M', 'none',
                                    '-display', 'none')
                self.assertEqual(res.returncode, 1)
                self.assertEqual(res.stdout, '')
                lines = res.stderr.strip().splitlines()
                self.assertEqual(len(lines), 1, res.stderr)
                self.assertIn(msg, lines[0])

    def test_no_kvm(self):
        self.require_dexec()
        if kvm_usable():
            self.skipTest('this host has /dev/kvm')
        res = self.run_qemu('-accel', 'dexec', '-M', 'none',
                            '-display', 'none')
        self.assertEqual(res.returncode, 1)
        self.assertIn('dexec: cannot open /dev/kvm', res.stderr)
        # "-accel dexec:tcg" falls back to plain TCG, as QEMU users expect
        qmp = ('{"execute": "qmp_capabilities"}\n'
               '{"execute": "query-accelerators"}\n'
               '{"execute": "quit"}\n')
        res = self.run_qemu('-accel', 'dexec:tcg', '-M', 'none',
                            '-display', 'none', '-qmp', 'stdio', stdin=qmp)
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertIn('falling back to tcg', res.stderr)
        self.assertIn('"enabled": "tcg"', res.stdout)

    def machine_state(self, *args):
        """What QEMU starts with @args: the first vCPU's CPUID, the 'max'
        CPU model, the address spaces and the machine's unattached objects;
        and QEMU's stderr."""
        qmp = ('{"execute": "qmp_capabilities"}\n'
               '{"execute": "qom-get", "arguments": {"path": '
               '"/machine/unattached/device[0]", '
               '"property": "feature-words"}}\n'
               '{"execute": "query-cpu-model-expansion", "arguments": '
               '{"type": "full", "model": {"name": "max"}}}\n'
               '{"execute": "human-monitor-command", "arguments": '
               '{"command-line": "info mtree"}}\n'
               '{"execute": "qom-list", "arguments": '
               '{"path": "/machine/unattached"}}\n'
               '{"execute": "quit"}\n')
        res = self.run_qemu(*args, '-display', 'none', '-nodefaults', '-S',
                            '-qmp', 'stdio', stdin=qmp)
        self.assertEqual(res.returncode, 0, res.stderr)
        replies = [json.loads(l)['return'] for l in res.stdout.splitlines()
                   if '"return"' in l]
        self.assertEqual(len(replies), 6, res.stdout)
        words, model, mtree, objects = replies[1:5]
        # "info mtree" lists address spaces in no particular order
        mtree = sorted(mtree.replace('\r', '').split('\n\n'))
        objects = sorted(o['name'] for o in objects)
        return (words, model, mtree, objects), res.stderr

    def test_fallback_after_kvm_setup(self):
        """-accel dexec:tcg after dexec's KVM set-up failed late, past the
        start-up probe (here: the machine asks KVM for bus lock detection,
        which KVM may not have): the fallback is exactly plain TCG, with
        the same CPUID, memory map and objects."""
        self.require_dexec()
        if not kvm_usable():
            self.skipTest('no /dev/kvm')
        machine = 'pc,bus-lock-ratelimit=1'
        fallback, err = self.machine_state('-M', machine,
                                           '-accel', 'dexec:tcg')
        if 'bus lock detection unsupported' not in err:
            self.skipTest('no late failure here: auto chose TCG, or KVM '
                          'has bus lock detection')
        self.assertIn('falling back to tcg', err)
        plain, _ = self.machine_state('-M', machine, '-accel', 'tcg')
        self.assertEqual(fallback, plain)

    def auto_policy(self):
        """The policy that -accel dexec chooses, whether guest user code
        can use state that dexec cannot carry, and the statistics."""
        self.set_machine('none')
        self.vm.add_args('-accel', 'dexec', '-display', 'none')
        self.vm.launch()
        stats = self.vm.qmp('x-accel-stats')['return']['human-readable-text']
        self.vm.shutdown()
        policy = re.search(r'dexec policy: (\w+) \(auto\)', stats)
        self.assertIsNotNone(policy, stats)
        xcr0 = re.search(r"user mode reads the host's XCR0 \((0x[0-9a-f]+)\)",
                         stats)
        # x87, SSE, AVX, opmask, ZMM_Hi256, Hi16_ZMM, PKRU
        carried = 0x2e7
        unsafe = bool(xcr0 and int(xcr0.group(1), 16) & ~carried)
        return policy.group(1), unsafe, stats

    def test_auto_policy(self):
        """-accel dexec chooses TCG for everything only where guest user
        code can use state that dexec cannot carry: not for the host's
        AVX, AVX-512 or PKRU state."""
        self.require_dexec()
        if not kvm_usable():
            self.skipTest('no /dev/kvm')
        policy, unsafe, stats = self.auto_policy()
        if unsafe:
            self.assertEqual(policy, 'tcg', stats)
        else:
            self.assertIn(policy, ('user', 'native'), stats)

    def test_explicit_policy(self):
        """Where guest user code can use state that dexec cannot carry
        (e.g. AMX), policy=user and policy=native are refused, and
        -accel dexec:tcg falls back to TCG; elsewhere they start."""
        self.require_dexec()
        if not kvm_usable():
            self.skipTest('no /dev/kvm')
        _, unsafe, _ = self.auto_policy()
        qmp = ('{"execute": "qmp_capabilities"}\n'
               '{"execute": "query-accelerators"}\n'
               '{"execute": "quit"}\n')
        for policy in ('user', 'native'):
            with self.subTest(policy=policy):
                res = self.run_qemu('-accel', 'dexec,policy=' + policy,
                                    '-M', 'none', '-display', 'none',
                                    '-qmp', 'stdio', stdin=qmp)
                if not unsafe:
                    self.assertEqual(res.returncode, 0, res.stderr)
                    self.assertIn('"enabled": "dexec"', res.stdout)
                    continue
                self.assertEqual(res.returncode, 1)
                self.assertIn(f'dexec: policy={policy} cannot run on this '
                              "host: guest user code reads the host's XCR0",
                              res.stderr)
                self.assertIn('policy=auto and policy=tcg run all guest '
                              'code in TCG here', res.stderr)
                # as -accel dexec:tcg, with a property
                res = self.run_qemu('-accel', 'dexec,policy=' + policy,
                                    '-accel', 'tcg', '-M', 'none',
                                    '-display', 'none', '-qmp', 'stdio',
                                    stdin=qmp)
                self.assertEqual(res.returncode, 0, res.stderr)
                self.assertIn('falling back to tcg', res.stderr)
                self.assertIn('"enabled": "tcg"', res.stdout)

    def test_no_nested_virt(self):
        """dexec offers no SVM or VMX, and the default CPU model starts
        without warning of it; asking for SVM says that it is missing
        where dexec runs guest code in KVM."""
        self.require_dexec()
        accel = 'dexec' if kvm_usable() else 'dexec,policy=tcg'
        qmp = ('{"execute": "qmp_capabilities"}\n'
               '{"execute": "qom-get", "arguments": {"path": '
               '"/machine/unattached/device[0]", "property": "svm"}}\n'
               '{"execute": "quit"}\n')
        res = self.run_qemu('-accel', accel, '-M', 'pc', '-display', 'none',
                            '-nodefaults', '-S', '-qmp', 'stdio', stdin=qmp)
        self.assertEqual(res.returncode, 0, res.stderr)
        self.assertEqual(res.stderr, '')
        self.assertIn('{"return": false}', res.stdout)
        # where dexec runs guest code in KVM
        if kvm_usable() and self.auto_policy()[0] != 'tcg':
            res = self.run_qemu('-accel', accel, '-cpu', 'qemu64,+svm',
                                '-M', 'pc', '-display', 'none',
                                '-nodefaults', '-S', '-qmp', 'stdio',
                                stdin=qmp)
            self.assertIn('warning: TCG and KVM do not both support '
                          'requested feature: CPUID[eax=80000001h].ECX.svm',
                          res.stderr)
            self.assertIn('{"return": false}', res.stdout)

    def launch_guest(self, accel, smp):
        kernel = os.path.join(os.environ.get('QEMU_TEST_DEXEC_GUEST_DIR',
                              os.path.join(os.environ.get('QEMU_BUILD_ROOT',
                                                          '.'),
                                           'dexec-guest')), 'vmlinuz')
        if not os.path.exists(kernel):
            self.skipTest('demo guest not found: run '
                          'scripts/dexec/make-guest.sh')
        initrd = os.path.join(os.path.dirname(kernel), 'initramfs.cpio.gz')
        self.set_machine('pc')
        self.vm.set_console()
        self.vm.add_args('-accel', accel, '-smp', str(smp), '-m', '512',
                         '-kernel', kernel, '-initrd', initrd,
                         '-append', 'console=ttyS0 dexec.run=shell')
        self.vm.launch()
        wait_for_console_pattern(self, 'dexec-guest: init reached')

    def test_one_thread_and_stats(self):
        self.require_dexec()
        accel = 'dexec' if kvm_usable() else 'dexec,policy=tcg'
        self.launch_guest(accel, 4)

        info = self.vm.qmp('query-accelerators')['return']
        self.assertEqual(info['enabled'], 'dexec')
        self.assertIn('dexec', info['present'])

        # exactly one thread runs the four vCPUs: the dexec monitor
        cpus = self.vm.qmp('query-cpus-fast')['return']
        self.assertEqual(len(cpus), 4)
        self.assertEqual(len({c['thread-id'] for c in cpus}), 1)
        pid = self.vm.get_pid()
        names = {}
        for tid in os.listdir(f'/proc/{pid}/task'):
            with open(f'/proc/{pid}/task/{tid}/comm', encoding='utf-8') as f:
                names[int(tid)] = f.read().strip()
        monitors = [t for t, n in names.items() if n == 'dexec monitor']
        self.assertEqual(monitors, [cpus[0]['thread-id']], names)

        stats = self.vm.qmp('x-accel-stats')['return']['human-readable-text']
        self.assertIn('dexec policy:', stats)
        for i in range(4):
            self.assertIn(f'vCPU {i}:', stats)
        self.assertIn('instructions', stats)
        self.assertIn('engine switches', stats)
        hmp = self.vm.cmd('human-monitor-command', command_line='info accel')
        self.assertIn('dexec policy:', hmp)

    def mode_events(self):
        """The DEXEC_MODE_CHANGE events received so far, as
        (cpu-index, mode, reason)."""
        return [(e['data']['cpu-index'], e['data']['mode'],
                 e['data']['reason'])
                for e in self.vm.get_qmp_events(wait=False)
                if e['event'] == 'DEXEC_MODE_CHANGE']

    def vcpus(self):
        return self.vm.cmd('query-dexec')['vcpus']

    def test_set_mode(self):
        """dexec-set-mode moves vCPUs between modes at run time, in effect
        when it returns, with an event for each change; bad requests change
        nothing."""
        self.require_dexec()
        kvm = self.dexec_kvm()
        # the user policy uses KVM on every kind of KVM host
        self.launch_guest('dexec,policy=user' if kvm else
                          'dexec,policy=tcg', 4)
        info = self.vm.cmd('query-dexec')
        self.assertEqual(info['kvm'], kvm)
        self.assertEqual(info['policy'], 'user' if kvm else 'tcg')
        self.assertEqual([v['cpu-index'] for v in info['vcpus']],
                         [0, 1, 2, 3])
        for v in info['vcpus']:
            self.assertEqual(v['mode'], 'policy')
            self.assertNotIn('mode-reason', v)
            self.assertEqual(v['policy'], info['policy'])
            self.assertTrue(v['qom-path'].startswith('/machine/'))

        # the whole VM into TCG: in effect when the command returns
        self.vm.cmd('dexec-set-mode', mode='simulate')
        for v in self.vcpus():
            self.assertEqual((v['engine'], v['mode'], v['mode-reason'],
                              v['policy']),
                             ('tcg', 'simulate', 'command', 'tcg'))
        self.assertEqual(sorted(self.mode_events()),
                         [(i, 'simulate', 'command') for i in range(4)])
        # the guest goes on, all in TCG
        exec_command_and_wait_for_pattern(self, 'echo $((6 * 7))', '42')
        stats = self.vm.cmd('x-accel-stats')['human-readable-text']
        self.assertEqual(stats.count('mode: simulate (command), 1 changes'),
                         4, stats)

        # bad requests are refused and change nothing
        before = self.vcpus()
        bad = [({'mode': 'simulate', 'cpu-index': 4},
                'there is no vCPU with index 4'),
               ({'mode': 'policy', 'cpu-index': -1},
                'there is no vCPU with index -1'),
               ({'mode': 'fast'}, "'mode' does not accept value 'fast'")]
        if not kvm:
            bad += [({'mode': m}, f"mode '{m}' runs guest code in KVM, "
                     "and dexec runs without KVM here (policy tcg)")
                    for m in ('native', 'user')]
        for args, msg in bad:
            with self.subTest(args=args):
                res = self.vm.qmp('dexec-set-mode', args)
                self.assertIn(msg, res['error']['desc'])
        self.assertEqual(self.vcpus(), before)
        self.assertEqual(self.mode_events(), [])

        # one vCPU at a time, with the HMP twin too
        if kvm:
            self.vm.cmd('dexec-set-mode', mode='native', **{'cpu-index': 1})
            self.assertEqual(self.mode_events(), [(1, 'native', 'command')])
            self.assertEqual(self.vcpus()[1]['policy'], 'native')
        self.vm.cmd('human-monitor-command',
                    command_line='dexec_set_mode policy 2')
        self.assertEqual(self.mode_events(), [(2, 'policy', 'command')])
        hmp = self.vm.cmd('human-monitor-command', command_line='info dexec')
        self.assertIn('vCPU 0: tcg, mode simulate (command), policy tcg',
                      hmp)
        self.assertRegex(hmp, r'vCPU 2: (tcg|kvm), mode policy, policy ')
        res = self.vm.cmd('human-monitor-command',
                          command_line='dexec_set_mode fast')
        self.assertIn("unknown mode 'fast'", res)

        # and back to the policy
        self.vm.cmd('dexec-set-mode', mode='policy')
        self.assertEqual(sorted(self.mode_events()),
                         [(i, 'policy', 'command') for i in (0, 1, 3)])
        for v in self.vcpus():
            self.assertEqual((v['mode'], v['policy']),
                             ('policy', info['policy']))
        exec_command_and_wait_for_pattern(self, 'echo $((6 * 9))', '54')

    def launch_roi_guest(self, accel):
        """The bare-metal guest dexec-roi, stopped after its power-off."""
        guest = os.path.join(os.environ.get('QEMU_BUILD_ROOT', '.'),
                             'tests/tcg/x86_64/system/dexec-roi')
        if not os.path.exists(guest):
            self.skipTest('bare-metal guest not built: run "make check-dexec"')
        self.set_machine('pc')
        self.vm.add_args('-accel', accel, '-smp', '2', '-nodefaults',
                         '-no-shutdown', '-chardev',
                         f'file,path={self.scratch_file("console")},'
                         'id=output', '-device',
                         'isa-debugcon,chardev=output', '-device',
                         'isa-debug-exit,iobase=0xf4,iosize=0x4',
                         '-kernel', guest)
        self.vm.launch()
        self.vm.event_wait('SHUTDOWN', timeout=60)
        with open(self.scratch_file('console'), encoding='utf-8') as f:
            return f.read()

    def roi_events(self):
        """The DEXEC_ROI and DEXEC_MODE_CHANGE events so far."""
        out = []
        for e in self.vm.get_qmp_events(wait=False):
            if e['event'] == 'DEXEC_ROI':
                out.append(('roi', e['data']['cpu-index'],
                            e['data']['action'], e['data'].get('tag')))
            elif e['event'] == 'DEXEC_MODE_CHANGE':
                out.append(('mode', e['data']['cpu-index'],
                            e['data']['mode'], e['data']['reason']))
        return out

    def test_roi(self):
        """The guest's magic instructions (tests/tcg/x86_64/system/
        dexec-roi.c) begin and end the region of interest for the whole
        VM, leave markers with their tags, in events and statistics; a
        reset closes the region the guest left open."""
        self.require_dexec()
        # under the user policy, user mode's go through KVM
        console = self.launch_roi_guest('dexec,policy=user,adaptive=off'
                                        if self.dexec_kvm() else
                                        'dexec,policy=tcg')
        self.assertIn('dexec-roi: PASS (magic)', console)
        self.assertTrue(self.vm.cmd('query-dexec')['roi'])
        events = self.roi_events()
        markers = [e[3] for e in events if e[:3] == ('roi', 0, 'marker')]
        self.assertEqual(markers[:3], [0x6b65726e, 0x42, 0x75736572])
        self.assertEqual(markers[3:5], [0x600d, 0x1000])
        self.assertEqual(len(markers), 4 + 20)
        begins = [i for i, e in enumerate(events)
                  if e == ('roi', 0, 'begin', None)]
        ends = [i for i, e in enumerate(events)
                if e == ('roi', 0, 'end', None)]
        # kernel, user, counted by a plugin, 20 rounds, the one left open
        self.assertEqual((len(begins), len(ends)), (24, 23))
        # each puts both vCPUs in simulate, or back, after its own event
        for i in begins:
            self.assertEqual(sorted(events[i + 1:i + 3]),
                             [('mode', 0, 'simulate', 'guest'),
                              ('mode', 1, 'simulate', 'guest')])
        for i in ends:
            self.assertEqual(sorted(events[i + 1:i + 3]),
                             [('mode', 0, 'policy', 'guest'),
                              ('mode', 1, 'policy', 'guest')])
        stats = self.vm.cmd('x-accel-stats')['human-readable-text']
        self.assertIn('region of interest: 24 begins, 23 ends, 24 markers',
                      stats)
        for v in self.vcpus():
            self.assertEqual((v['mode'], v['mode-reason']),
                             ('simulate', 'guest'))

        # a reset ends the region of interest that the guest began
        self.vm.cmd('system_reset')
        self.vm.cmd('cont')
        self.assertEqual(sorted(self.roi_events()[:2]),
                         [('mode', 0, 'policy', 'policy'),
                          ('mode', 1, 'policy', 'policy')])

    def test_roi_off(self):
        """With roi=off, the magic instructions are INT3s, as on any other
        accelerator."""
        self.require_dexec()
        policy = 'user' if self.dexec_kvm() else 'tcg'
        console = self.launch_roi_guest('dexec,roi=off,policy=' + policy)
        self.assertIn('dexec-roi: PASS (int3)', console)
        self.assertFalse(self.vm.cmd('query-dexec')['roi'])
        self.assertEqual(self.roi_events(), [])
        stats = self.vm.cmd('x-accel-stats')['human-readable-text']
        self.assertNotIn('region of interest', stats)

    def stats(self, target, **args):
        """query-stats of provider dexec: {qom-path or None: {name: value}}"""
        res = self.vm.cmd('query-stats', target=target,
                          providers=[dict(provider='dexec', **args)])
        return {r.get('qom-path'): {s['name']: s['value']
                                    for s in r['stats']}
                for r in res if r['provider'] == 'dexec'}

    def test_query_stats(self):
        """query-stats has provider dexec, for targets vm and vcpu, with
        the numbers that "info accel" shows, in QEMU's stats schema."""
        self.require_dexec()
        kvm = self.dexec_kvm()
        self.launch_roi_guest('dexec,policy=user,adaptive=off' if kvm else
                              'dexec,policy=tcg')
        paths = [v['qom-path'] for v in self.vcpus()]
        vcpus = self.stats('vcpu')
        self.assertEqual(sorted(vcpus), sorted(paths))
        vm = self.stats('vm')[None]

        first = vcpus[paths[0]]
        self.assertEqual((first['roi-begins'], first['roi-ends'],
                          first['roi-markers']), (24, 23, 24))
        self.assertEqual(first['mode-changes'], 2 * 23 + 1)
        self.assertGreater(first['tcg-instructions'], 1000000)
        self.assertGreater(first['tcg-time'], 0)
        self.assertIs(first['simulate'], True)
        self.assertIs(first['in-kvm'], False)
        for name in ('kvm-exits-io', 'devirt-breakpoint', 'devirt-event',
                     'revirt-handback', 'puts-full', 'quota-ends',
                     'switch-to-tcg-time', 'adaptive-waits'):
            self.assertIn(name, first)
        if kvm:
            # user mode's markers and beginnings come through KVM
            self.assertGreater(first['devirt-breakpoint'], 20)
            self.assertGreater(first['switches-to-kvm'], 0)
            self.assertGreater(vm['kvm-instructions-per-ns'], 0)
        else:
            self.assertEqual(first['switches-to-kvm'], 0)
            self.assertEqual(vm['kvm-instructions-per-ns'], 0)

        # the VM's: sums over the vCPUs, and what they do now
        for name in ('roi-markers', 'mode-changes', 'tcg-entries',
                     'devirt-breakpoint', 'switches-to-tcg'):
            self.assertEqual(vm[name],
                             sum(v[name] for v in vcpus.values()), name)
        self.assertEqual(vm['vcpus-simulating'], 2)
        self.assertEqual(vm['vcpus-in-kvm'], 0)

        # the same numbers as "info accel"
        text = self.vm.cmd('x-accel-stats')['human-readable-text']
        self.assertIn(f"engine switches: "
                      f"{first['switches-to-tcg'] + first['switches-to-kvm']}"
                      f", quota ends: {first['quota-ends']}", text)

        # filters: by name and by vCPU
        res = self.stats('vcpu', names=['roi-markers', 'in-kvm'])
        self.assertEqual(res[paths[1]], {'roi-markers': 0, 'in-kvm': False})
        res = self.vm.cmd('query-stats', target='vcpu', vcpus=[paths[1]],
                          providers=[{'provider': 'dexec'}])
        self.assertEqual([r['qom-path'] for r in res], [paths[1]])

        # the schema: times in ns, flags as booleans
        schemas = self.vm.cmd('query-stats-schemas', provider='dexec')
        self.assertEqual(sorted(s['target'] for s in schemas),
                         ['vcpu', 'vm'])
        for schema in schemas:
            values = {v['name']: v for v in schema['stats']}
            stats = vm if schema['target'] == 'vm' else first
            self.assertEqual(sorted(values), sorted(stats))
            self.assertEqual((values['tcg-time']['unit'],
                              values['tcg-time']['base'],
                              values['tcg-time']['exponent'],
                              values['tcg-time']['type']),
                             ('seconds', 10, -9, 'cumulative'))
            self.assertEqual(values['roi-markers']['type'], 'cumulative')
        values = {v['name']: v for s in schemas if s['target'] == 'vcpu'
                  for v in s['stats']}
        self.assertEqual((values['in-kvm']['type'], values['in-kvm']['unit']),
                         ('instant', 'boolean'))

    def run_plugins(self, accel):
        """Run dexec-roi under @accel with the plugins libregion (the
        instructions between the guest's fences) and libinsn; return its
        console, the regions' instruction counts and the total."""
        build = os.environ.get('QEMU_BUILD_ROOT', '.')
        guest = os.path.join(build, 'tests/tcg/x86_64/system/dexec-roi')
        plugins = os.path.join(build, 'tests/tcg/plugins')
        if not os.path.exists(guest):
            self.skipTest('bare-metal guest not built: run "make check-dexec"')
        if not os.path.exists(os.path.join(plugins, 'libregion.so')):
            self.skipTest('test plugins not built (configure --enable-plugins)')
        name = re.sub(r'\W', '_', accel)
        console = self.scratch_file(f'console-{name}')
        log = self.scratch_file(f'plugins-{name}')
        res = self.run_qemu('-accel', accel, '-nodefaults', '-display',
                            'none', '-no-reboot', '-chardev',
                            f'file,path={console},id=output', '-device',
                            'isa-debugcon,chardev=output', '-device',
                            'isa-debug-exit,iobase=0xf4,iosize=0x4',
                            '-plugin', os.path.join(plugins, 'libregion.so'),
                            '-plugin',
                            os.path.join(plugins, 'libinsn.so') + ',inline=on',
                            '-d', 'plugin', '-D', log, '-kernel', guest)
        self.assertEqual(res.returncode, 0, res.stderr)
        with open(console, encoding='utf-8') as f:
            out = f.read()
        with open(log, encoding='utf-8') as f:
            text = f.read()
        regions = [int(n) for n in
                   re.findall(r'^cpu 0 region \d+: (\d+) insns$', text, re.M)]
        total = int(re.search(r'^total insns: (\d+)$', text, re.M).group(1))
        return out, regions, total

    def test_plugins_see_the_simulation(self):
        """TCG plugins see the instructions that TCG runs: all of a region
        of interest, which runs in TCG, the same as under plain TCG; not
        what KVM runs."""
        self.require_dexec()
        kvm = self.dexec_kvm()
        out, tcg, tcg_total = self.run_plugins('tcg')
        self.assertIn('dexec-roi: PASS (int3)', out)
        # the fenced region of interest: 100000 iterations, system calls
        self.assertEqual(len(tcg), 1, tcg)
        self.assertGreater(tcg[0], 100000 * 10)

        accel = 'dexec,policy=user,adaptive=off' if kvm else 'dexec,policy=tcg'
        out, roi, total = self.run_plugins(accel)
        self.assertIn('dexec-roi: PASS (magic)', out)
        self.assertEqual(roi, tcg)
        if kvm:
            # user code outside the region of interest ran in KVM, unseen:
            # a million iterations of 20 instructions, and more
            self.assertLess(total, tcg_total - 10000000)
            # without the region of interest, KVM runs much of the region
            out, roi, total = self.run_plugins(accel + ',roi=off')
            self.assertIn('dexec-roi: PASS (int3)', out)
            self.assertTrue(not roi or roi[0] < tcg[0], roi)


if __name__ == '__main__':
    QemuSystemTest.main()
