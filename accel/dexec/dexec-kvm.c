/*
 * dexec: the direct execution engine (KVM)
 *
 * dexec reuses QEMU's KVM code as a library: the KVMState is created and
 * initialised here but is not the machine's accelerator (kvm_enabled()
 * stays false), the interrupt controllers stay in userspace, and the
 * monitor thread calls kvm_cpu_exec() for the slices that run in KVM.
 * This file opens and checks /dev/kvm, sets up the KVMState and the
 * vCPUs, runs a slice in KVM (with its timer and kicks), and implements
 * the synchronize_* operations.  What KVM maps is dexec-kvm-memory.c's,
 * the statistics are dexec-stats.c's.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <sys/ioctl.h>
#include <linux/kvm.h>
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "qemu/memalign.h"
#include "qemu/rcu.h"
#include "qom/object.h"
#include "exec/target_page.h"
#include "exec/tb-flush.h"
#include "exec/ramlist.h"
#include "system/memory.h"
#include "system/address-spaces.h"
#include "hw/core/cpu.h"
#include "system/cpus.h"
#include "system/kvm.h"
#include "system/kvm_int.h"
#include "accel/kvm/kvm-cpus.h"
#include "accel/accel-cpu-ops.h"
#include "dexec-internal.h"
#include "trace.h"

static QemuThread *dexec_thread;
/* The vCPU inside kvm_cpu_exec(), if any */
static CPUState *dexec_in_kvm;
/*
 * Ends a slice in KVM with SIG_IPI to the monitor thread: a timer of the
 * thread's own, not one of the main loop's, which would wake the main
 * loop at each slice to rearm and, firing, to kick.
 */
static timer_t dexec_slice_timer;
#ifndef sigev_notify_thread_id
#define sigev_notify_thread_id _sigev_un._tid   /* as linux-user does */
#endif

/*
 * Entries of KVM's dirty ring per vCPU, where KVM has one and the user
 * policy syncs KVM's dirty log at each switch into TCG, thousands of
 * times a second: from the ring, that is a read of memory and one ioctl
 * to re-protect what was harvested, where the bitmaps cost one
 * KVM_GET_DIRTY_LOG per memory slot (and the user policy's holes split
 * guest RAM into several slots).
 *
 * Where the guest kernel runs in KVM too, syncs are rare and the bitmaps
 * cheaper: a page written once stays writable until the next sync, where
 * the ring re-protects what it holds whenever it fills and every second
 * (QEMU's reaper), and the guest faults on those pages again.  Booting
 * Linux in a nested KVM host took a fifth longer with a ring.
 */
#define DEXEC_KVM_DIRTY_RING    16384

/*
 * Open /dev/kvm for dexec.  *@ring_entries: the dirty ring that KVM
 * could give, 0 if it has none.
 */
static int dexec_kvm_open(uint32_t *ring_entries, Error **errp)
{
    int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
    int bytes;

    if (fd < 0) {
        error_setg_errno(errp, errno, "cannot open /dev/kvm");
        return -1;
    }
    bytes = ioctl(fd, KVM_CHECK_EXTENSION, KVM_CAP_DIRTY_LOG_RING);
    if (bytes <= 0) {
        bytes = ioctl(fd, KVM_CHECK_EXTENSION, KVM_CAP_DIRTY_LOG_RING_ACQ_REL);
    }
    *ring_entries = bytes > 0 ?
                    MIN(DEXEC_KVM_DIRTY_RING,
                        pow2floor(bytes / sizeof(struct kvm_dirty_gfn))) : 0;
    return fd;
}

/* @cpu's exits to QEMU so far (KVM counts them), but for debug exits */
static uint64_t dexec_kvm_exits(CPUState *cpu)
{
    uint64_t n = 0;
    int i;

    for (i = 0; i < KVM_EXIT_COUNTED; i++) {
        n += cpu->kvm_exit_count[i];
    }
    return n - cpu->kvm_exit_count[KVM_EXIT_DEBUG];
}

