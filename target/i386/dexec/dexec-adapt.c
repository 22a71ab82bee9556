/*
 * dexec: the adaptive user policy (x86)
 *
 * Under the user policy, dexec learns per guest process whether its stays
 * in KVM last long enough to pay for the switches there and back, and
 * keeps the user code of a process whose stays do not in TCG for a while.
 * A process is known by its top-level page table.  When the vCPU runs in
 * which engine is decided in dexec-policy.c, with this file's answer.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "qemu/timer.h"
#include "exec/target_page.h"
#include "system/memory.h"
#include "system/dexec_int.h"
#include "dexec-x86.h"
#include "trace.h"

/*
 * Adaptive user policy, per process: a stay in KVM must last this many
 * times an engine switch (there and back) for direct execution to pay;
 * otherwise the process's user code stays in TCG for a wait that starts
 * at DEXEC_WAIT_MIN and doubles, up to DEXEC_WAIT_MAX, while it still
 * does not pay.
 */
#define DEXEC_PAYOFF            4
#define DEXEC_WAIT_MIN          (1 * SCALE_MS)
#define DEXEC_WAIT_MAX          (200 * SCALE_MS)

/*
 * Where user code reads the host's CPUID, a new process starts in TCG for
 * this long: long enough for its C library to choose its string functions
 * by TCG's CPUID (code that both engines run) rather than the host's
 * (AVX-512, that TCG would hand back to KVM at every call).
 */
#define DEXEC_WAIT_START        (20 * SCALE_MS)
/* Processes that the adaptive policy knows, hashed by address space */
#define DEXEC_PROCESSES         256

/*
 * What the adaptive policy knows of a process: the recent length of its
 * stays in KVM, and until when its user code stays in TCG because they
 * did not pay (host ns), with the length of that wait.
 */
struct DexecX86Process {
    uint64_t key;               /* see dexec_x86_process() */
    int64_t kvm_stay_avg;
    int64_t tcg_until;
    int64_t tcg_wait;
};

static DexecX86Process dexec_processes[DEXEC_PROCESSES];

/*
 * The process whose user code the vCPU is about to run.  A process is
 * known by its address space's top-level page table: where it is (CR3)
 * and a hash of its user half, which differs when a new process reuses
 * the page.  *@is_new says whether it was unknown.  (A process that maps
 * a new top-level region, or whose entry another one took, looks new
 * once more, which only costs speed.)
 */
static DexecX86Process *dexec_x86_process(CPUState *cs, uint64_t *key,
                                          bool *is_new)
{
    uint64_t top = cpu_env(cs)->cr[3] & TARGET_PAGE_MASK &
                   MAKE_64BIT_MASK(0, 52);
    uint64_t user_half[256];
    DexecX86Process *p;
    int i;

    cpu_physical_memory_read(top, user_half, sizeof(user_half));
    *key = top;
    for (i = 0; i < ARRAY_SIZE(user_half); i++) {
        *key = (*key ^ user_half[i]) * 0x100000001b3ULL;
    }
    p = &dexec_processes[(top >> TARGET_PAGE_BITS) % DEXEC_PROCESSES];
    *is_new = p->key != *key;
    if (*is_new) {
        *p = (DexecX86Process) { .key = *key };
    }
    return p;
}

/*
 * Keep user code in TCG until the end of process @p's wait (user
 * policy).  A wait that the process's stays taught (p->tcg_wait) is for
 * its own user code: TCG leaves cpu_exec() when it returns to user mode
 * in another address space, for that process to be decided on by its
 * own record.  A new process's wait in TCG covers whatever runs until it
 * ends, as a fork child's covers the program that it executes, without
 * those exits, which cost some 50 us each.
 */
static void dexec_x86_wait(CPUState *cs, DexecX86Process *p)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);

    xcpu->tcg_until = p->tcg_until;
    xcpu->user_cr3 = cpu_env(cs)->cr[3];
    xcpu->exit_to_other_user = p->tcg_wait != 0;
    xcpu->exit_to_user = false;
    timer_mod(xcpu->wait_timer, p->tcg_until);
}

/* Start a wait of @wait ns for process @p. */
static void dexec_x86_start_wait(CPUState *cs, DexecX86Process *p,
                                 int64_t now, int64_t wait)
{
    DexecStats *st = &cs->accel->stats;

    p->tcg_until = now + wait;
    dexec_x86_wait(cs, p);
    st->tcg_waits++;
    st->tcg_wait_ns += wait;
}

