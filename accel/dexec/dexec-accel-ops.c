/*
 * dexec: the monitor thread
 *
 * One host thread runs every vCPU round-robin, like TCG's single-threaded
 * mode (accel/tcg/tcg-accel-ops-rr.c), with an instruction quota per
 * slice.  For each slice the target code picks the engine, KVM or TCG,
 * and moves the vCPU's state there when it changes engines.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <sys/prctl.h>
#include "qemu/main-loop.h"
#include "qemu/notify.h"
#include "qemu/rcu.h"
#include "qemu/guest-random.h"
#include "qemu/timer.h"
#include "qemu/lockable.h"
#include "exec/cpu-common.h"
#include "exec/cputlb.h"
#include "exec/translation-block.h"
#include "hw/core/cpu.h"
#include "system/cpus.h"
#include "system/tcg.h"
#include "tcg/startup.h"
#include "accel/accel-ops.h"
#include "accel/accel-cpu-ops.h"
#include "dexec-internal.h"
#include "trace.h"

#define DEXEC_THREAD_NAME "dexec monitor"

/* The vCPU whose slice the monitor runs, NULL while it waits */
static CPUState *dexec_current_cpu;
/* A vCPU that an interrupt gave work while another ran: it runs next */
static CPUState *dexec_next_cpu;

/*
 * The share of the quota that a directed yield gives: enough to take an
 * interrupt and act on it, short enough that the vCPU whose slice was
 * cut soon goes on with the rest of it.
 */
#define DEXEC_YIELD_SHARE 8

/* End the running vCPU's slice, in either engine. */
static void dexec_kick_vcpu_thread(CPUState *unused)
{
    CPUState *cpu;

    /* as rr_kick_next_cpu(): the monitor may be moving to the next vCPU */
    do {
        cpu = qatomic_read(&dexec_current_cpu);
        if (cpu) {
            tcg_kick_vcpu_thread(cpu);
        }
    } while (cpu != qatomic_read(&dexec_current_cpu));
    dexec_kvm_kick();
}

/*
 * An interrupt for @cpu; BQL held, in any thread.
 *
 * If @cpu is the vCPU that runs, it takes the interrupt within its slice:
 * TCG at its next translation block, KVM once the kick has it leave
 * KVM_RUN, for kvm_arch_pre_run() to inject it.
 *
 * Another vCPU runs next, for a share of the quota, if the interrupt
 * wakes it from a halt, or if the running vCPU sent it (an IPI) and it
 * can take it: a directed yield, which cuts the running vCPU's slice
 * short; the rest of that slice comes right after.  On one thread
 * nothing else runs the target, and the sender of an IPI often waits
 * for it to act (a TLB shootdown, smp_call_function()): left to its
 * turn, the target had the sender spin for the rest of its slice.  A
 * busy vCPU that a timer or a device interrupts takes it at its turn, so
 * that busy vCPUs do not take turns ahead of the others.
 *
 * An interrupt that only TCG delivers, raised while the vCPU runs in KVM,
 * waits until the vCPU has left KVM: KVM would otherwise take it when
 * kvm_cpu_exec() re-enters to complete an I/O exit.
 */
static void dexec_handle_interrupt(CPUState *cpu, int mask)
{
    CPUState *running = qatomic_read(&dexec_current_cpu);
    int tcg_only = mask & dexec_arch_tcg_interrupts;

    if (tcg_only && dexec_kvm_running(cpu)) {
        qatomic_or(&cpu->accel->deferred_interrupts, tcg_only);
        mask &= ~tcg_only;
        qatomic_set(&cpu->exit_request, true);
        qemu_cpu_kick(cpu);
        if (!mask) {
            return;
        }
    }
    cpu_set_interrupt(cpu, mask);
    if (cpu == running) {
        qatomic_set(&cpu->neg.icount_decr.u16.high, -1);
        dexec_kvm_kick();
        return;
    }
    if (running && cpu_has_work(cpu) &&
        (cpu->halted || qemu_thread_is_self(running->thread))) {
        qatomic_set(&dexec_next_cpu, cpu);
        tcg_kick_vcpu_thread(running);
        dexec_kvm_kick();
    }
    /* the monitor may be waiting for a vCPU to have work */
    qemu_cond_broadcast(cpu->halt_cond);
}

