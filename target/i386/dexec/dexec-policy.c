/*
 * dexec: which engine runs an x86 vCPU
 *
 * The monitor asks at every turn of a vCPU which engine runs it next
 * (dexec_arch_choose_engine()) and how long TCG may run it; this file
 * answers, from the vCPU's policy (native, user, or mode simulate), the
 * events pending for it and why it left the other engine.  Moving the
 * state is dexec-state.c's; the adaptive user policy's knowledge of guest
 * processes is dexec-adapt.c's.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <linux/kvm.h>
#include "cpu.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "system/cpus.h"
#include "system/dexec_int.h"
#include "dexec-x86.h"
#include "trace.h"

/* Instructions TCG runs for a guest mode or event before KVM is retried */
#define DEXEC_TCG_CHUNK         100000
/* ... after KVM refused the guest state: doubled at each failure */
#define DEXEC_ENTRY_BACKOFF     10000

const int dexec_arch_tcg_interrupts = CPU_INTERRUPT_INIT | CPU_INTERRUPT_SIPI |
                                       CPU_INTERRUPT_SMI;

/*
 * Does the user policy decide @cs's engine (dexec's, or the vCPU's mode),
 * or its stay in KVM (a hand-back in mode simulate)?
 */
bool dexec_x86_user_policy(CPUState *cs)
{
    return dexec_vcpu_policy(cs) == DEXEC_POLICY_USER ||
           dexec_x86_vcpu(cs)->handback_stay;
}

/* Is the vCPU in a mode that the user policy keeps in TCG? */
static bool dexec_x86_needs_user_tcg(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);

    return (env->hflags & HF_CPL_MASK) != 3 || (env->eflags & VM_MASK) ||
           !(env->hflags & HF_LMA_MASK);
}

/*
 * Why the vCPU cannot run in KVM now (a DexecDevirt), or -1 if it can.
 * Reads QEMU's copy of the state: valid while the vCPU is in TCG.
 */
static int dexec_x86_needs_tcg(CPUState *cs)
{
    bool user = dexec_x86_user_policy(cs);

    /* INIT, SIPI and SMI are delivered by TCG, with QEMU's APIC */
    if (cpu_test_interrupt(cs, dexec_arch_tcg_interrupts)) {
        return DEXEC_DEVIRT_EVENT;
    }
    /* A20, SMM, a nested guest; under the user policy, all but user code */
    if (!cpu_can_accelerate(cs, user ? CPU_ACCEL_USER : CPU_ACCEL_ANY)) {
        return DEXEC_DEVIRT_MODE;
    }
    /* under the user policy, interrupts reach the guest kernel through TCG */
    if (user &&
        cpu_test_interrupt(cs, CPU_INTERRUPT_HARD | CPU_INTERRUPT_NMI)) {
        return DEXEC_DEVIRT_EVENT;
    }
    return -1;
}

/*
 * Take @cs out of KVM for acs->devirt: move its state into TCG, and
 * decide how long TCG keeps it.
 */
static void dexec_x86_devirt(CPUState *cs)
{
    AccelCPUState *acs = cs->accel;

    dexec_x86_switch(cs, DEXEC_ENGINE_TCG);
    if (dexec_x86_user_policy(cs)) {
        acs->devirt = dexec_x86_kernel_entry(cs, acs->devirt);
        if (acs->devirt >= DEXEC_DEVIRT_SYSCALL &&
            acs->devirt <= DEXEC_DEVIRT_INTERRUPT) {
            dexec_x86_adapt(cs);
        }
    }
    trace_dexec_devirt(cs->cpu_index, acs->devirt, cpu_env(cs)->eip,
                       cpu_env(cs)->hflags & HF_CPL_MASK,
                       cs->exception_index);
    acs->stats.devirt[acs->devirt]++;
    acs->last_devirt = acs->devirt + 1;
    switch (acs->devirt) {
    case DEXEC_DEVIRT_EMULATION:
    case DEXEC_DEVIRT_INTERNAL:
        /*
         * TCG executes the instruction that KVM could not, or raises
         * #UD for it: handing it back would loop.
         */
        acs->tcg_budget = 1;
        cs->hwaccel_exits &= ~CPU_HWACCEL_EXIT_INSN;
        break;
    case DEXEC_DEVIRT_BREAKPOINT:
        /* TCG executes the INT3: the magic instruction, or #BP */
        acs->tcg_budget = 1;
        break;
    case DEXEC_DEVIRT_ENTRY:
        acs->tcg_budget = DEXEC_ENTRY_BACKOFF <<
                          MIN(acs->kvm_failures++, 10);
        break;
    default:
        acs->tcg_budget = 0;
        break;
    }
    acs->devirt = -1;
    dexec_x86_vcpu(cs)->handback_stay = false;
}

