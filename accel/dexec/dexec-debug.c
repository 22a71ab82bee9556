/*
 * dexec: debugging the guest with gdb
 *
 * QEMU's gdbstub sets breakpoints and watchpoints, and single-steps, with
 * TCG's operations (accel/tcg/tcg-accel-ops.c), which dexec's derive
 * from: TCG honours all of them exactly, in any mode of the guest.  KVM
 * would need KVM_SET_GUEST_DEBUG, which has four hardware breakpoints and
 * watchpoints in all, and which a KVM that runs kernel mode in software
 * (kvm_pvm) does not honour in user mode.  So while a debugger has any
 * breakpoint or watchpoint inserted, or single-steps a vCPU, that vCPU
 * runs in TCG, as in mode simulate; once it has removed them all, the
 * vCPU goes back to the engines of its mode.
 *
 * The gdbstub calls these operations from the main loop, with the BQL,
 * while the VM is stopped.  The change takes effect on the monitor
 * thread, between slices, as a change of mode does: a vCPU whose state
 * is in KVM leaves it under the policy that ran it there.  As under KVM
 * (kvm_update_guest_debug()), the operations return when it has.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "exec/breakpoint.h"
#include "exec/watchpoint.h"
#include "hw/core/cpu.h"
#include "system/cpus.h"
#include "accel/accel-cpu-ops.h"
#include "dexec-internal.h"
#include "trace.h"

/* TCG's operations, which set breakpoints and watchpoints for dexec */
static int (*dexec_tcg_insert_breakpoint)(CPUState *cpu, int type,
                                          vaddr addr, vaddr len);
static int (*dexec_tcg_remove_breakpoint)(CPUState *cpu, int type,
                                          vaddr addr, vaddr len);
static void (*dexec_tcg_remove_all_breakpoints)(CPUState *cpu);

/* Does a debugger need @cpu in TCG? */
static bool dexec_debugger_needs_tcg(CPUState *cpu)
{
    CPUBreakpoint *bp;
    CPUWatchpoint *wp;

    if (cpu->singlestep_enabled) {
        return true;
    }
    /* the others (BP_CPU) are the guest's own, from DR7 */
    QTAILQ_FOREACH(bp, &cpu->breakpoints, entry) {
        if (bp->flags & BP_GDB) {
            return true;
        }
    }
    QTAILQ_FOREACH(wp, &cpu->watchpoints, entry) {
        if (wp->flags & BP_GDB) {
            return true;
        }
    }
    return false;
}

/* On the monitor thread, between slices: every vCPU where it must be. */
static void dexec_debug_work(CPUState *unused, run_on_cpu_data data)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        AccelCPUState *acs = cpu->accel;
        bool debugged = dexec_debugger_needs_tcg(cpu);

        if (!acs || acs->debugged == debugged) {
            continue;
        }
        dexec_arch_leave_kvm(cpu, DEXEC_DEVIRT_DEBUGGER);
        acs->debugged = debugged;
        dexec_arch_policy_changed(cpu);
        trace_dexec_debugger(cpu->cpu_index, debugged);
    }
}

/* What the debugger has inserted, or its single-stepping, changed. */
static void dexec_debug_changed(void)
{
    if (first_cpu) {
        run_on_cpu(first_cpu, dexec_debug_work, RUN_ON_CPU_NULL);
    }
}

static int dexec_update_guest_debug(CPUState *cpu)
{
    dexec_debug_changed();
    return 0;
}

static int dexec_insert_breakpoint(CPUState *cpu, int type, vaddr addr,
                                   vaddr len)
{
    int err = dexec_tcg_insert_breakpoint(cpu, type, addr, len);

    dexec_debug_changed();
    return err;
}

static int dexec_remove_breakpoint(CPUState *cpu, int type, vaddr addr,
                                   vaddr len)
{
    int err = dexec_tcg_remove_breakpoint(cpu, type, addr, len);

    dexec_debug_changed();
    return err;
}

static void dexec_remove_all_breakpoints(CPUState *cpu)
{
    dexec_tcg_remove_all_breakpoints(cpu);
    dexec_debug_changed();
}

void dexec_debug_ops_init(AccelOpsClass *ops)
{
    dexec_tcg_insert_breakpoint = ops->insert_breakpoint;
    dexec_tcg_remove_breakpoint = ops->remove_breakpoint;
    dexec_tcg_remove_all_breakpoints = ops->remove_all_breakpoints;
    assert(dexec_tcg_insert_breakpoint && dexec_tcg_remove_breakpoint &&
           dexec_tcg_remove_all_breakpoints && !ops->update_guest_debug);

    ops->update_guest_debug = dexec_update_guest_debug;
    ops->insert_breakpoint = dexec_insert_breakpoint;
    ops->remove_breakpoint = dexec_remove_breakpoint;
    ops->remove_all_breakpoints = dexec_remove_all_breakpoints;
}