/*
 * Can KVM (@kvm_fd, /dev/kvm) do what dexec needs of it?  Tried before
 * KVM is set up for the machine, which cannot be undone (memory
 * listeners, a dirty ring reaper thread, ...): where this fails, QEMU
 * can still fall back to plain TCG (-accel dexec:tcg).  The flush slot
 * is tried in a scratch VM, with the number of slots that kvm_init()
 * finds (its default is 32).
 */
static bool dexec_kvm_check(DexecState *s, int kvm_fd, Error **errp)
{
    int nr_slots_max, vm_fd;
    bool ok;

    if (ioctl(kvm_fd, KVM_CHECK_EXTENSION, KVM_CAP_IMMEDIATE_EXIT) <= 0) {
        error_setg(errp, "KVM lacks KVM_CAP_IMMEDIATE_EXIT");
        return false;
    }
    if (!s->kvm_shadow_paging) {
        return true;
    }
    nr_slots_max = ioctl(kvm_fd, KVM_CHECK_EXTENSION, KVM_CAP_NR_MEMSLOTS);
    vm_fd = ioctl(kvm_fd, KVM_CREATE_VM, 0);
    if (vm_fd < 0) {
        error_setg_errno(errp, errno, "cannot create a scratch VM");
        return false;
    }
    ok = dexec_kvm_flush_init(vm_fd, nr_slots_max > 0 ? nr_slots_max : 32,
                              errp);
    close(vm_fd);
    return ok;
}

int dexec_kvm_init(DexecState *s, MachineState *ms)
{
    AccelClass *kvm_class = ACCEL_CLASS(object_class_by_name(TYPE_KVM_ACCEL));
    uint32_t ring_entries;
    Error *err = NULL;
    KVMState *ks;
    int fd, ret;

    if (s->policy == DEXEC_POLICY_TCG) {
        s->effective_policy = DEXEC_POLICY_TCG;
        return 0;
    }

    fd = dexec_kvm_open(&ring_entries, &err);
    if (fd < 0) {
        error_reportf_err(err, "dexec: ");
        error_printf("dexec runs guest code in KVM: use -accel "
                     "dexec,policy=tcg to run everything in TCG, or "
                     "-accel dexec:tcg to fall back to plain TCG\n");
        return -ENODEV;
    }
    /* what the host's KVM does decides the policy, which shapes KVMState */
    ret = dexec_arch_kvm_init(s, fd, &err);
    if (ret == 0 && s->effective_policy != DEXEC_POLICY_TCG &&
        !dexec_kvm_check(s, fd, &err)) {
        dexec_arch_kvm_cleanup(s);
        ret = -ENOSYS;
    }
    close(fd);
    if (ret < 0) {
        error_reportf_err(err, "dexec: ");
        return ret;
    }
    if (s->effective_policy == DEXEC_POLICY_TCG) {
        /* auto found KVM unsafe: as policy=tcg, no KVMState at all */
        return 0;
    }

    /*
     * KVM runs guest code for dexec but is not the accelerator: the
     * interrupt controllers are QEMU's (TCG's), so no in-kernel irqchip,
     * and the exits that KVM cannot complete come back to dexec.
     */
    ks = KVM_STATE(object_new(TYPE_KVM_ACCEL));
    object_property_set_str(OBJECT(ks), "kernel-irqchip", "off",
                            &error_abort);
    dexec_kvm_logs_code = s->effective_policy == DEXEC_POLICY_USER;
    if (!dexec_kvm_logs_code) {
        ks->dirty_log_unlogged = 1 << DIRTY_MEMORY_CODE;
    } else if (ring_entries) {
        object_property_set_uint(OBJECT(ks), "dirty-ring-size", ring_entries,
                                 &error_abort);
    }
    ks->emulate_unhandled = true;
    ks->memory_as = dexec_kvm_memory_init();
    ret = kvm_class->init_machine(ACCEL(ks), ms);
    if (ret < 0) {
        error_report("dexec: cannot set up KVM: %s", strerror(-ret));
        kvm_state = NULL;
        object_unref(OBJECT(ks));
        dexec_kvm_memory_cleanup();
        dexec_arch_kvm_cleanup(s);
        return ret;
    }
    /* From here on, KVM is set up for good: nothing may fail. */

    /*
     * dexec syncs the dirty log at each switch into TCG, a few pages
     * dirty each time.  Without a dirty ring (which has no manual
     * protection), have KVM_GET_DIRTY_LOG clear what it returns, in
     * one ioctl per slot, rather than the manual protection that suits
     * migration (all pages initially dirty, cleared in small chunks by
     * further ioctls, each of which costs tens of microseconds on a
     * software KVM).
     */
    if (ks->manual_dirty_log_protect &&
        kvm_vm_enable_cap(ks, KVM_CAP_MANUAL_DIRTY_LOG_PROTECT2, 0, 0) == 0) {
        ks->manual_dirty_log_protect = 0;
    }
    /*
     * An instruction that KVM cannot emulate in user mode would otherwise
     * become a #UD in the guest: have it devirtualized, as in kernel mode.
     */
    if (kvm_vm_enable_cap(ks, KVM_CAP_EXIT_ON_EMULATION_FAILURE, 0, 1) < 0) {
        warn_report("dexec: KVM cannot exit on emulation failures in user "
                    "mode; the guest gets #UD for them");
    }

    s->kvm = true;
    if (s->kvm_shadow_paging &&
        !dexec_kvm_flush_init(ks->vmfd, ks->nr_slots_max, &err)) {
        /* it worked in dexec_kvm_check()'s scratch VM */
        error_reportf_err(err, "dexec: ");
        exit(1);
    }
    return 0;
}