/*
 * What decides the vCPU's engine at this turn, in the order in which it is
 * checked (dexec_x86_event()); dexec_x86_rules says what each one does.
 */
typedef enum DexecX86Event {
    DX_NO_KVM,              /* dexec runs without KVM */
    /* the vCPU's state is in KVM */
    DX_KVM_GAVE_UP,         /* KVM returned it: acs->devirt says why */
    DX_TCG_ONLY_EVENT,      /* INIT, SIPI or SMI pending, or A20 masked */
    DX_KERNEL_INTERRUPT,    /* user policy: an interrupt for the kernel */
    DX_HANDBACK_OVER,       /* mode simulate: a hand-back's stay ends */
    DX_SIMULATE,            /* the vCPU's mode changed to simulate */
    DX_KVM_GOES_ON,
    /* the vCPU's state is in TCG */
    DX_SIMULATE_TCG,        /* mode simulate, nothing handed back */
    DX_HANDBACK_TCG_ONLY,   /* mode simulate, handed back outside user mode */
    DX_SIMULATE_HANDBACK,   /* mode simulate, handed back in 64-bit user mode */
    DX_HANDBACK,            /* TCG handed back an instruction at CPL 3 */
    DX_TCG_BUDGET,          /* TCG still owes instructions (dexec_x86_devirt) */
    DX_TCG_STATE,           /* a state that KVM does not run (a DexecDevirt) */
    DX_TCG_WAIT,            /* adaptive policy: user code waits in TCG */
    DX_KVM_CAN_RUN,
    DX__MAX
} DexecX86Event;

typedef enum DexecX86Action {
    DX_RUN_TCG,             /* stay in TCG */
    DX_RUN_KVM,             /* stay in KVM */
    DX_TO_TCG,              /* leave KVM, for a DexecDevirt */
    DX_TO_KVM,              /* enter KVM, for a DexecRevirt */
    DX_RAISE_UD,            /* stay in TCG, which raises #UD */
} DexecX86Action;

static const struct {
    const char *name;       /* for tracing */
    DexecX86Action action;
    int reason;             /* DexecDevirt or DexecRevirt; -1: the event's */
} dexec_x86_rules[DX__MAX] = {
    [DX_NO_KVM]            = { "no-kvm", DX_RUN_TCG, -1 },
    [DX_KVM_GAVE_UP]       = { "kvm-gave-up", DX_TO_TCG, -1 },
    [DX_TCG_ONLY_EVENT]    = { "tcg-only-event", DX_TO_TCG,
                               DEXEC_DEVIRT_EVENT },
    [DX_KERNEL_INTERRUPT]  = { "kernel-interrupt", DX_TO_TCG,
                               DEXEC_DEVIRT_INTERRUPT },
    [DX_HANDBACK_OVER]     = { "handback-over", DX_TO_TCG, DEXEC_DEVIRT_MODE },
    [DX_SIMULATE]          = { "simulate", DX_TO_TCG,
                               DEXEC_DEVIRT_MODE_CHANGE },
    [DX_KVM_GOES_ON]       = { "kvm-goes-on", DX_RUN_KVM, -1 },
    [DX_SIMULATE_TCG]      = { "simulate-tcg", DX_RUN_TCG, -1 },
    [DX_HANDBACK_TCG_ONLY] = { "handback-tcg-only", DX_RAISE_UD, -1 },
    [DX_SIMULATE_HANDBACK] = { "simulate-handback", DX_TO_KVM,
                               DEXEC_REVIRT_HANDBACK },
    [DX_HANDBACK]          = { "handback", DX_TO_KVM, DEXEC_REVIRT_HANDBACK },
    [DX_TCG_BUDGET]        = { "tcg-budget", DX_RUN_TCG, -1 },
    [DX_TCG_STATE]         = { "tcg-state", DX_RUN_TCG, -1 },
    [DX_TCG_WAIT]          = { "tcg-wait", DX_RUN_TCG, -1 },
    [DX_KVM_CAN_RUN]       = { "kvm-can-run", DX_TO_KVM, DEXEC_REVIRT_STATE },
};

