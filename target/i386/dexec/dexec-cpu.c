/*
 * dexec: x86 vCPUs
 *
 * An x86 vCPU under dexec is a TCG vCPU (dexec's accel-cpu type derives
 * from TCG's) that the monitor also runs in KVM.  This file holds the x86
 * policy, which engine runs a vCPU, and moves its state between the two:
 * KVM's copy is read and written with QEMU's KVM code
 * (kvm_arch_get_registers/kvm_arch_put_registers); what TCG keeps on top
 * of the architectural state (lazy flags, softfloat status, hflags, TLB,
 * breakpoints) is rebuilt here, as after loading a migration stream.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <linux/kvm.h>
#include "cpu.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "qemu/accel.h"
#include "accel/accel-cpu-target.h"
#include "exec/cputlb.h"
#include "exec/breakpoint.h"
#include "exec/watchpoint.h"
#include "system/memory.h"
#include "system/kvm.h"
#include "system/kvm_int.h"
#include "system/dexec_int.h"
#include "kvm/kvm_i386.h"
#include "tcg/helper-tcg.h"
#include "dexec-x86.h"
#include "trace.h"

/* Instructions TCG runs for a guest mode or event before KVM is retried */
#define DEXEC_TCG_CHUNK         100000
/* ... after KVM refused the guest state: doubled at each failure */
#define DEXEC_ENTRY_BACKOFF     10000

const int dexec_arch_tcg_interrupts = CPU_INTERRUPT_INIT | CPU_INTERRUPT_SIPI |
                                       CPU_INTERRUPT_SMI;

/* The guest's TSC: the host's, offset once for the whole VM. */
static int64_t dexec_tsc_offset;

int64_t dexec_arch_get_ticks(void)
{
    return cpu_get_host_ticks() + dexec_tsc_offset;
}

int dexec_arch_kvm_init(DexecState *s, Error **errp)
{
    DexecX86Probe p;

    if (!dexec_x86_probe(kvm_state, &p, errp)) {
        return -EIO;
    }
    s->kvm_insns_per_ns = 2 / p.cpl3_ns;
    if (s->policy == DEXEC_POLICY_AUTO) {
        /* Native kernel code runs at most a few times slower than user code */
        s->effective_policy = p.cpl0_ns > 20 * p.cpl3_ns ?
                              DEXEC_POLICY_USER : DEXEC_POLICY_NATIVE;
    } else {
        s->effective_policy = s->policy;
    }
    s->probe = g_strdup_printf("start-up measurement: guest CPL3 %.2f ns, "
                               "CPL0 %.2f ns per loop iteration",
                               p.cpl3_ns, p.cpl0_ns);

    /* guest TSC = host TSC + offset, starting from 0 now, in both engines */
    dexec_tsc_offset = -cpu_get_host_ticks();
    return 0;
}

/* Make KVM's guest TSC exactly TCG's (after a put that wrote the TSC). */
static void dexec_x86_set_tsc_offset(CPUState *cs)
{
    int64_t offset = dexec_tsc_offset;
    struct kvm_device_attr attr = {
        .group = KVM_VCPU_TSC_CTRL, .attr = KVM_VCPU_TSC_OFFSET,
        .addr = (uintptr_t)&offset,
    };

    if (kvm_vcpu_ioctl(cs, KVM_SET_DEVICE_ATTR, &attr) < 0) {
        warn_report_once("dexec: KVM cannot set the TSC offset: the guest "
                         "TSC may step when a vCPU changes engines");
    }
}

static bool dexec_x86_user_policy(void)
{
    return dexec_state->effective_policy == DEXEC_POLICY_USER;
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
    if (dexec_x86_user_policy()) {
        if ((env->hflags & HF_CPL_MASK) != 3 || (env->eflags & VM_MASK) ||
            !(env->hflags & HF_LMA_MASK)) {
            return DEXEC_DEVIRT_MODE;
        }
        /* interrupts reach the guest kernel through TCG */
        if (cpu_test_interrupt(cs, CPU_INTERRUPT_HARD | CPU_INTERRUPT_NMI)) {
            return DEXEC_DEVIRT_EVENT;
        }
    }
    return -1;
}

