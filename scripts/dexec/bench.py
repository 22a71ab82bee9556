#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
"""
Benchmark dexec against TCG, KVM and the host.

Boots the demo guest (scripts/dexec/make-guest.sh: Debian's cloud kernel
with a busybox initramfs) in "bench" mode once per accelerator and run,
and times its phases from the host side, by the markers the guest prints
on its serial console:

  boot      from QEMU's start to the guest's init
  cpu       busybox sha256sum of 64 MiB (user-mode CPU work)
  syscalls  dd if=/dev/zero of=/dev/null bs=1 count=200000 (400k syscalls)
  fork      300 fork+exec of /bin/true
  compute   busybox awk, a loop of 1M iterations without system calls
            (user-mode CPU work that direct execution can run natively)
  parallel  one sha256sum of 16 MiB per vCPU, all at once
  total     from QEMU's start to its exit

The host runs the same busybox commands, which is the physical limit of
the user-mode phases.  Every figure is the median of --runs runs, taken in
the same invocation, so the ratios compare like with like on a noisy
machine.  An accelerator that fails (e.g. plain KVM where it emulates
kernel mode in software) is shown as failed, with the reason.

With --nested, the guests run inside the emulated host with hardware
virtualization of scripts/dexec/nested.sh (L1), where dexec's default
policy is native: -accel kvm against -accel dexec, for each -smp of
--smp and a boot with --boot-smp vCPUs, interleaved in one L1 boot and
timed inside L1 by its clock, with the ratio dexec/kvm.
"""

import argparse
import json
import os
import re
import selectors
import shlex
import statistics
import subprocess
import sys
import tempfile
import time

# the compute phase's program, as the guest's init runs it
COMPUTE = 'BEGIN { for (i = 0; i < 1000000; i++) s += i * i % 7; print s }'

PHASES = ['boot', 'cpu', 'syscalls', 'fork', 'compute', 'parallel', 'total']
# the phases between "dexec-bench: <phase> begin" and "... end" markers
MARKED = PHASES[1:-1]


def split_accels(text):
    """
    "tcg,kvm,kernel-irqchip=off,dexec -cpu max" ->
    ["tcg", "kvm,kernel-irqchip=off", "dexec -cpu max"]
    """
    return [a for a in re.split(r',(?=[a-z]+(?:[, ]|$))', text) if a]


def accel_args(accel):
    """
    QEMU's arguments for @accel: "-accel" and its first word, then the
    other words, e.g. "dexec -cpu qemu64,kvm-pv-eoi=off" for experiments.
    """
    words = shlex.split(accel)
    return ['-accel', words[0]] + words[1:]


def guest_args(guest_dir, smp, mode, mem, append=''):
    """QEMU's arguments for the demo guest, but the accelerator."""
    return ['-smp', str(smp), '-m', str(mem), '-nodefaults', '-display',
            'none', '-serial', 'stdio', '-monitor', 'none', '-no-reboot',
            '-kernel', os.path.join(guest_dir, 'vmlinuz'),
            '-initrd', os.path.join(guest_dir, 'initramfs.cpio.gz'),
            '-append',
            f'console=ttyS0 quiet panic=-1 dexec.run={mode} {append}'.strip()]


def phases_of(lines, rc, total, boot_only=False):
    """
    Phase -> seconds from the console @lines, (seconds since QEMU's
    start, text) pairs, of a run that ended with status @rc after @total
    seconds; or a failure reason.
    """
    marks = {}
    for now, text in lines:
        m = re.search(r'dexec-bench: (\w+) (begin|end)', text)
        if m:
            marks[(m.group(1), m.group(2))] = now
        elif 'dexec-guest: init reached' in text:
            marks[('boot', 'end')] = now
    expected = 1 if boot_only else 1 + 2 * len(MARKED)
    if rc != 0 or len(marks) != expected:
        texts = [text for _, text in lines if text]
        reason = next((t for t in texts if 'internal error' in t.lower()),
                      None)
        if not reason and len(marks) == 0 and texts:
            reason = texts[0]
        return reason or (f'exit status {rc}, {len(marks)} of {expected} '
                          'markers: ' + ' / '.join(texts[-2:]))[:200]
    result = {'boot': marks[('boot', 'end')], 'total': total}
    if not boot_only:
        for phase in MARKED:
            result[phase] = marks[(phase, 'end')] - marks[(phase, 'begin')]
    return result