/*
 * Did TCG hand an instruction back to KVM (it cannot wait, and TCG
 * delivers no interrupt before it)?  Clears the hand-back, and the
 * instructions that TCG still owed.
 */
static bool dexec_x86_take_handback(CPUState *cs)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);

    if (!xcpu->handed_back) {
        return false;
    }
    xcpu->handed_back = false;
    cs->accel->tcg_budget = 0;
    return true;
}

/*
 * What decides @cs's engine now; *@why is the DexecDevirt of
 * DX_KVM_GAVE_UP and DX_TCG_STATE.  Takes a hand-back (the vCPU in TCG),
 * and has the adaptive policy decide on the process about to run in KVM
 * (xcpu->proc).
 */
static DexecX86Event dexec_x86_event(CPUState *cs, int *why)
{
    AccelCPUState *acs = cs->accel;
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    bool simulate = dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG;
    bool handed_back;

    if (!dexec_kvm_in_use()) {
        return DX_NO_KVM;
    }

    if (acs->engine == DEXEC_ENGINE_KVM) {
        /*
         * Events that only TCG delivers are checked on QEMU's side
         * without reading KVM's state.  Under the user policy, the kernel
         * runs in TCG: TCG delivers its interrupts, rather than have KVM
         * deliver them (an injection and a KVM_RUN) only to stop at the
         * handler.
         */
        *why = acs->devirt;
        if (acs->devirt >= 0) {
            return DX_KVM_GAVE_UP;
        }
        if (cpu_test_interrupt(cs, dexec_arch_tcg_interrupts) ||
            cpu_env(cs)->a20_mask != -1) {
            return DX_TCG_ONLY_EVENT;
        }
        if (dexec_x86_user_policy(cs) &&
            cpu_test_interrupt(cs, CPU_INTERRUPT_HARD | CPU_INTERRUPT_NMI)) {
            return DX_KERNEL_INTERRUPT;
        }
        if (simulate) {
            return xcpu->handback_stay ? DX_HANDBACK_OVER : DX_SIMULATE;
        }
        return DX_KVM_GOES_ON;
    }

    handed_back = dexec_x86_take_handback(cs);
    if (simulate) {
        /*
         * Mode simulate: TCG runs everything, but an instruction that it
         * does not decode for the CPU model, and that user code in KVM
         * may use (where it reads the host's CPUID): KVM runs it, and the
         * user code after it until the vCPU leaves KVM, as the user
         * policy would, rather than have TCG raise #UD.
         */
        if (!handed_back) {
            return DX_SIMULATE_TCG;
        }
        return dexec_x86_needs_user_tcg(cs) ? DX_HANDBACK_TCG_ONLY
                                            : DX_SIMULATE_HANDBACK;
    }
    /* outside user mode, a hand-back goes on to the checks below */
    if (handed_back && (cpu_env(cs)->hflags & HF_CPL_MASK) == 3) {
        return DX_HANDBACK;
    }
    if (acs->tcg_budget > 0) {
        return DX_TCG_BUDGET;
    }
    *why = dexec_x86_needs_tcg(cs);
    if (*why >= 0) {
        return DX_TCG_STATE;
    }
    if (dexec_x86_user_policy(cs) &&
        dexec_x86_tcg_waits(cs, &xcpu->proc, &xcpu->proc_key)) {
        return DX_TCG_WAIT;
    }
    return DX_KVM_CAN_RUN;
}