static void dexec_wait_io_event(void)
{
    CPUState *cpu;

    while (all_cpu_threads_idle()) {
        qemu_cond_wait_bql(first_cpu->halt_cond);
    }

    CPU_FOREACH(cpu) {
        qemu_process_cpu_events_common(cpu);
    }
}

static void dexec_force_rcu(Notifier *notify, void *data)
{
    CPUState *cpu = qatomic_read(&dexec_current_cpu);

    if (cpu) {
        cpu_exit(cpu);
        dexec_kvm_kick();
    }
}

/*
 * Run @cpu in TCG for at most @budget instructions; BQL held.  @exact
 * says that the budget is the target's own, less than the slice has left.
 *
 * Counting instructions costs TCG some 20% (a decrement and a test per
 * translation block), and translation blocks counted and not are not the
 * same.  It is needed for the quota when several vCPUs share the thread,
 * and for the target's exact stretches (e.g. one instruction that KVM
 * could not emulate); a single vCPU otherwise runs uncounted, until
 * something stops it, whatever of its slice KVM used before.
 */
int dexec_tcg_run(CPUState *cpu, int64_t budget, bool exact,
                  int64_t *executed)
{
    DexecStats *st = &cpu->accel->stats;
    int64_t start = get_clock();
    bool count = CPU_NEXT(first_cpu) || exact;
    size_t tlb_flushes = tlb_flush_count(cpu);
    int64_t left;
    int r;

    dexec_kvm_sync_code(cpu);
    bql_unlock();
    tcg_cpu_set_insn_budget(cpu, count, budget);
    r = tcg_cpu_exec(cpu);
    if (tlb_flush_count(cpu) != tlb_flushes) {
        dexec_kvm_tlb_invalidated();
    }
    left = tcg_cpu_take_insn_budget(cpu);
    bql_lock();

    *executed = count ? budget - left : 0;
    if (!count) {
        st->tcg_uncounted = true;
    }
    st->insns[DEXEC_ENGINE_TCG] += *executed;
    st->ns[DEXEC_ENGINE_TCG] += get_clock() - start;
    st->runs[DEXEC_ENGINE_TCG]++;
    trace_dexec_tcg_slice(cpu->cpu_index, budget, *executed, r);
    return r;
}

/*
 * One slice of @cpu: at most *@left instructions, in whichever engines
 * the target picks, until they are used up or the vCPU stops (halt, an
 * event for the main loop, a kick); *@left is then what the slice had
 * left.  BQL held.
 */
static int dexec_run_slice(CPUState *cpu, int64_t *quota_left)
{
    DexecStats *st = &cpu->accel->stats;
    int64_t left = *quota_left;
    int64_t executed, budget;
    bool kvm, goes_on;
    int r;

    *quota_left = 0;
    if (cpu->halted && !cpu_has_work(cpu)) {
        return EXCP_HLT;
    }

    for (;;) {
        kvm = dexec_arch_choose_engine(cpu) == DEXEC_ENGINE_KVM;
        if (kvm) {
            r = dexec_kvm_run(cpu, left, &executed);
            budget = left;
            goes_on = r == EXCP_EMULATE;
        } else {
            budget = dexec_arch_tcg_budget(cpu, left);
            r = dexec_tcg_run(cpu, budget, budget < left, &executed);
            goes_on = dexec_arch_tcg_exit(cpu, &r, executed);
        }
        left -= executed;
        /* a debug exception stops the vCPU even at the end of the quota */
        if (left <= 0 && r != EXCP_DEBUG) {
            st->quota_ends++;
            return EXCP_INTERRUPT;
        }
        if (goes_on ||
            (r == EXCP_INTERRUPT && !qatomic_read(&cpu->exit_request) &&
             (kvm || executed == budget))) {
            /*
             * An engine change, KVM left for an interrupt of this vCPU,
             * or TCG's share done: the slice goes on.  (TCG also stops
             * at PAUSE, which ends the slice, as under TCG's round-robin:
             * the vCPU may spin, waiting for another.)
             */
            continue;
        }
        *quota_left = left;
        return r;
    }
}

