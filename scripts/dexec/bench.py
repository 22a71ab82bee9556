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
  total     from QEMU's start to its exit

The host runs the same busybox commands, which is the physical limit of
the user-mode phases.  Every figure is the median of --runs runs, taken in
the same invocation, so the ratios compare like with like on a noisy
machine.  An accelerator that fails (e.g. plain KVM where it emulates
kernel mode in software) is shown as failed, with the reason.
"""

import argparse
import json
import os
import re
import selectors
import statistics
import subprocess
import sys
import tempfile
import time

# the compute phase's program, as the guest's init runs it
COMPUTE = 'BEGIN { for (i = 0; i < 1000000; i++) s += i * i % 7; print s }'

PHASES = ['boot', 'cpu', 'syscalls', 'fork', 'compute', 'total']


def run_guest(qemu, accel, guest_dir, smp, timeout):
    """One boot in bench mode: phase -> seconds, or a failure reason."""
    cmd = [qemu, '-accel', accel, '-smp', str(smp), '-m', '512',
           '-nodefaults', '-display', 'none', '-serial', 'stdio',
           '-monitor', 'none', '-no-reboot',
           '-kernel', os.path.join(guest_dir, 'vmlinuz'),
           '-initrd', os.path.join(guest_dir, 'initramfs.cpio.gz'),
           '-append', 'console=ttyS0 quiet panic=-1 dexec.run=bench']
    start = time.monotonic()
    marks = {}
    log = []
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
            log.append(text)
            m = re.search(r'dexec-bench: (\w+) (begin|end)', text)
            if m:
                marks[(m.group(1), m.group(2))] = now
            elif 'dexec-guest: init reached' in text:
                marks[('boot', 'end')] = now
            elif 'internal error' in text.lower():
                # QEMU stops the VM and waits: the run cannot go on
                proc.kill()
    rc = proc.wait()
    total = time.monotonic() - start
    if rc != 0 or len(marks) != 9:
        lines = [line for line in log if line]
        reason = next((line for line in lines
                       if 'internal error' in line.lower()), None)
        if not reason and len(marks) == 0 and lines:
            reason = lines[0]
        return reason or (f'exit status {rc}, {len(marks)} of 9 markers: ' +
                          ' / '.join(lines[-2:]))[:200]
    result = {'boot': marks[('boot', 'end')], 'total': total}
    for phase in ('cpu', 'syscalls', 'fork', 'compute'):
        result[phase] = marks[(phase, 'end')] - marks[(phase, 'begin')]
    return result


def run_host(busybox):
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


def main():
    src = os.path.dirname(os.path.dirname(os.path.dirname(
        os.path.realpath(__file__))))
    build = os.environ.get('DEXEC_BUILD_DIR', os.path.join(src, 'build'))
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument('--runs', type=int, default=5,
                    help='runs per accelerator (median; default 5)')
    ap.add_argument('--accels', default='tcg,kvm,dexec,host',
                    help='comma-separated: accelerators (with their '
                    'properties, e.g. "dexec,policy=user") and "host"')
    ap.add_argument('--smp', type=int, default=1)
    ap.add_argument('--timeout', type=int, default=600,
                    help='seconds per guest run')
    ap.add_argument('--qemu', default=os.path.join(build,
                                                   'qemu-system-x86_64'))
    ap.add_argument('--guest-dir', default=os.path.join(build,
                                                        'dexec-guest'))
    ap.add_argument('--json', metavar='FILE',
                    help='also write the figures as JSON')
    args = ap.parse_args()

    accels = [a for a in re.split(r',(?=[a-z]+(?:,|$))', args.accels) if a]
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
                    res = run_host(busybox)
                else:
                    res = run_guest(args.qemu, accel, args.guest_dir,
                                    args.smp, args.timeout)
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
