#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-2.0-or-later
#
# Run one bare-metal guest (boot.S + minilib) under one accelerator and
# report the result in TAP.  The guest writes its console to isa-debugcon
# and ends through ACPI power-off (success, QEMU exits 0) or isa-debug-exit
# (failure, QEMU exits (code << 1) | 1).

import argparse
import os
import re
import subprocess
import sys
import tempfile


def accel_unavailable(qemu, accel_opts):
    """Why the accelerator cannot run here, or None if it can."""
    accel, *props = accel_opts.split(',')
    out = subprocess.run([qemu, '-accel', 'help'], capture_output=True,
                         text=True, check=False).stdout.split()
    if accel not in out:
        return f'{accel} is not built into {qemu}'
    if accel == 'kvm' or (accel == 'dexec' and 'policy=tcg' not in props):
        if not os.path.exists('/dev/kvm'):
            return f'{accel} needs /dev/kvm, which this host does not have'
        if not os.access('/dev/kvm', os.R_OK | os.W_OK):
            return f'{accel} needs /dev/kvm, which this user cannot open'
    return None


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument('--qemu', required=True)
    ap.add_argument('--accel', required=True,
                    help='accelerator, with properties (e.g. dexec,quota=10)')
    ap.add_argument('--expect', action='append', default=[],
                    help='regex that the console output must match')
    ap.add_argument('--timeout', type=float, default=60)
    ap.add_argument('--qemu-arg', action='append', default=[],
                    help='extra QEMU argument')
    ap.add_argument('guest')
    args = ap.parse_args()

    name = f'{os.path.basename(args.guest)} under -accel {args.accel}'
    why = accel_unavailable(args.qemu, args.accel)
    if why:
        print(f'1..0 # SKIP {why}')
        return 0

    print('1..1')
    with tempfile.TemporaryDirectory() as tmp:
        out = os.path.join(tmp, 'console')
        cmd = [args.qemu, '-accel', args.accel, '-nodefaults',
               '-display', 'none', '-monitor', 'none', '-no-reboot',
               '-chardev', f'file,path={out},id=output',
               '-device', 'isa-debugcon,chardev=output',
               '-device', 'isa-debug-exit,iobase=0xf4,iosize=0x4',
               *args.qemu_arg, '-kernel', args.guest]
        print('# ' + ' '.join(cmd))
        try:
            res = subprocess.run(cmd, capture_output=True, text=True,
                                 timeout=args.timeout, check=False)
            rc, err = res.returncode, res.stdout + res.stderr
        except subprocess.TimeoutExpired:
            rc, err = None, f'timed out after {args.timeout} s'
        console = ''
        if os.path.exists(out):
            with open(out, encoding='utf-8', errors='replace') as f:
                console = f.read()

    for line in console.splitlines() + err.splitlines():
        print('# ' + line)
    # dexec refuses a policy that the host's KVM cannot run safely
    refused = re.search(r'dexec: (policy=\w+ cannot run on this host)', err)
    if rc == 1 and refused:
        print(f'ok 1 - {name} # SKIP {refused.group(1)}')
        return 0
    problems = []
    if rc is None:
        problems.append(err)
    elif rc & 1:
        problems.append(f'guest failed with code {rc >> 1}')
    elif rc:
        problems.append(f'QEMU exited with status {rc}')
    for pattern in args.expect:
        if not re.search(pattern, console):
            problems.append(f'console output lacks /{pattern}/')
    if problems:
        print(f'not ok 1 - {name}: ' + '; '.join(problems))
        return 1
    print(f'ok 1 - {name}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
