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
    CPUX86State *env = cpu_env(cs);

    /* INIT, SIPI and SMI are delivered by TCG, with QEMU's APIC */
    if (cpu_test_interrupt(cs, dexec_arch_tcg_interrupts)) {
        return DEXEC_DEVIRT_EVENT;
    }
    /* KVM ignores A20; SMM and SVM guests exist only in TCG here */
    if (env->a20_mask != -1 || (env->hflags & (HF_SMM_MASK | HF_GUEST_MASK))) {
        return DEXEC_DEVIRT_MODE;
    }
    if (dexec_x86_user_policy(cs)) {
        if (dexec_x86_needs_user_tcg(cs)) {
            return DEXEC_DEVIRT_MODE;
        }
        /* interrupts reach the guest kernel through TCG */
        if (cpu_test_interrupt(cs, CPU_INTERRUPT_HARD | CPU_INTERRUPT_NMI)) {
            return DEXEC_DEVIRT_EVENT;
        }
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
        cpu_env(cs)->tcg_ud_handback = false;
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

DexecEngine dexec_arch_choose_engine(CPUState *cs)
{
    AccelCPUState *acs = cs->accel;
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    DexecRevirt revirt;
    int why;

    if (!dexec_kvm_in_use()) {
        return DEXEC_ENGINE_TCG;
    }
    if (xcpu->tsc_generation != dexec_tsc_generation) {
        /* the VM started (again) since KVM's TSC offset was set */
        dexec_x86_set_tsc_offset(cs);
    }

    if (acs->engine == DEXEC_ENGINE_KVM) {
        if (acs->devirt < 0) {
            /*
             * Events that only TCG delivers, checked on QEMU's side
             * without reading KVM's state.
             */
            if (cpu_test_interrupt(cs, dexec_arch_tcg_interrupts) ||
                cpu_env(cs)->a20_mask != -1) {
                acs->devirt = DEXEC_DEVIRT_EVENT;
            } else if (dexec_x86_user_policy(cs) &&
                       cpu_test_interrupt(cs, CPU_INTERRUPT_HARD |
                                          CPU_INTERRUPT_NMI)) {
                /*
                 * The user policy's kernel runs in TCG: let TCG deliver
                 * the interrupt, rather than have KVM deliver it (an
                 * injection and a KVM_RUN) only to stop at the handler.
                 */
                acs->devirt = DEXEC_DEVIRT_INTERRUPT;
            } else if (dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG) {
                /* mode simulate: a hand-back's stay ends here */
                acs->devirt = xcpu->handback_stay ? DEXEC_DEVIRT_MODE :
                              DEXEC_DEVIRT_MODE_CHANGE;
            } else {
                return DEXEC_ENGINE_KVM;
            }
        }
        dexec_x86_devirt(cs);
        return DEXEC_ENGINE_TCG;
    }

    if (dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG) {
        /*
         * Mode simulate: TCG runs everything, but an instruction that it
         * does not decode for the CPU model, and that user code in KVM
         * may use (where it reads the host's CPUID): KVM runs it, and the
         * user code after it until the vCPU leaves KVM, as the user
         * policy would, rather than have TCG raise #UD.
         */
        if (!cpu_env(cs)->tcg_ud_handed_back) {
            return DEXEC_ENGINE_TCG;
        }
        cpu_env(cs)->tcg_ud_handed_back = false;
        acs->tcg_budget = 0;
        if (dexec_x86_needs_user_tcg(cs)) {
            cs->exception_index = EXCP06_ILLOP;
            cpu_env(cs)->error_code = 0;
            cpu_env(cs)->exception_is_int = 0;
            cpu_env(cs)->exception_next_eip = cpu_env(cs)->eip;
            return DEXEC_ENGINE_TCG;
        }
        xcpu->handback_stay = true;
        revirt = DEXEC_REVIRT_HANDBACK;
        goto to_kvm;
    }
    if (cpu_env(cs)->tcg_ud_handed_back) {
        /* it cannot wait, and TCG delivers no interrupt before it */
        cpu_env(cs)->tcg_ud_handed_back = false;
        acs->tcg_budget = 0;
        if ((cpu_env(cs)->hflags & HF_CPL_MASK) == 3) {
            revirt = DEXEC_REVIRT_HANDBACK;
            goto to_kvm;
        }
    }
    if (acs->tcg_budget > 0) {
        return DEXEC_ENGINE_TCG;
    }
    why = dexec_x86_needs_tcg(cs);
    if (why >= 0) {
        trace_dexec_stay_tcg(cs->cpu_index, why);
        return DEXEC_ENGINE_TCG;
    }
    if (dexec_x86_user_policy(cs) &&
        dexec_x86_tcg_waits(cs, &xcpu->proc, &xcpu->proc_key)) {
        return DEXEC_ENGINE_TCG;
    }
    revirt = DEXEC_REVIRT_STATE;
to_kvm:
    if (dexec_x86_user_policy(cs)) {
        if (!dexec_x86_update_entries(cs)) {
            /*
             * Kernel code must not run in KVM under the user policy.  TCG
             * raises #UD for an instruction that it does not have, rather
             * than hand it back, until the vCPU next enters KVM.
             */
            cpu_env(cs)->tcg_ud_handback = false;
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
    cpu_env(cs)->tcg_ud_handback = true;
    xcpu->kvm_entry_cr2 = cpu_env(cs)->cr[2];
    dexec_x86_paging(cpu_env(cs), &xcpu->tcg_paging);
    dexec_x86_switch(cs, DEXEC_ENGINE_KVM);
    xcpu->kvm_entered = get_clock();
    return acs->engine;
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

int dexec_arch_tcg_exit(CPUState *cs, int r, int64_t executed)
{
    CPUX86State *env = cpu_env(cs);
    AccelCPUState *acs = cs->accel;

    if (acs->tcg_budget > 0) {
        acs->tcg_budget = MAX(acs->tcg_budget - executed, 0);
    }
    if (env->tcg_ud_handed_back) {
        /* an instruction TCG does not have: KVM runs it, in any policy */
        return EXCP_DEXEC_HANDBACK;
    }
    if (dexec_x86_magic_done(cs) && r == EXCP_INTERRUPT && !cs->stop &&
        cpu_work_list_empty(cs)) {
        /* the slice goes on, in the engine that the mode chooses */
        return EXCP_DEXEC_HANDBACK;
    }
    if (env->tcg_returned_to_user) {
        /*
         * TCG stopped because the guest returned to user mode (user
         * policy): unless something else wants the monitor, go back to
         * KVM in the same slice.
         */
        env->tcg_returned_to_user = false;
        if (r == EXCP_INTERRUPT && !cs->stop && cpu_work_list_empty(cs)) {
            qatomic_set(&cs->exit_request, false);
            return EXCP_DEXEC_HANDBACK;
        }
    }
    return r;
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
    CPUX86State *env = cpu_env(cs);
    DexecX86VCPU *xcpu;

    if (!dexec_kvm_in_use()) {
        return;
    }

    /* no wait of the adaptive policy goes on into another policy */
    xcpu = dexec_x86_vcpu(cs);
    xcpu->tcg_until = 0;
    xcpu->proc = NULL;
    timer_del(xcpu->wait_timer);
    env->tcg_exit_to_other_user = false;
    /* under the user policy, TCG hands user mode back to KVM at once */
    env->tcg_exit_to_user = dexec_vcpu_policy(cs) == DEXEC_POLICY_USER;
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
            cs->accel->kvm_failures = 0;
            return DEXEC_DEVIRT_BREAKPOINT;
        }
        return -1;
    default:
        cs->accel->kvm_failures = 0;
        return -1;
    }
}