/*
 * Run @cpu, whose turn it is (@woken NULL), or @woken, which a directed
 * yield gave a share of the quota.  Returns the result of the slice; a
 * slice of @cpu that a directed yield cut short keeps the rest in
 * slice_left, for when the yield is over.
 */
static int dexec_run(CPUState *cpu, CPUState *woken)
{
    int64_t left;
    int r;

    if (woken) {
        woken->accel->stats.yields_to++;
        left = dexec_state->quota / DEXEC_YIELD_SHARE + 1;
        return dexec_run_slice(woken, &left);
    }
    left = cpu->accel->slice_left ?: dexec_state->quota;
    r = dexec_run_slice(cpu, &left);
    /* anything else that ends a slice early (PAUSE, a kick) ends the turn */
    cpu->accel->slice_left = r == EXCP_INTERRUPT &&
                             qatomic_read(&dexec_next_cpu) ? left : 0;
    return r;
}

/* Work queued for any vCPU (run_on_cpu()), which the monitor runs first */
static bool dexec_work_pending(void)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (!cpu_work_list_empty(cpu)) {
            return true;
        }
    }
    return false;
}

/*
 * Set up the monitor thread, created for @cpu (the first vCPU), and wait
 * for the machine's start.  @force_rcu lives as long as the thread.
 * Returns with the BQL held.
 */
static void dexec_thread_start(CPUState *cpu, Notifier *force_rcu)
{
    rcu_register_thread();
    force_rcu->notify = dexec_force_rcu;
    rcu_add_force_rcu_notifier(force_rcu);
    tcg_register_thread();
    prctl(PR_SET_NAME, DEXEC_THREAD_NAME);

    bql_lock();
    qemu_thread_get_self(cpu->thread);

    cpu->thread_id = qemu_get_thread_id();
    cpu->neg.can_do_io = true;
    dexec_kvm_init_thread(cpu);
    cpu_thread_signal_created(cpu);
    qemu_guest_random_seed_thread_part2(cpu->random_seed);

    /* wait for initial kick-off after machine start */
    while (cpu_is_stopped(first_cpu)) {
        qemu_cond_wait_bql(first_cpu->halt_cond);

        /* process any pending work */
        CPU_FOREACH(cpu) {
            current_cpu = cpu;
            qemu_process_cpu_events_common(cpu);
        }
    }
}

/*
 * The vCPU that runs at @cpu's turn: @cpu, or the vCPU that a directed
 * yield woke (*@woken, NULL if none or @cpu).
 */
static CPUState *dexec_next_run(CPUState *cpu, CPUState **woken)
{
    *woken = qatomic_xchg(&dexec_next_cpu, NULL);
    if (*woken == cpu) {
        *woken = NULL;
    }
    return *woken ?: cpu;
}