void dexec_kvm_init_vcpu(CPUState *cpu)
{
    Error *err = NULL;

    if (!dexec_kvm_in_use()) {
        return;
    }
    if (kvm_init_vcpu(cpu, &err) < 0) {
        error_reportf_err(err, "dexec: cannot create a KVM vCPU: ");
        exit(1);
    }
    /* QEMU's copy is the reference until the first entry into KVM. */
    cpu->accel->engine = DEXEC_ENGINE_TCG;
    cpu->accel->devirt = -1;
    dexec_arch_init_vcpu(cpu);
    cpu->accel->kvm_put_level = KVM_PUT_FULL_STATE;
}

void dexec_kvm_init_thread(CPUState *cpu)
{
    struct sigevent sev = {
        .sigev_notify = SIGEV_THREAD_ID,
        .sigev_signo = SIG_IPI,
    };

    dexec_thread = cpu->thread;
    if (!dexec_kvm_in_use()) {
        return;
    }
    kvm_init_cpu_signals(cpu);
    sev.sigev_notify_thread_id = qemu_get_thread_id();
    if (timer_create(CLOCK_MONOTONIC, &sev, &dexec_slice_timer) < 0) {
        error_report("dexec: cannot create the slice timer: %s",
                     strerror(errno));
        exit(1);
    }
}

/* End the slice in KVM at @deadline (get_clock() ns), or never if 0. */
static void dexec_kvm_slice_timer(int64_t deadline)
{
    struct itimerspec its = {
        .it_value.tv_sec = deadline / NANOSECONDS_PER_SECOND,
        .it_value.tv_nsec = deadline % NANOSECONDS_PER_SECOND,
    };

    timer_settime(dexec_slice_timer, TIMER_ABSTIME, &its, NULL);
}

bool dexec_kvm_running(CPUState *cpu)
{
    return qatomic_read(&dexec_in_kvm) == cpu;
}

/* Make the monitor leave KVM_RUN, if it is in it. */
void dexec_kvm_kick(void)
{
    /*
     * The caller's exit_request store must be visible before we read
     * dexec_in_kvm: pairs with qatomic_set_mb() in dexec_kvm_run(), after
     * which kvm_cpu_exec() reads exit_request before KVM_RUN.
     */
    smp_mb();
    if (qatomic_read(&dexec_in_kvm) && dexec_thread) {
        pthread_kill(dexec_thread->thread, SIG_IPI);
    }
}

