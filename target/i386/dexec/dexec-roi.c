/*
 * dexec: the guest's magic instruction on x86
 *
 * The guest marks its region of interest with a magic instruction: INT3
 * followed by a NOPL whose displacement says what it asks for (see
 * x86_magic_fn() and docs/system/dexec.rst).  TCG recognises it and
 * leaves cpu_exec() after it; from KVM, every INT3 is brought into TCG,
 * which executes it: the magic instruction, or a breakpoint exception.
 *
 * - Where KVM runs the guest with hardware virtualization, it intercepts
 *   #BP for dexec (KVM_GUESTDBG_USE_SW_BP) and exits at the INT3, at any
 *   privilege level.
 * - Under the user policy, the #BP handler's page is not in KVM's memory
 *   map: the exception, raised in user mode, ends KVM_RUN at the handler,
 *   and dexec_x86_magic_frame() undoes it.
 * - A KVM that emulates kernel mode in software fails to emulate INT3:
 *   the emulation failure hands it to TCG.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <linux/kvm.h>
#include "cpu.h"
#include "qemu/error-report.h"
#include "exec/target_page.h"
#include "exec/translator.h"
#include "system/kvm.h"
#include "system/dexec_int.h"
#include "dexec-x86.h"

/* x86_magic_fn()'s functions, in the order of DexecRoiAction, from 1 */
QEMU_BUILD_BUG_ON(DEXEC_ROI_ACTION_BEGIN != 0 || DEXEC_ROI_ACTION_END != 1 ||
                  DEXEC_ROI_ACTION_MARKER != 2 ||
                  DEXEC_ROI_ACTION__MAX != X86_MAGIC_FN_MAX);

void dexec_arch_init(DexecState *s)
{
    tcg_accel_calls = s->roi;
    dexec_x86_clock_init();
    if (dexec_kvm_in_use()) {
        dexec_x86_cpu_model_init();
    }
}

void dexec_x86_roi_init_vcpu(CPUState *cs)
{
    struct kvm_guest_debug dbg = {
        .control = KVM_GUESTDBG_ENABLE | KVM_GUESTDBG_USE_SW_BP,
    };

    if (dexec_state->roi && kvm_vcpu_ioctl(cs, KVM_SET_GUEST_DEBUG, &dbg)) {
        warn_report_once("dexec: KVM cannot stop at INT3: the guest's magic "
                         "instructions are seen in TCG only (and, under the "
                         "user policy, in user mode)");
    }
}

int dexec_x86_magic_at(CPUState *cs, target_ulong pc)
{
    uint64_t insn;

    if (!tcg_accel_calls ||
        ((pc ^ (pc + X86_MAGIC_LEN - 1)) & TARGET_PAGE_MASK) ||
        cpu_memory_rw_debug(cs, pc, &insn, sizeof(insn), false)) {
        return 0;
    }
    return x86_magic_fn(le64_to_cpu(insn));
}

void dexec_x86_magic_done(CPUState *cs)
{
    /* functions 1, 2, 3: begin, end, marker */
    dexec_roi(cs, cs->accel_call.fn - 1, cs->accel_call.arg);
}