/* TCG raises #UD for the instruction that it handed back. */
static void dexec_x86_raise_ud(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);

    cs->exception_index = EXCP06_ILLOP;
    env->error_code = 0;
    env->exception_is_int = 0;
    env->exception_next_eip = env->eip;
}

/* Move @cs into KVM for @revirt (event @ev), if the policy lets it go. */
static DexecEngine dexec_x86_enter_kvm(CPUState *cs, DexecX86Event ev,
                                       DexecRevirt revirt)
{
    AccelCPUState *acs = cs->accel;
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);

    if (ev == DX_SIMULATE_HANDBACK) {
        /* from here on, the user policy decides the stay */
        xcpu->handback_stay = true;
    }
    if (dexec_x86_user_policy(cs)) {
        if (!dexec_x86_update_entries(cs)) {
            /*
             * Kernel code must not run in KVM under the user policy.  TCG
             * raises #UD for an instruction that it does not have, rather
             * than hand it back, until the vCPU next enters KVM.
             */
            cs->hwaccel_exits &= ~CPU_HWACCEL_EXIT_INSN;
            return DEXEC_ENGINE_TCG;
        }
    } else {
        dexec_x86_drop_entries();
    }
    acs->stats.revirt[revirt]++;
    if (revirt == DEXEC_REVIRT_HANDBACK) {
        /* a stay that TCG forces teaches the adaptive policy nothing */
        xcpu->proc = NULL;
    }
    cs->hwaccel_exits |= CPU_HWACCEL_EXIT_INSN;
    xcpu->kvm_entry_cr2 = cpu_env(cs)->cr[2];
    dexec_x86_paging(cpu_env(cs), &xcpu->tcg_paging);
    dexec_x86_switch(cs, DEXEC_ENGINE_KVM);
    xcpu->kvm_entered = get_clock();
    return acs->engine;
}

DexecEngine dexec_arch_choose_engine(CPUState *cs)
{
    DexecX86Event ev;
    int why = -1, reason;

    if (dexec_kvm_in_use() &&
        dexec_x86_vcpu(cs)->tsc_generation != dexec_tsc_generation) {
        /* the VM started (again) since KVM's TSC offset was set */
        dexec_x86_set_tsc_offset(cs);
    }
    ev = dexec_x86_event(cs, &why);
    reason = dexec_x86_rules[ev].reason >= 0 ? dexec_x86_rules[ev].reason
                                             : why;
    trace_dexec_x86_event(cs->cpu_index, dexec_x86_rules[ev].name, reason);

    switch (dexec_x86_rules[ev].action) {
    case DX_RUN_TCG:
        return DEXEC_ENGINE_TCG;
    case DX_RUN_KVM:
        return DEXEC_ENGINE_KVM;
    case DX_TO_TCG:
        cs->accel->devirt = reason;
        dexec_x86_devirt(cs);
        return DEXEC_ENGINE_TCG;
    case DX_RAISE_UD:
        dexec_x86_raise_ud(cs);
        return DEXEC_ENGINE_TCG;
    case DX_TO_KVM:
        return dexec_x86_enter_kvm(cs, ev, reason);
    }
    g_assert_not_reached();
}

int64_t dexec_arch_tcg_budget(CPUState *cs, int64_t quota_left)
{
    AccelCPUState *acs = cs->accel;

    if (!dexec_kvm_in_use()) {
        return quota_left;
    }
    if (acs->tcg_budget > 0) {
        return MIN(acs->tcg_budget, quota_left);
    }
    if (dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG) {
        /* mode simulate: TCG runs the whole slice */
        return quota_left;
    }
    if (dexec_x86_user_policy(cs)) {
        /* TCG stops by itself when the kernel returns to user mode */
        return quota_left;
    }
    return MIN(DEXEC_TCG_CHUNK, quota_left);
}