/* Run @cpu in KVM for at most @quota_left instructions; BQL held. */
int dexec_kvm_run(CPUState *cpu, int64_t quota_left, int64_t *executed)
{
    DexecStats *st = &cpu->accel->stats;
    int64_t start = get_clock(), deadline = 0, ns;
    int r;

    /* with one vCPU, there is nothing to switch to */
    if (CPU_NEXT(first_cpu)) {
        deadline = start + MAX(quota_left / dexec_state->kvm_insns_per_ns,
                               1000);
        dexec_kvm_slice_timer(deadline);
    }
    qatomic_set_mb(&dexec_in_kvm, cpu);

    /*
     * From here on, interrupts that only TCG delivers wait in
     * deferred_interrupts; one raised since the engine was chosen
     * sends the vCPU to TCG at once.
     */
    if (cpu_test_interrupt(cpu, dexec_arch_tcg_interrupts)) {
        cpu->accel->devirt = DEXEC_DEVIRT_EVENT;
        r = EXCP_EMULATE;
    } else {
        uint64_t exits = dexec_kvm_exits(cpu);
        int devirt = -1;

        dexec_kvm_memory_enter(cpu);
        r = kvm_cpu_exec(cpu);
        exits = dexec_kvm_exits(cpu) - exits;
        if (r == EXCP_EMULATE) {
            /* an exit that KVM could not complete: TCG takes the vCPU */
            devirt = dexec_arch_kvm_exit(cpu, cpu->kvm_run);
            g_assert(devirt >= 0);
            cpu->accel->devirt = devirt;
            trace_dexec_kvm_devirt(cpu->cpu_index, dexec_devirt_names[devirt],
                                   cpu->kvm_run->exit_reason);
            /* a failure is not a debug exit: it does not count below */
            exits -= devirt != DEXEC_DEVIRT_BREAKPOINT;
        }
        /*
         * KVM ran the guest (an exit that is neither a failure nor a
         * debug exit, or the magic instruction's INT3): the backoff of
         * failed entries is over.
         */
        if (exits || devirt == DEXEC_DEVIRT_BREAKPOINT) {
            cpu->accel->kvm_failures = 0;
        }
    }

    qatomic_set(&dexec_in_kvm, NULL);
    if (deadline) {
        /* a signal left over would cut the next vCPU's slice short */
        dexec_kvm_slice_timer(0);
    }
    dexec_kvm_memory_exit();
    if (qatomic_read(&cpu->accel->deferred_interrupts)) {
        cpu_interrupt(cpu, qatomic_xchg(&cpu->accel->deferred_interrupts, 0));
    }
    ns = get_clock() - start;
    *executed = ns * dexec_state->kvm_insns_per_ns;
    st->ns[DEXEC_ENGINE_KVM] += ns;
    st->insns[DEXEC_ENGINE_KVM] += *executed;
    st->runs[DEXEC_ENGINE_KVM]++;
    if (deadline && start + ns >= deadline && r == EXCP_INTERRUPT) {
        /* the slice timer ended it */
        *executed = MAX(*executed, quota_left);
    }
    trace_dexec_kvm_slice(cpu->cpu_index, ns, r);
    return r;
}

/* On the monitor thread: see dexec_kvm_synchronize_state() */
static void dexec_kvm_state_read(CPUState *cpu, run_on_cpu_data data)
{
    if (cpu->accel->engine != DEXEC_ENGINE_KVM) {
        return;
    }
    if (qatomic_read(&dexec_in_kvm) || (current_cpu && current_cpu->running)) {
        /*
         * Inside an engine, for an exit or a helper: KVM's form, which
         * kvm_cpu_exec() writes back before it enters KVM again.
         */
        kvm_cpu_synchronize_state(cpu);
        cpu->accel->kvm_put_level = MAX(cpu->accel->kvm_put_level,
                                        KVM_PUT_RUNTIME_STATE);
        return;
    }
    dexec_arch_leave_kvm(cpu, DEXEC_DEVIRT_STATE_READ);
}

