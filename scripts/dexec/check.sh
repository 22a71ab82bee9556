#!/bin/sh
# SPDX-License-Identifier: GPL-2.0-or-later
#
# The fork's test command: install what is missing, build, prepare the
# demo guest, run "make check-dexec" (the meson suite "dexec": functional
# tests, bare-metal guest tests under each accelerator, unit tests) and
# print a closing line "N passed, M failed, K skipped".  Exits non-zero on
# any failure.  Extra arguments go to meson test (e.g. a test name).

set -eu
. "$(dirname "$0")/common.sh"

"$dexec_src/scripts/dexec/setup-host.sh"
"$dexec_src/scripts/dexec/build.sh"
"$dexec_src/scripts/dexec/make-guest.sh"

# A missing demo guest is a failure here, not a skip.
export QEMU_TEST_DEXEC_REQUIRE_GUEST=1
export QEMU_TEST_DEXEC_GUEST_DIR="$dexec_guest"

log=$dexec_build/meson-logs/testlog.json
rm -f "$log"
status=0
if [ $# -gt 0 ]; then
    make -C "$dexec_build" check-dexec MTESTARGS="$*" -j"$(nproc)" || status=$?
else
    make -C "$dexec_build" check-dexec -j"$(nproc)" || status=$?
fi

[ -f "$log" ] || dexec_die "no test log at $log (status $status)"
/usr/bin/python3 - "$log" "$status" <<'EOT'
import json
import sys

counts = {'passed': 0, 'failed': 0, 'skipped': 0}
failed = []
with open(sys.argv[1]) as f:
    for line in f:
        t = json.loads(line)
        if t['result'] in ('OK', 'EXPECTEDFAIL'):
            counts['passed'] += 1
        elif t['result'] == 'SKIP':
            counts['skipped'] += 1
        else:
            counts['failed'] += 1
            failed.append(f"{t['name']} ({t['result']})")
if sys.argv[2] != '0' and not failed:
    failed.append(f'make check-dexec exited with status {sys.argv[2]}')
    counts['failed'] += 1
for name in failed:
    print(f'FAILED: {name}')
print(f"dexec checks: {counts['passed']} passed, {counts['failed']} failed, "
      f"{counts['skipped']} skipped")
sys.exit(1 if failed else 0)
EOT