bool dexec_arch_tcg_exit(CPUState *cs, int *r, int64_t executed)
{
    AccelCPUState *acs = cs->accel;
    int hwaccel_exit = *r == EXCP_HWACCEL ? cs->hwaccel_exit : 0;

    cs->hwaccel_exit = 0;
    if (hwaccel_exit & CPU_HWACCEL_EXIT_STATE) {
        /* for the monitor, an exit request (unless the slice goes on) */
        *r = EXCP_INTERRUPT;
    }
    if (acs->tcg_budget > 0) {
        acs->tcg_budget = MAX(acs->tcg_budget - executed, 0);
    }
    if (hwaccel_exit & CPU_HWACCEL_EXIT_INSN) {
        /* an instruction TCG does not have: KVM runs it, in any policy */
        dexec_x86_vcpu(cs)->handed_back = true;
        return true;
    }
    if (*r == EXCP_ACCEL_CALL) {
        /* the guest's magic instruction: for the monitor, an exit request */
        dexec_x86_magic_done(cs);
        *r = EXCP_INTERRUPT;
        if (!cs->stop && cpu_work_list_empty(cs)) {
            /* the slice goes on, in the engine that the mode chooses */
            return true;
        }
    }
    if (hwaccel_exit & CPU_HWACCEL_EXIT_STATE) {
        /*
         * TCG stopped because the guest returned to user mode (user
         * policy): unless something else wants the monitor, go back to
         * KVM in the same slice.
         */
        if (!cs->stop && cpu_work_list_empty(cs)) {
            qatomic_set(&cs->exit_request, false);
            return true;
        }
    }
    return false;
}

void dexec_arch_leave_kvm(CPUState *cs, DexecDevirt why)
{
    AccelCPUState *acs = cs->accel;

    /*
     * What is read of KVM's state, and what TCG's TLB keeps, depend on
     * the policy that ran the vCPU there: leave KVM under that policy.
     */
    if (!dexec_kvm_in_use() || acs->engine != DEXEC_ENGINE_KVM) {
        return;
    }
    if (acs->devirt < 0) {
        acs->devirt = why;
    }
    dexec_x86_devirt(cs);
}

void dexec_arch_policy_changed(CPUState *cs)
{
    DexecX86VCPU *xcpu;

    if (!dexec_kvm_in_use()) {
        return;
    }

    /* no wait of the adaptive policy goes on into another policy */
    xcpu = dexec_x86_vcpu(cs);
    xcpu->tcg_until = 0;
    xcpu->proc = NULL;
    timer_del(xcpu->wait_timer);
    xcpu->exit_to_other_user = false;
    /* under the user policy, TCG hands user mode back to KVM at once */
    xcpu->exit_to_user = dexec_vcpu_policy(cs) == DEXEC_POLICY_USER;
}

int dexec_arch_kvm_exit(CPUState *cs, struct kvm_run *run)
{
    switch (run->exit_reason) {
    case KVM_EXIT_INTERNAL_ERROR:
        return run->internal.suberror == KVM_INTERNAL_ERROR_EMULATION ?
               DEXEC_DEVIRT_EMULATION : DEXEC_DEVIRT_INTERNAL;
    case KVM_EXIT_FAIL_ENTRY:
        return DEXEC_DEVIRT_ENTRY;
    case KVM_EXIT_UNKNOWN:
    case KVM_EXIT_EXCEPTION:
        return DEXEC_DEVIRT_INTERNAL;
    case KVM_EXIT_DEBUG:
        if (run->debug.arch.exception == EXCP03_INT3) {
            /* KVM stopped at the INT3 (dexec_x86_roi_init_vcpu()) */
            return DEXEC_DEVIRT_BREAKPOINT;
        }
        return -1;
    default:
        return -1;
    }
}
