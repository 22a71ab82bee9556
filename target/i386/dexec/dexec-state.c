/*
 * dexec: moving an x86 vCPU's state between KVM and TCG
 *
 * KVM's copy of the state is read and written with QEMU's KVM code
 * (kvm_arch_get_registers/kvm_arch_put_registers, or their kvm_run
 * variants); what TCG keeps on top of the architectural state (lazy
 * flags, softfloat status, hflags, TLB, breakpoints) is rebuilt here, as
 * after loading a migration stream.  Also the guest's TSC and kvmclock,
 * which must be the same in both engines and stop with the VM.  Which
 * engine runs the vCPU is decided in dexec-policy.c.
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
#include "qemu/host-utils.h"
#include "exec/cputlb.h"
#include "exec/breakpoint.h"
#include "exec/watchpoint.h"
#include "system/kvm.h"
#include "system/kvm_int.h"
#include "system/cpus.h"
#include "system/cpu-timers.h"
#include "system/runstate.h"
#include "system/dexec_int.h"
#include "kvm/kvm_i386.h"
#include "tcg/helper-tcg.h"
#include "dexec-x86.h"
#include "trace.h"

/*
 * The guest's TSC, the same in both engines.  Where KVM applies its TSC
 * offset to what guest user code reads, it is TCG's: QEMU's CPU ticks
 * (cpu_get_ticks()), which stop while the VM is stopped and go with its
 * state into a snapshot or to another QEMU.  KVM runs the vCPUs with the
 * host's TSC plus cpu_get_ticks_offset(), which changes at each start of
 * the VM: dexec_tsc_generation says when KVM's offset is to be set anew.
 * Where guest user code reads the host's TSC whatever KVM was told
 * (kvm_pvm), the guest's TSC is the host's, in both engines, or it would
 * go back and forth between them.
 */
bool dexec_tsc_host;
static int64_t dexec_tsc_offset;        /* KVM's: guest TSC - host TSC */
unsigned dexec_tsc_generation;

int64_t dexec_arch_get_ticks(void)
{
    return dexec_tsc_host ? cpu_get_host_ticks() : cpu_get_ticks();
}

/*
 * kvmclock (offered under the native policy): KVM keeps the guest's clock
 * page from its own kvmclock, which runs with the host's clock from the
 * creation of dexec's KVM VM, and the guest reads it with the TSC, in
 * either engine.  The guest's TSC stops while the VM is stopped and goes
 * with a snapshot or a migration (dexec_arch_get_ticks()); KVM's kvmclock
 * must too, or KVM's next update of the page would move the guest's time
 * forward by the time the VM was stopped, or back to about 0 in a VM
 * loaded into another QEMU.  So dexec reads KVM's kvmclock when the VM
 * stops and sets it back when the VM starts, as QEMU's kvmclock device
 * does for KVM's guests; after a load it sets it to the time that the
 * guest's page, in the loaded RAM, gives at the loaded TSC, as that
 * device does where KVM_GET_CLOCK is unreliable.  The device itself,
 * which the boards create under -accel kvm only, would only add a
 * section to the stream that plain TCG cannot load: the page and the TSC
 * are all there is to it.
 */
static uint64_t dexec_kvmclock;
static bool dexec_kvmclock_valid;
static bool dexec_kvmclock_loaded;

/* The guest's kvmclock time now, from the page of the first vCPU */
static bool dexec_x86_kvmclock_page(uint64_t *ns)
{
    CPUX86State *env = cpu_env(first_cpu);
    struct {
        uint32_t version;
        uint32_t pad0;
        uint64_t tsc_timestamp;
        uint64_t system_time;
        uint32_t tsc_to_system_mul;
        int8_t tsc_shift;
        uint8_t flags;
        uint8_t pad[2];
    } QEMU_PACKED t;                    /* struct pvclock_vcpu_time_info */
    uint64_t tsc = dexec_arch_get_ticks(), delta, lo, hi;

    if (!(env->system_time_msr & 1)) {
        return false;
    }
    cpu_physical_memory_read(env->system_time_msr & ~1ULL, &t, sizeof(t));
    t.tsc_timestamp = le64_to_cpu(t.tsc_timestamp);
    /* not written by KVM yet, in an update, or from another TSC */
    if (!t.tsc_to_system_mul || (le32_to_cpu(t.version) & 1) ||
        t.tsc_timestamp > tsc) {
        return false;
    }
    delta = tsc - t.tsc_timestamp;
    delta = t.tsc_shift < 0 ? delta >> -t.tsc_shift : delta << t.tsc_shift;
    mulu64(&lo, &hi, delta, le32_to_cpu(t.tsc_to_system_mul));
    *ns = le64_to_cpu(t.system_time) + (lo >> 32 | hi << 32);
    return true;
}