def run_guest(qemu, accel, guest_dir, smp, timeout, append):
    """One boot in bench mode: phase -> seconds, or a failure reason."""
    cmd = [qemu] + accel_args(accel) + guest_args(guest_dir, smp, 'bench', 512,
                                               append)
    start = time.monotonic()
    lines = []
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT)
    sel = selectors.DefaultSelector()
    sel.register(proc.stdout, selectors.EVENT_READ)
    buf = b''
    while True:
        left = timeout - (time.monotonic() - start)
        if left <= 0:
            proc.kill()
            proc.wait()
            return f'timed out after {timeout} s'
        if not sel.select(min(left, 1.0)):
            if proc.poll() is not None:
                break
            continue
        chunk = proc.stdout.read1(65536)
        now = time.monotonic() - start
        if not chunk:
            break
        buf += chunk
        while b'\n' in buf:
            line, buf = buf.split(b'\n', 1)
            text = line.decode(errors='replace').strip()
            lines.append((now, text))
            if 'internal error' in text.lower():
                # QEMU stops the VM and waits: the run cannot go on
                proc.kill()
    rc = proc.wait()
    return phases_of(lines, rc, time.monotonic() - start)


def run_host(busybox, smp):
    """The user-mode phases on the host, with the guest's busybox."""
    result = {}
    with tempfile.TemporaryDirectory() as tmp:
        zero = os.path.join(tmp, 'zero')
        with open(zero, 'wb') as f:
            f.write(bytes(64 << 20))
        commands = {
            'cpu': [busybox, 'sha256sum', zero],
            'syscalls': [busybox, 'dd', 'if=/dev/zero', 'of=/dev/null',
                         'bs=1', 'count=200000'],
            'fork': [busybox, 'sh', '-c', 'i=0; while [ $i -lt 300 ]; do '
                     f'{busybox} true; i=$((i + 1)); done'],
            'compute': [busybox, 'awk', COMPUTE],
        }
        for phase, cmd in commands.items():
            start = time.monotonic()
            subprocess.run(cmd, stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, check=True)
            result[phase] = time.monotonic() - start
        # the guest's parallel phase: one job per vCPU
        with open(zero, 'r+b') as f:
            f.truncate(16 << 20)
        start = time.monotonic()
        jobs = [subprocess.Popen([busybox, 'sha256sum', zero],
                                 stdout=subprocess.DEVNULL)
                for _ in range(smp)]
        for job in jobs:
            job.wait()
        result['parallel'] = time.monotonic() - start
    return result


def extract_busybox(guest_dir, tmp):
    initrd = os.path.join(guest_dir, 'initramfs.cpio.gz')
    subprocess.run(f'gzip -dc {initrd} | cpio -id --quiet bin/busybox',
                   shell=True, cwd=tmp, check=True)
    return os.path.join(tmp, 'bin', 'busybox')


def print_table(columns, width, cell):
    """Print a row of cell(phase, column) per phase, under a header."""
    print(f"{'phase':10}" + ''.join(f'{c:>{w}}' for c, w in
                                      zip(columns, width)))
    for phase in PHASES:
        print(f'{phase:10}' + ''.join(f'{cell(phase, c):>{w}}' for c, w in
                                        zip(columns, width)))


def nested_script(configs, runs, timeout, append):
    """The L1 shell script: each run of each configuration, interleaved."""
    script = ['dmesg -n 1', 'set -o pipefail', 'run() {',
              '    id=$1',
              '    shift',
              '    t0=$(cut -d" " -f1 /proc/uptime)',
              f'    timeout {timeout} $QEMU -accel "$@" 2>&1 |',
              '        while IFS= read -r l; do',
              '            echo "@@ $id $(cut -d" " -f1 /proc/uptime) $l"',
              '        done',
              '    rc=$?',
              '    echo "@@ $id end $t0 $(cut -d" " -f1 /proc/uptime) $rc"',
              '}']
    for i in range(runs):
        for n, (accel, smp, boot_only) in enumerate(configs):
            args = guest_args('/demo', smp, 'info' if boot_only else 'bench',
                              1024, append)
            script.append(f'run r{i}c{n} ' +
                          ' '.join(f"'{a}'" for a in accel_args(accel)[1:] +
                                   args))
    return script


def nested_runs(out, configs, runs):
    """Parse nested.sh's output: config -> list of results or reasons."""
    results = {c: [] for c in configs}
    for i in range(runs):
        for n, c in enumerate(configs):
            rid = f'r{i}c{n}'
            lines, res = [], f'no end of run {rid} (L1 timed out?)'
            for line in out.splitlines():
                m = re.match(rf'@@ {rid} end ([\d.]+) ([\d.]+) (\d+)', line)
                if m:
                    t0 = float(m.group(1))
                    res = phases_of([(t - t0, x) for t, x in lines],
                                    int(m.group(3)), float(m.group(2)) - t0,
                                    boot_only=c[2])
                    break
                m = re.match(rf'@@ {rid} ([\d.]+) (.*)', line)
                if m:
                    lines.append((float(m.group(1)), m.group(2).strip()))
            results[c].append(res)
    return results