/* An event KVM was delivering when it exited: let TCG deliver it. */
static void dexec_x86_take_events(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);

    if (env->exception_injected || env->exception_pending) {
        cs->exception_index = env->exception_nr;
        env->exception_is_int = 0;
        env->exception_next_eip = env->eip;
        if (!env->has_error_code) {
            env->error_code = 0;
        }
        if (env->exception_has_payload) {
            if (env->exception_nr == EXCP0E_PAGE) {
                env->cr[2] = env->exception_payload;
            } else if (env->exception_nr == EXCP01_DB) {
                env->dr[6] |= env->exception_payload;
            }
        }
    } else if (env->nmi_injected) {
        cs->exception_index = EXCP02_NMI;
        env->exception_is_int = 0;
        env->error_code = 0;
    } else if (env->interrupt_injected >= 0 && !env->soft_interrupt) {
        cs->exception_index = env->interrupt_injected;
        env->exception_is_int = 0;
        env->error_code = 0;
    }
    /* A soft interrupt (INT n) is executed again by TCG. */
    env->exception_nr = -1;
    env->exception_injected = 0;
    env->exception_pending = 0;
    env->exception_has_payload = false;
    env->nmi_injected = 0;
    env->interrupt_injected = -1;
    env->soft_interrupt = 0;
}

/*
 * x87 registers: TCG keeps env->fpregs in physical register order (ST(i)
 * is fpregs[(fpstt + i) & 7]), QEMU's KVM code in stack order (fpregs[i]
 * is ST(i), as in the XSAVE area).  Rotate between the two.
 */
static void dexec_x86_fpregs_rotate(CPUX86State *env, bool to_physical)
{
    FPReg st[8];
    int i;

    memcpy(st, env->fpregs, sizeof(st));
    for (i = 0; i < 8; i++) {
        if (to_physical) {
            env->fpregs[(env->fpstt + i) & 7] = st[i];
        } else {
            env->fpregs[i] = st[(env->fpstt + i) & 7];
        }
    }
}

void dexec_arch_to_tcg(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    int tcg_interrupts = cs->interrupt_request & dexec_arch_tcg_interrupts;
    target_ulong dr7;

    /*
     * KVM's vcpu events would clear the SMI and INIT requests that are
     * TCG's to deliver: keep them.
     */
    kvm_cpu_synchronize_state(cs);
    cpu_set_interrupt(cs, tcg_interrupts);

    /* what TCG derives from the architectural state */
    CC_SRC = env->eflags & (CC_O | CC_S | CC_Z | CC_A | CC_P | CC_C);
    CC_OP = CC_OP_EFLAGS;
    env->df = 1 - (2 * ((env->eflags >> 10) & 1));
    cpu_x86_update_cr4(env, env->cr[4]);
    cpu_sync_avx_hflag(env);
    dexec_x86_fpregs_rotate(env, true);
    update_fp_status(env);
    update_mxcsr_status(env);
    cpu_breakpoint_remove_all(cs, BP_CPU);
    cpu_watchpoint_remove_all(cs, BP_CPU);
    dr7 = env->dr[7];
    env->dr[7] = dr7 & ~(DR7_GLOBAL_BP_MASK | DR7_LOCAL_BP_MASK);
    cpu_x86_update_dr7(env, dr7);
    dexec_x86_take_events(cs);

    /*
     * KVM changed page tables and wrote memory: TCG's TLB is stale, and so
     * is code translated from pages that KVM wrote (found in KVM's dirty
     * log, which invalidates it).
     */
    tlb_flush(cs);
    memory_global_dirty_log_sync(false);

    cs->accel->engine = DEXEC_ENGINE_TCG;
    cs->accel->kvm_put_level = KVM_PUT_RESET_STATE;
}