/* The VM stops or starts: the guest's TSC and kvmclock stop with it. */
static void dexec_x86_vm_state_change(void *opaque, bool running,
                                      RunState state)
{
    struct kvm_clock_data data = {};
    bool kvmclock = first_cpu && (cpu_env(first_cpu)->features[FEAT_KVM] &
                                  (CPUID_KVM_CLOCK | CPUID_KVM_CLOCK2));

    if (!running) {
        if (kvmclock && !dexec_kvmclock_valid &&
            kvm_vm_ioctl(kvm_state, KVM_GET_CLOCK, &data) == 0) {
            dexec_kvmclock = data.clock;
            dexec_kvmclock_valid = true;
        }
        return;
    }

    /* TCG's ticks go on from where they stopped: KVM's offset changed */
    if (!dexec_tsc_host) {
        dexec_tsc_offset = cpu_get_ticks_offset();
    }
    dexec_tsc_generation++;

    if (kvmclock && dexec_kvmclock_loaded) {
        dexec_kvmclock_valid = dexec_x86_kvmclock_page(&dexec_kvmclock);
    }
    dexec_kvmclock_loaded = false;
    if (dexec_kvmclock_valid) {
        data.clock = dexec_kvmclock;
        if (kvm_vm_ioctl(kvm_state, KVM_SET_CLOCK, &data) < 0) {
            warn_report_once("dexec: cannot set KVM's kvmclock: the "
                             "guest's clock may jump");
        }
        dexec_kvmclock_valid = false;
    }
}

void dexec_x86_clock_init(void)
{
    if (dexec_kvm_in_use()) {
        qemu_add_vm_change_state_handler(dexec_x86_vm_state_change, NULL);
    }
}

/*
 * Make KVM's guest TSC exactly TCG's: after a put that wrote the TSC, and
 * at the first entry into KVM after a start of the VM.
 */
void dexec_x86_set_tsc_offset(CPUState *cs)
{
    int64_t offset = dexec_tsc_offset;
    struct kvm_device_attr attr = {
        .group = KVM_VCPU_TSC_CTRL, .attr = KVM_VCPU_TSC_OFFSET,
        .addr = (uintptr_t)&offset,
    };

    dexec_x86_vcpu(cs)->tsc_generation = dexec_tsc_generation;
    if (kvm_vcpu_ioctl(cs, KVM_SET_DEVICE_ATTR, &attr) < 0) {
        warn_report_once("dexec: KVM cannot set the TSC offset: the guest "
                         "TSC may step when a vCPU changes engines");
    }
}

/* The handler of IDT vector @v in long mode, or 0 */
static uint64_t dexec_x86_idt_handler(CPUState *cs, int v)
{
    CPUX86State *env = cpu_env(cs);
    uint64_t gate[2];

    if (!(env->hflags & HF_LMA_MASK) || v * 16 + 15 > env->idt.limit ||
        cpu_memory_rw_debug(cs, env->idt.base + v * 16, gate, 16, false)) {
        return 0;
    }
    gate[0] = le64_to_cpu(gate[0]);
    gate[1] = le64_to_cpu(gate[1]);
    return (gate[0] & 0xffff) | ((gate[0] >> 32) & 0xffff0000) |
           (gate[1] << 32);
}

/*
 * An event KVM was delivering when it exited: let TCG deliver it.  Some
 * KVMs (seen with nested SVM) exit on the fetch of a handler's first
 * instruction with the event delivered -- frame pushed, RIP at the
 * handler -- and still report an event as injected: then it is done.
 */