/*
 * Someone outside the engines is about to read or write @cpu's state:
 * the gdbstub, the monitor ("info registers"), a snapshot, a reset.  The
 * registers that QEMU's KVM code reads into CPUArchState are not in
 * TCG's form (on x86: the x87 registers in stack order, TCG's lazy flags
 * and softfloat status stale), and what TCG derives from them is not
 * there, so a vCPU in KVM would show another state than the same vCPU
 * in TCG.  Between slices, move the vCPU into TCG, as a change of mode
 * does; its next slice goes back to KVM if its policy wants.
 */
static void dexec_kvm_synchronize_state(CPUState *cpu)
{
    if (dexec_kvm_in_use() && cpu->accel->engine == DEXEC_ENGINE_KVM) {
        run_on_cpu(cpu, dexec_kvm_state_read, RUN_ON_CPU_NULL);
    }
}

static void dexec_kvm_put_on_next_entry(CPUState *cpu, int level)
{
    if (dexec_kvm_in_use()) {
        /* a reset or a loaded VM may have other page tables */
        dexec_kvm_tlb_invalidated();
        cpu->vcpu_dirty = true;
        cpu->accel->engine = DEXEC_ENGINE_TCG;
        cpu->accel->kvm_put_level = MAX(cpu->accel->kvm_put_level, level);
    }
}

static void dexec_kvm_synchronize_post_reset(CPUState *cpu)
{
    dexec_kvm_put_on_next_entry(cpu, KVM_PUT_RESET_STATE);
}

/* After the machine's creation, and after a snapshot or a migration loaded */
static void dexec_kvm_synchronize_post_init(CPUState *cpu)
{
    dexec_kvm_put_on_next_entry(cpu, KVM_PUT_FULL_STATE);
    dexec_mode_post_load(cpu);
}

/*
 * A snapshot or an incoming migration is about to replace the VM's state
 * (BQL held, the VM stopped): nothing of the run that the load ends may
 * outlive it.  The loaded state, in CPUArchState, becomes the reference,
 * in TCG's form, and all of it goes to KVM at the next entry; what dexec
 * kept of the run is dropped: an exit that was to be devirtualized, TCG's
 * budget, the rest of a slice, and the target's own (the adaptive
 * policy's processes, ...).  TCG's translations go too: the loaded RAM
 * has other code (TCG flushes them itself only for a loadvm of a running
 * VM).
 */
static void dexec_kvm_synchronize_pre_loadvm(CPUState *cpu)
{
    AccelCPUState *acs = cpu->accel;

    dexec_kvm_put_on_next_entry(cpu, KVM_PUT_FULL_STATE);
    acs->devirt = -1;
    acs->tcg_budget = 0;
    acs->kvm_failures = 0;
    acs->deferred_interrupts = 0;
    acs->slice_left = 0;
    dexec_mode_pre_load(cpu);
    dexec_arch_pre_loadvm(cpu);
    if (cpu == first_cpu) {
        tb_flush__exclusive_or_serial();
    }
}

static int64_t dexec_kvm_get_elapsed_ticks(void)
{
    return dexec_arch_get_ticks();
}

void dexec_kvm_ops_init(AccelOpsClass *ops)
{
    ops->synchronize_state = dexec_kvm_synchronize_state;
    ops->synchronize_post_reset = dexec_kvm_synchronize_post_reset;
    ops->synchronize_post_init = dexec_kvm_synchronize_post_init;
    ops->synchronize_pre_loadvm = dexec_kvm_synchronize_pre_loadvm;
    if (dexec_kvm_in_use()) {
        ops->get_elapsed_ticks = dexec_kvm_get_elapsed_ticks;
    }
}