bool dexec_arch_to_kvm(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    AccelCPUState *acs = cs->accel;
    Error *err = NULL;
    int level = acs->kvm_put_level;
    int ret;

    if (level) {
        update_mxcsr_from_sse_status(env);
        /* every enabled component as TCG left it, none in init state */
        env->xstate_bv = env->xcr0 | XSTATE_FP_MASK | XSTATE_SSE_MASK;
        env->tsc = dexec_arch_get_ticks();
        dexec_x86_fpregs_rotate(env, false);
        ret = kvm_arch_put_registers(cs, level, &err);
        dexec_x86_fpregs_rotate(env, true);
        if (ret < 0) {
            error_reportf_err(err, "dexec: cannot move vCPU %d to KVM: ",
                              cs->cpu_index);
            return false;
        }
        if (level >= KVM_PUT_RESET_STATE) {
            dexec_x86_set_tsc_offset(cs);
        }
    }
    cs->vcpu_dirty = false;
    acs->kvm_put_level = 0;
    acs->engine = DEXEC_ENGINE_KVM;
    return true;
}

static void dexec_x86_switch(CPUState *cs, DexecEngine to)
{
    DexecStats *st = &cs->accel->stats;
    int64_t start = get_clock();

    if (to == DEXEC_ENGINE_TCG) {
        dexec_arch_to_tcg(cs);
    } else if (!dexec_arch_to_kvm(cs)) {
        return;
    }
    st->switches++;
    st->switch_ns += get_clock() - start;
    trace_dexec_switch(cs->cpu_index, to == DEXEC_ENGINE_KVM ? "kvm" : "tcg",
                       cpu_env(cs)->eip);
}

DexecEngine dexec_arch_choose_engine(CPUState *cs)
{
    AccelCPUState *acs = cs->accel;
    int why;

    if (!dexec_kvm_in_use()) {
        return DEXEC_ENGINE_TCG;
    }

    if (acs->engine == DEXEC_ENGINE_KVM) {
        if (acs->devirt < 0) {
            /*
             * Events that only TCG delivers, checked on QEMU's side
             * without reading KVM's state.
             */
            if (!cpu_test_interrupt(cs, dexec_arch_tcg_interrupts) &&
                cpu_env(cs)->a20_mask == -1) {
                return DEXEC_ENGINE_KVM;
            }
            acs->devirt = DEXEC_DEVIRT_EVENT;
        }
        acs->stats.devirt[acs->devirt]++;
        switch (acs->devirt) {
        case DEXEC_DEVIRT_EMULATION:
        case DEXEC_DEVIRT_INTERNAL:
            /* TCG executes the instruction that KVM could not */
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
        dexec_x86_switch(cs, DEXEC_ENGINE_TCG);
        return DEXEC_ENGINE_TCG;
    }

    if (acs->tcg_budget > 0) {
        return DEXEC_ENGINE_TCG;
    }
    why = dexec_x86_needs_tcg(cs);
    if (why >= 0) {
        trace_dexec_stay_tcg(cs->cpu_index, why);
        return DEXEC_ENGINE_TCG;
    }
    acs->stats.revirt[DEXEC_REVIRT_STATE]++;
    dexec_x86_switch(cs, DEXEC_ENGINE_KVM);
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
    return MIN(DEXEC_TCG_CHUNK, quota_left);
}

int dexec_arch_tcg_exit(CPUState *cs, int r, int64_t executed)
{
    AccelCPUState *acs = cs->accel;

    if (acs->tcg_budget > 0) {
        acs->tcg_budget = MAX(acs->tcg_budget - executed, 0);
    }
    return r;
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
    default:
        cs->accel->kvm_failures = 0;
        return -1;
    }
}

void dexec_arch_get_vcpu_stats(CPUState *cs, GString *buf)
{
}

static const TypeInfo x86_dexec_cpu_accel_type_info = {
    .name = ACCEL_CPU_NAME("dexec"),
    .parent = ACCEL_CPU_NAME("tcg"),
    .abstract = true,
};

static void x86_dexec_cpu_accel_register_types(void)
{
    type_register_static(&x86_dexec_cpu_accel_type_info);
}

type_init(x86_dexec_cpu_accel_register_types);