/*
 * Adaptive user policy, after a kernel entry ended a stay in KVM: if the
 * process's recent stays are too short for the switches to pay, keep its
 * user code in TCG for a while (TCG then runs it instead of handing it
 * back).
 */
void dexec_x86_adapt(CPUState *cs)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    DexecStats *st = &cs->accel->stats;
    DexecX86Process *p = xcpu->proc;
    int64_t now, stay, round_trip;

    if (!dexec_state->adaptive || !p || p->key != xcpu->proc_key) {
        return;
    }
    now = get_clock();
    stay = now - xcpu->kvm_entered;
    /* both switches, and the flushes of KVM's shadow page tables, on average */
    round_trip = st->switch_to_ns[DEXEC_ENGINE_TCG] /
                 MAX(st->switches_to[DEXEC_ENGINE_TCG], 1) +
                 (st->switch_to_ns[DEXEC_ENGINE_KVM] + st->mmu_flush_ns) /
                 MAX(st->switches_to[DEXEC_ENGINE_KVM], 1);
    p->kvm_stay_avg = p->kvm_stay_avg ?
                      (7 * p->kvm_stay_avg + stay) / 8 : stay;
    if (p->kvm_stay_avg >= DEXEC_PAYOFF * round_trip) {
        p->tcg_wait = DEXEC_WAIT_MIN;
        return;
    }
    p->tcg_wait = MIN(MAX(p->tcg_wait * 2, DEXEC_WAIT_MIN), DEXEC_WAIT_MAX);
    /* the next stay in KVM starts the average afresh */
    p->kvm_stay_avg = 0;
    dexec_x86_start_wait(cs, p, now, p->tcg_wait);
    trace_dexec_adapt(cs->cpu_index, stay, round_trip, p->tcg_wait);
}

/*
 * The wait is over: TCG leaves cpu_exec() at the next return to user
 * mode, which dexec_x86_tcg_waits() then lets go to KVM.  (TCG may run
 * a single vCPU without counting instructions, so the wait cannot end
 * by a budget.)
 */
void dexec_x86_wait_over(void *opaque)
{
    CPUState *cs = opaque;

    qatomic_set(&dexec_x86_vcpu(cs)->exit_to_user, true);
}

/*
 * TCG found the vCPU returning to user code that KVM can run
 * (AccelOpsClass::hwaccel_wanted): leave TCG for it, unless a wait of
 * the adaptive policy keeps it there.  No BQL.
 */
bool dexec_arch_hwaccel_wanted(CPUState *cs)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);

    return qatomic_read(&xcpu->exit_to_user) ||
           (xcpu->exit_to_other_user &&
            cpu_env(cs)->cr[3] != xcpu->user_cr3);
}

/*
 * Is user code to stay in TCG for now (adaptive user policy)?  If not,
 * the process that is to enter KVM is in *@pp, with its key in *@key.
 */
bool dexec_x86_tcg_waits(CPUState *cs, DexecX86Process **pp,
                         uint64_t *key)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    CPUX86State *env = cpu_env(cs);
    int64_t now = get_clock();
    DexecX86Process *p;
    bool is_new;

    *pp = NULL;
    /* the wait that TCG was given goes on (see dexec_x86_wait()) */
    if (now < xcpu->tcg_until &&
        (!xcpu->exit_to_other_user || env->cr[3] == xcpu->user_cr3)) {
        return true;
    }
    xcpu->tcg_until = 0;
    xcpu->exit_to_other_user = false;
    xcpu->exit_to_user = true;
    if (!dexec_state->adaptive) {
        return false;
    }

    /* the process's own wait, or a new process's start in TCG */
    p = dexec_x86_process(cs, key, &is_new);
    if (is_new && dexec_x86_user_cpuid) {
        dexec_x86_start_wait(cs, p, now, DEXEC_WAIT_START);
        cs->accel->stats.tcg_start_waits++;
        return true;
    }
    if (now < p->tcg_until) {
        dexec_x86_wait(cs, p);
        return true;
    }
    *pp = p;
    return false;
}

/* Forget every process (a VM was loaded: its processes are others). */
void dexec_x86_forget_processes(void)
{
    memset(dexec_processes, 0, sizeof(dexec_processes));
}