static void *dexec_cpu_thread_fn(void *arg)
{
    Notifier force_rcu;
    CPUState *cpu = arg, *run;

    dexec_thread_start(cpu, &force_rcu);

    /* @cpu: whose turn it is; @run: the vCPU that runs, that one or another */
    cpu = first_cpu;
    run = NULL;

    while (1) {
        if (run) {
            qatomic_set(&run->exit_request, false);
        }

        dexec_wait_io_event();

        if (!cpu) {
            cpu = first_cpu;
        }

        while (cpu && !dexec_work_pending()) {
            CPUState *woken;

            run = dexec_next_run(cpu, &woken);
            /*
             * Store dexec_current_cpu before evaluating exit_request;
             * pairs with dexec_force_rcu().
             */
            qatomic_set_mb(&dexec_current_cpu, run);

            /* Pairs with store-release in cpu_exit.  */
            if (qatomic_load_acquire(&run->exit_request)) {
                break;
            }
            current_cpu = run;

            if (cpu_can_run(run)) {
                int r = dexec_run(cpu, woken);

                if (r == EXCP_DEBUG) {
                    cpu_handle_guest_debug(run);
                    break;
                } else if (r == EXCP_ATOMIC) {
                    bql_unlock();
                    cpu_exec_step_atomic(run);
                    bql_lock();
                    break;
                }
                if (woken || cpu->accel->slice_left) {
                    /* the rest of the slice of @cpu comes next */
                    continue;
                }
            } else if (run->stop) {
                break;
            }
            cpu = CPU_NEXT(cpu);
        }

        /* Does not need a memory barrier: a spurious wakeup is okay.  */
        qatomic_set(&dexec_current_cpu, NULL);
    }

    g_assert_not_reached();
}

static void dexec_start_vcpu_thread(CPUState *cpu)
{
    static QemuCond *single_halt_cond;
    static QemuThread *single_thread;

    tcg_cpu_init_cflags(cpu, false);
    cpu->accel = g_new0(AccelCPUState, 1);
    dexec_kvm_init_vcpu(cpu);

    if (!single_thread) {
        single_halt_cond = cpu->halt_cond;
        single_thread = cpu->thread;

        qemu_thread_create(cpu->thread, DEXEC_THREAD_NAME,
                           dexec_cpu_thread_fn, cpu, QEMU_THREAD_JOINABLE);
    } else {
        /* One thread runs every vCPU: share it. */
        g_free(cpu->thread);
        qemu_cond_destroy(cpu->halt_cond);
        g_free(cpu->halt_cond);
        cpu->thread = single_thread;
        cpu->halt_cond = single_halt_cond;

        /* what dexec_cpu_thread_fn does for the first vCPU */
        cpu->thread_id = first_cpu->thread_id;
        cpu->neg.can_do_io = 1;
        cpu->created = true;
    }
}

static bool dexec_cpus_are_resettable(void)
{
    return true;
}

static void dexec_accel_ops_init(AccelClass *ac)
{
    AccelOpsClass *ops = ac->ops;
    AccelOpsClass *tcg_ops =
        ACCEL_OPS_CLASS(object_class_by_name(ACCEL_OPS_NAME("tcg")));

    /* TCG's operations, with the monitor thread in place of its own. */
    tcg_ops->ops_init(ac);

    ops->create_vcpu_thread = dexec_start_vcpu_thread;
    ops->kick_vcpu_thread = dexec_kick_vcpu_thread;
    ops->handle_interrupt = dexec_handle_interrupt;
    ops->cpus_are_resettable = dexec_cpus_are_resettable;
    ops->get_vcpu_stats = dexec_get_vcpu_stats;
    ops->hwaccel_wanted = dexec_arch_hwaccel_wanted;
    dexec_kvm_ops_init(ops);
    dexec_debug_ops_init(ops);
}

static void dexec_accel_ops_class_init(ObjectClass *oc, const void *data)
{
    AccelOpsClass *ops = ACCEL_OPS_CLASS(oc);

    ops->ops_init = dexec_accel_ops_init;
}

static const TypeInfo dexec_accel_ops_type = {
    .name = ACCEL_OPS_NAME("dexec"),
    .parent = ACCEL_OPS_NAME("tcg"),
    .class_init = dexec_accel_ops_class_init,
    .abstract = true,
};

static void dexec_accel_ops_register_types(void)
{
    type_register_static(&dexec_accel_ops_type);
}

type_init(dexec_accel_ops_register_types);