def nested_main(args, src):
    """--nested: kvm against dexec inside the nested KVM host."""
    accels = (split_accels(args.accels) if args.accels else
              ['kvm', 'dexec'])
    smps = [int(n) for n in args.smp.split(',')]
    configs = [(a, n, False) for n in smps for a in accels]
    if args.boot_smp:
        configs += [(a, args.boot_smp, True) for a in accels]
    script = nested_script(configs, args.runs, args.timeout, args.append)
    limit = args.timeout * len(configs) * args.runs + 600
    print(f'running {len(configs)} configurations {args.runs} times in the '
          f'nested KVM host (at most {limit} s)', file=sys.stderr)
    proc = subprocess.run([os.path.join(src, 'scripts/dexec/nested.sh'),
                           '-t', str(limit), *script], capture_output=True,
                          text=True, check=False)
    if args.log:
        with open(args.log, 'w', encoding='utf-8') as f:
            f.write(proc.stdout + proc.stderr)
    results = nested_runs(proc.stdout, configs, args.runs)
    if not any(isinstance(r, dict) for rs in results.values() for r in rs):
        sys.exit('no run completed: ' + (proc.stderr or proc.stdout)[-1000:])

    commit = subprocess.run(['git', '-C', src, 'log', '-1', '--format=%h %s'],
                            capture_output=True, text=True,
                            check=False).stdout.strip()
    print(f'# dexec benchmark in the nested KVM host: '
          f'{time.strftime("%Y-%m-%d %H:%M")}, {commit}; {args.runs} runs '
          'each, interleaved, median seconds (fastest-slowest)')
    base, other = accels[0], accels[-1]
    width = [max(24, len(a) + 2) for a in accels]
    table = {}
    for smp, boot_only in [(n, False) for n in smps] + \
            ([(args.boot_smp, True)] if args.boot_smp else []):
        phases = ['boot', 'total'] if boot_only else PHASES
        print(f'-smp {smp}' + (' (boot only)' if boot_only else ''))
        print(f"  {'phase':10}" + ''.join(f'{a:>{w}}' for a, w in
                                          zip(accels, width)) +
              f"{other + '/' + base:>16}{'(per pair)':>14}")
        for phase in phases:
            row, med = [], {}
            for a in accels:
                ok = [r[phase] for r in results[(a, smp, boot_only)]
                      if isinstance(r, dict)]
                if ok:
                    med[a] = statistics.median(ok)
                    row.append(f'{med[a]:.2f} ({min(ok):.2f}-{max(ok):.2f})')
                else:
                    row.append('failed')
            pairs = [o[phase] / b[phase] for b, o in
                     zip(results[(base, smp, boot_only)],
                         results[(other, smp, boot_only)])
                     if isinstance(b, dict) and isinstance(o, dict)]
            ratio = (f'{med[other] / med[base]:.2f}x'
                     if base in med and other in med else '-')
            spread = (f'{min(pairs):.2f}-{max(pairs):.2f}x' if pairs else '-')
            print(f'  {phase:10}' + ''.join(f'{c:>{w}}' for c, w in
                                            zip(row, width)) +
                  f'{ratio:>16}{spread:>14}')
            table[f'{phase} -smp {smp}'] = med
    for c, rs in results.items():
        for r in rs:
            if isinstance(r, str):
                print(f'# {c[0]} -smp {c[1]} failed: {r}')
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({'date': time.strftime('%Y-%m-%dT%H:%M:%S'),
                       'commit': commit, 'runs': args.runs,
                       'median': table,
                       'all': {f'{a} -smp {n}': rs for (a, n, _), rs in
                               results.items()}}, f, indent=2)