static void dexec_x86_take_events(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    int vector = env->exception_injected || env->exception_pending ?
                 env->exception_nr : env->nmi_injected ? EXCP02_NMI :
                 env->interrupt_injected;

    /* what the exception would have written when delivered */
    if ((env->exception_injected || env->exception_pending) &&
        env->exception_has_payload) {
        if (env->exception_nr == EXCP0E_PAGE) {
            env->cr[2] = env->exception_payload;
        } else if (env->exception_nr == EXCP01_DB) {
            env->dr[6] |= env->exception_payload;
        }
    }

    if (vector >= 0 && !(env->hflags & HF_CPL_MASK) &&
        (env->eip == dexec_x86_idt_handler(cs, vector) ||
         dexec_x86_at_kernel_entry(cs))) {
        /* already delivered */
    } else if (env->exception_injected || env->exception_pending) {
        cs->exception_index = env->exception_nr;
        env->exception_is_int = 0;
        env->exception_next_eip = env->eip;
        if (!env->has_error_code) {
            env->error_code = 0;
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

/* Remember the XCR0 and debug registers that KVM has. */
static void dexec_x86_kvm_has_xdr(CPUState *cs)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);

    xcpu->kvm_xcr0 = cpu_env(cs)->xcr0;
    memcpy(xcpu->kvm_dr, cpu_env(cs)->dr, sizeof(xcpu->kvm_dr));
    xcpu->kvm_xdr_valid = true;
}

void dexec_x86_paging(CPUX86State *env, DexecX86Paging *p)
{
    p->cr0 = env->cr[0];
    p->cr3 = env->cr[3];
    p->cr4 = env->cr[4];
    p->efer = env->efer;
    p->pkru = env->pkru;
}

/*
 * Is what TCG's TLB and jump cache hold still valid after a stay of the
 * vCPU in KVM?  Under the user policy, KVM ran only user code, as long
 * as every kernel entry point was left out of its memory map: the vCPU
 * comes back at CPL 3, or at the first instruction of a kernel entry.
 * User code cannot invalidate translations (INVLPG, MOV to CR3 and
 * INVPCID are privileged): where it changes a page table that it can
 * write (no real kernel lets it), a CPU may use the stale translation
 * until the kernel invalidates it, which the kernel then does in TCG.
 * The accessed and dirty bits that KVM sets change no translation that
 * TCG caches.  What else decides translations (paging mode, CR3, PKRU)
 * is compared with the values that TCG's TLB was filled with.
 */
static bool dexec_x86_tcg_tlb_valid(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Paging now, *then = &dexec_x86_vcpu(cs)->tcg_paging;

    if (!dexec_x86_user_policy(cs) || !dexec_entries.valid ||
        !dexec_entries.all_pages ||
        ((env->hflags & HF_CPL_MASK) != 3 && !dexec_x86_at_kernel_entry(cs))) {
        return false;
    }
    dexec_x86_paging(env, &now);
    return now.cr0 == then->cr0 && now.cr3 == then->cr3 &&
           now.cr4 == then->cr4 && now.efer == then->efer &&
           now.pkru == then->pkru;
}

/*
 * Read KVM's copy of the vCPU's state.  Under the user policy, the vCPU
 * ran only user code there (the kernel's entry points are holes), which
 * cannot change MSRs, XCRs or the MP state: only what user code and the
 * start of a kernel entry change is read, mostly from kvm_run.  A debug
 * exception also changed DR6: read everything then.
 */
static void dexec_x86_get_state(CPUState *cs)
{
    Error *err = NULL;

    if (cs->vcpu_dirty) {
        return;
    }
    if (dexec_x86_user_policy(cs)) {
        if (kvm_arch_get_unprivileged_registers(cs, &err) < 0) {
            error_reportf_err(err, "dexec: cannot move vCPU %d to TCG: ",
                              cs->cpu_index);
            vm_stop(RUN_STATE_INTERNAL_ERROR);
        }
        cs->vcpu_dirty = true;
        if (!dexec_entries.valid ||
            cpu_env(cs)->eip != dexec_entries.vector_eip[EXCP01_DB]) {
            return;
        }
        cs->vcpu_dirty = false;
    }
    kvm_cpu_synchronize_state(cs);
    dexec_x86_kvm_has_xdr(cs);
}

void dexec_arch_to_tcg(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    int tcg_interrupts = cs->interrupt_request & dexec_arch_tcg_interrupts;
    DexecStats *st = &cs->accel->stats;
    int64_t t0 = get_clock(), t1;
    target_ulong dr7;

    /*
     * KVM's vcpu events would clear the SMI and INIT requests that are
     * TCG's to deliver: keep them.
     */
    dexec_x86_get_state(cs);
    cpu_set_interrupt(cs, tcg_interrupts);
    st->get_ns += get_clock() - t0;

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
     * KVM may have changed page tables and wrote memory: TCG's TLB may be
     * stale, and so is code translated from pages that KVM wrote (found
     * in KVM's dirty log, which invalidates it).
     */
    if (dexec_x86_tcg_tlb_valid(cs)) {
        st->tcg_tlb_kept++;
    } else {
        tlb_flush(cs);
    }
    t1 = get_clock();
    dexec_kvm_sync_code(cs);
    st->dirty_log_ns += get_clock() - t1;

    cs->accel->engine = DEXEC_ENGINE_TCG;
    cs->accel->kvm_put_level = KVM_PUT_RESET_STATE;
}

static void dexec_x86_reset_state(CPUX86State *env, DexecX86ResetState *s)
{
    memset(s, 0, sizeof(*s));
    memcpy(s->mtrr_fixed, env->mtrr_fixed, sizeof(s->mtrr_fixed));
    s->mtrr_deftype = env->mtrr_deftype;
    memcpy(s->mtrr_var, env->mtrr_var, sizeof(s->mtrr_var));
    s->feature_control = env->msr_ia32_feature_control;
    s->system_time_msr = env->system_time_msr;
    s->wall_clock_msr = env->wall_clock_msr;
}

bool dexec_arch_to_kvm(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    AccelCPUState *acs = cs->accel;
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    Error *err = NULL;
    int level = acs->kvm_put_level;
    int ret;

    if (level == KVM_PUT_RESET_STATE && xcpu->kvm_reset_valid) {
        DexecX86ResetState now;

        dexec_x86_reset_state(env, &now);
        if (!memcmp(&now, &xcpu->kvm_reset, sizeof(now))) {
            level = KVM_PUT_RUNTIME_STATE;
        }
    }
    if (level) {
        update_mxcsr_from_sse_status(env);
        /* every enabled component as TCG left it, none in init state */
        env->xstate_bv = env->xcr0 | XSTATE_FP_MASK | XSTATE_SSE_MASK |
                         (dexec_x86_user_xcr0 & XSTATE_PKRU_MASK);
        env->tsc = dexec_arch_get_ticks();
        dexec_x86_fpregs_rotate(env, false);
        if (level == KVM_PUT_RUNTIME_STATE && xcpu->kvm_xdr_valid &&
            env->xcr0 == xcpu->kvm_xcr0 &&
            !memcmp(env->dr, xcpu->kvm_dr, sizeof(xcpu->kvm_dr))) {
            /* what KVM has of XCR0 and the debug registers is current */
            ret = kvm_arch_put_runtime_registers(cs, &err);
        } else {
            ret = kvm_arch_put_registers(cs, level, &err);
            dexec_x86_kvm_has_xdr(cs);
        }
        dexec_x86_fpregs_rotate(env, true);
        if (ret < 0) {
            error_reportf_err(err, "dexec: cannot move vCPU %d to KVM: ",
                              cs->cpu_index);
            return false;
        }
        if (level >= KVM_PUT_RESET_STATE) {
            dexec_x86_set_tsc_offset(cs);
            dexec_x86_reset_state(env, &xcpu->kvm_reset);
            xcpu->kvm_reset_valid = true;
        }
        acs->stats.puts[level]++;
    }
    cs->vcpu_dirty = false;
    acs->kvm_put_level = 0;
    acs->engine = DEXEC_ENGINE_KVM;
    return true;
}

void dexec_x86_switch(CPUState *cs, DexecEngine to)
{
    DexecStats *st = &cs->accel->stats;
    int64_t start = get_clock();

    if (to == DEXEC_ENGINE_TCG) {
        dexec_arch_to_tcg(cs);
    } else if (!dexec_arch_to_kvm(cs)) {
        return;
    }
    st->switches_to[to]++;
    st->switch_to_ns[to] += get_clock() - start;
    trace_dexec_switch(cs->cpu_index, to == DEXEC_ENGINE_KVM ? "kvm" : "tcg",
                       cpu_env(cs)->eip);
}

void dexec_arch_pre_loadvm(CPUState *cs)
{
    DexecX86VCPU *xcpu;

    /* what TCG left for dexec after its last cpu_exec() */
    cs->hwaccel_exit = 0;
    if (!dexec_kvm_in_use()) {
        return;
    }

    /* all of the loaded state goes to KVM, its TSC and kvmclock too */
    xcpu = dexec_x86_vcpu(cs);
    xcpu->handed_back = false;
    xcpu->kvm_reset_valid = false;
    xcpu->kvm_xdr_valid = false;
    xcpu->handback_stay = false;
    dexec_kvmclock_loaded = true;
    dexec_kvmclock_valid = false;

    /* the loaded guest's processes and kernel entry points are others */
    dexec_arch_policy_changed(cs);
    dexec_x86_forget_processes();
    if (dexec_entries.valid) {
        /* found again at the next entry into KVM (a limit never loaded) */
        dexec_entries.idt_limit = UINT32_MAX;
    }
}