def main():
    src = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.realpath(__file__))))
    build = os.environ.get('DEXEC_BUILD_DIR', os.path.join(src, 'build'))
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('--runs', type=int, default=5,
                    help='runs per accelerator (median; default 5)')
    ap.add_argument('--accels',
                    help='comma-separated: accelerators (with their '
                    'properties, e.g. "dexec,policy=user", and more QEMU '
                    'arguments after a space, e.g. "dexec -cpu max") and '
                    '"host" (default tcg,kvm,dexec,host; with --nested, '
                    'kvm,dexec, the last against the first)')
    ap.add_argument('--smp', default=None,
                    help='vCPUs of the guest (default 1; with --nested, a '
                    'comma-separated list, default 1,2)')
    ap.add_argument('--nested', action='store_true',
                    help='run inside the nested KVM host of '
                    'scripts/dexec/nested.sh')
    ap.add_argument('--boot-smp', type=int, default=4,
                    help='with --nested, also boot with this many vCPUs '
                    '(0: not; default 4)')
    ap.add_argument('--log', metavar='FILE',
                    help="with --nested, write nested.sh's output there")
    ap.add_argument('--timeout', type=int, default=600,
                    help='seconds per guest run')
    ap.add_argument('--qemu', default=os.path.join(build,
                                                   'qemu-system-x86_64'))
    ap.add_argument('--guest-dir', default=os.path.join(build,
                                                        'dexec-guest'))
    ap.add_argument('--append', default='',
                    help="more of the guest kernel's command line, for "
                    'experiments (e.g. "clocksource=tsc")')
    ap.add_argument('--json', metavar='FILE',
                    help='also write the figures as JSON')
    args = ap.parse_args()
    if args.nested:
        args.smp = args.smp or '1,2'
        nested_main(args, src)
        return
    args.accels = args.accels or 'tcg,kvm,dexec,host'
    args.smp = int(args.smp or 1)

    accels = split_accels(args.accels)
    for needed in ('vmlinuz', 'initramfs.cpio.gz'):
        if not os.path.exists(os.path.join(args.guest_dir, needed)):
            sys.exit(f'{args.guest_dir}/{needed} is missing: run '
                     'scripts/dexec/make-guest.sh')

    runs = {a: [] for a in accels}
    failed = {}
    with tempfile.TemporaryDirectory() as tmp:
        busybox = extract_busybox(args.guest_dir, tmp)
        for i in range(args.runs):
            # interleave the accelerators, so that noise hits all alike
            for accel in accels:
                if accel in failed:
                    continue
                print(f'run {i + 1}/{args.runs}: {accel}', file=sys.stderr)
                if accel == 'host':
                    res = run_host(busybox, args.smp)
                else:
                    res = run_guest(args.qemu, accel, args.guest_dir,
                                    args.smp, args.timeout, args.append)
                if isinstance(res, str):
                    failed[accel] = res
                    print(f'  failed: {res}', file=sys.stderr)
                else:
                    runs[accel].append(res)

    median = {}
    for accel in accels:
        if accel in failed:
            continue
        median[accel] = {p: statistics.median(r[p] for r in runs[accel])
                         for p in PHASES if p in runs[accel][0]}

    # the ratios are those of the first dexec configuration that ran
    dexec = next((a for a in accels if a.startswith('dexec') and
                  a in median), None)
    columns = accels + [c for c in ('dexec/tcg', 'dexec/host')
                        if dexec and c.split('/')[1] in median]
    width = [max(10, len(c) + 2) for c in columns]
    print(f'# dexec benchmark: {time.strftime("%Y-%m-%d %H:%M")}, '
          f'{args.runs} runs, -smp {args.smp}, median seconds' +
          (f'; ratios of {dexec}' if dexec else ''))
    def cell(phase, c):
        if c.startswith('dexec/'):
            other = c.split('/')[1]
            if phase in median[dexec] and phase in median[other]:
                return f'{median[dexec][phase] / median[other][phase]:.2f}x'
            return '-'
        if c in failed:
            return 'failed'
        if phase in median.get(c, {}):
            return f'{median[c][phase]:.2f}'
        return '-'

    print_table(columns, width, cell)
    for accel, reason in failed.items():
        print(f'# {accel} failed: {reason}')

    # How far the runs spread: this is what a ratio near 1 is judged by
    if args.runs > 1:
        print('# spread: fastest-slowest run, and of the ratios of runs '
              'made one after the other')
        width = [max(w, 13) for w in width]

        def spread(phase, c):
            if c.startswith('dexec/'):
                other = c.split('/')[1]
                vals = [a[phase] / b[phase] for a, b in
                        zip(runs[dexec], runs[other])
                        if phase in a and phase in b]
                return f'{min(vals):.2f}-{max(vals):.2f}x' if vals else '-'
            vals = [r[phase] for r in runs.get(c, []) if phase in r]
            return f'{min(vals):.2f}-{max(vals):.2f}' if vals else '-'

        print_table(columns, width, spread)

    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({'date': time.strftime('%Y-%m-%dT%H:%M:%S'),
                       'runs': args.runs, 'smp': args.smp,
                       'median': median, 'all': runs, 'failed': failed},
                      f, indent=2)


if __name__ == '__main__':
    main()
