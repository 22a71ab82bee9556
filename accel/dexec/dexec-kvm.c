/*
 * dexec: the direct execution engine (KVM)
 *
 * dexec reuses QEMU's KVM code as a library: the KVMState is created and
 * initialised here but is not the machine's accelerator (kvm_enabled()
 * stays false), the interrupt controllers stay in userspace, and the
 * monitor thread calls kvm_cpu_exec() for the slices that run in KVM.
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

/*
 * What KVM maps: guest memory, minus holes.  A page left out of KVM's
 * memory map cannot be executed there: fetching from it ends KVM_RUN with
 * an emulation failure, which dexec takes into TCG.  Each hole splits a
 * memory slot of KVM's; there are at most DEXEC_KVM_MAX_HOLES.
 */
static AddressSpace dexec_kvm_as;
static MemoryRegion dexec_kvm_root;
static MemoryRegion dexec_kvm_ram;
/* never freed: a FlatView may still refer to a hole that was removed */
static MemoryRegion dexec_kvm_holes[DEXEC_KVM_MAX_HOLES];
static hwaddr dexec_kvm_hole_pages[DEXEC_KVM_MAX_HOLES];
static int dexec_kvm_nr_holes;

/*
 * Where KVM shadows the guest's page tables (shadow paging in software,
 * as kvm_pvm does), it write-protects them to see the guest change them;
 * TCG writes them behind its back, so KVM's shadow page tables can be
 * stale after TCG has run.  They are to KVM what a TLB is to a CPU, and
 * the guest keeps TLBs coherent itself: a change to a page table entry
 * that a TLB may hold (other than a new mapping, or more permissions,
 * which KVM finds at the fault they cause) is followed by an
 * invalidation of the translation, INVLPG or a CR3 load, before the
 * entry is relied on.  So dexec flushes KVM's shadow page tables before
 * the next entry into KVM once the guest has invalidated translations in
 * TCG (TCG's TLB was flushed while it ran the guest), or when the state
 * was loaded or reset.  The only way to make KVM drop them all is a
 * memory slot deletion: dexec keeps a one-page slot of its own, outside
 * QEMU's memory map, to delete and add again.
 */
#define DEXEC_KVM_FLUSH_GPA (1ULL << 46)
static struct kvm_userspace_memory_region dexec_kvm_flush_slot;
static bool dexec_kvm_mmu_stale;

/*
 * TCG's translated code and KVM's writes to guest memory.  Where the
 * guest kernel runs in KVM (the native policy), TCG runs rarely, a few
 * instructions at a time: KVM does not log its writes for TCG, which
 * would cost it a write fault on every page after each sync and its
 * huge pages, and TCG's translations are flushed instead when it takes
 * over after KVM ran.  Where TCG runs the guest kernel (the user
 * policy), the switches are frequent and TCG's code survives them: KVM
 * logs its writes, and the pages it wrote lose their translations.
 */
static bool dexec_kvm_logs_code;
/* some vCPU ran in KVM since TCG's code was last made coherent */
static bool dexec_kvm_ran;

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

const char *const dexec_kvm_exit_names[DEXEC_KVM_EXIT_REASONS] = {
    [KVM_EXIT_UNKNOWN] = "unknown",
    [KVM_EXIT_EXCEPTION] = "exception",
    [KVM_EXIT_IO] = "io",
    [KVM_EXIT_HYPERCALL] = "hypercall",
    [KVM_EXIT_DEBUG] = "debug",
    [KVM_EXIT_HLT] = "hlt",
    [KVM_EXIT_MMIO] = "mmio",
    [KVM_EXIT_IRQ_WINDOW_OPEN] = "irq-window",
    [KVM_EXIT_SHUTDOWN] = "shutdown",
    [KVM_EXIT_FAIL_ENTRY] = "fail-entry",
    [KVM_EXIT_INTR] = "intr",
    [KVM_EXIT_SET_TPR] = "set-tpr",
    [KVM_EXIT_TPR_ACCESS] = "tpr-access",
    [KVM_EXIT_NMI] = "nmi",
    [KVM_EXIT_INTERNAL_ERROR] = "internal-error",
    [KVM_EXIT_SYSTEM_EVENT] = "system-event",
    [KVM_EXIT_X86_RDMSR] = "rdmsr",
    [KVM_EXIT_X86_WRMSR] = "wrmsr",
    [KVM_EXIT_X86_BUS_LOCK] = "bus-lock",
    [KVM_EXIT_NOTIFY] = "notify",
};

static const char *const devirt_names[DEXEC_DEVIRT__MAX] = {
    [DEXEC_DEVIRT_EMULATION] = "emulation-failure",
    [DEXEC_DEVIRT_INTERNAL] = "internal-error",
    [DEXEC_DEVIRT_ENTRY] = "entry-failure",
    [DEXEC_DEVIRT_SYSCALL] = "kernel-entry-syscall",
    [DEXEC_DEVIRT_EXCEPTION] = "kernel-entry-exception",
    [DEXEC_DEVIRT_SOFTINT] = "kernel-entry-int-n",
    [DEXEC_DEVIRT_INTERRUPT] = "kernel-entry-interrupt",
    [DEXEC_DEVIRT_MODE] = "guest-mode",
    [DEXEC_DEVIRT_EVENT] = "event",
    [DEXEC_DEVIRT_BREAKPOINT] = "breakpoint",
    [DEXEC_DEVIRT_MODE_CHANGE] = "mode-change",
    [DEXEC_DEVIRT_DEBUGGER] = "debugger",
    [DEXEC_DEVIRT_STATE_READ] = "state-read",
};

static const char *const revirt_names[DEXEC_REVIRT__MAX] = {
    [DEXEC_REVIRT_STATE] = "state",
    [DEXEC_REVIRT_HANDBACK] = "handback",
};

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

/* Sees every KVM exit first (no BQL). */
static int dexec_kvm_exit_hook(CPUState *cpu, struct kvm_run *run)
{
    DexecStats *st = &cpu->accel->stats;
    int devirt;

    st->kvm_exits[MIN(run->exit_reason, DEXEC_KVM_EXIT_REASONS - 1)]++;
    devirt = dexec_arch_kvm_exit(cpu, run);
    if (devirt < 0) {
        return 0;
    }
    cpu->accel->devirt = devirt;
    trace_dexec_kvm_devirt(cpu->cpu_index, devirt_names[devirt],
                           run->exit_reason);
    return EXCP_DEXEC_DEVIRT;
}

static void dexec_kvm_memory_init(void)
{
    memory_region_init(&dexec_kvm_root, NULL, "dexec-kvm-memory", UINT64_MAX);
    memory_region_init_alias(&dexec_kvm_ram, NULL, "dexec-kvm-ram",
                             get_system_memory(), 0, UINT64_MAX);
    memory_region_add_subregion_overlap(&dexec_kvm_root, 0, &dexec_kvm_ram,
                                        0);
    address_space_init(&dexec_kvm_as, &dexec_kvm_root, "dexec-kvm");
}

/* Undo dexec_kvm_memory_init(), for a TCG that QEMU falls back to. */
static void dexec_kvm_memory_cleanup(void)
{
    address_space_destroy(&dexec_kvm_as);
    /* until then, the address space's FlatView refers to the regions */
    drain_call_rcu();
    memory_region_del_subregion(&dexec_kvm_root, &dexec_kvm_ram);
    object_unparent(OBJECT(&dexec_kvm_ram));
    object_unparent(OBJECT(&dexec_kvm_root));
}

/*
 * Add the memory slot of dexec's own, for dexec_kvm_flush_mmu(), to the
 * VM @vm_fd of a KVM with @nr_slots_max slots.
 */
static bool dexec_kvm_flush_init(int vm_fd, int nr_slots_max, Error **errp)
{
    static void *page;

    if (!page) {
        page = qemu_memalign(qemu_real_host_page_size(),
                             qemu_real_host_page_size());
        memset(page, 0, qemu_real_host_page_size());
    }
    dexec_kvm_flush_slot = (struct kvm_userspace_memory_region) {
        /* QEMU allocates slots from 0 up */
        .slot = nr_slots_max - 1,
        .guest_phys_addr = DEXEC_KVM_FLUSH_GPA,
        .memory_size = qemu_real_host_page_size(),
        .userspace_addr = (uintptr_t)page,
    };
    if (ioctl(vm_fd, KVM_SET_USER_MEMORY_REGION, &dexec_kvm_flush_slot) < 0) {
        error_setg_errno(errp, errno, "cannot add a memory slot for "
                         "flushing KVM's shadow page tables");
        return false;
    }
    return true;
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

/* Make KVM drop its shadow page tables: delete a memory slot, add it back */
static void dexec_kvm_flush_mmu(void)
{
    struct kvm_userspace_memory_region r = dexec_kvm_flush_slot;

    r.memory_size = 0;
    if (kvm_vm_ioctl(kvm_state, KVM_SET_USER_MEMORY_REGION, &r) < 0 ||
        kvm_vm_ioctl(kvm_state, KVM_SET_USER_MEMORY_REGION,
                     &dexec_kvm_flush_slot) < 0) {
        error_report("dexec: cannot flush KVM's shadow page tables: %s",
                     strerror(errno));
        abort();
    }
}

void dexec_kvm_sync_code(CPUState *cpu)
{
    DexecStats *st = &cpu->accel->stats;
    int64_t start;

    if (!dexec_kvm_ran) {
        return;
    }
    dexec_kvm_ran = false;
    start = get_clock();
    if (dexec_kvm_logs_code) {
        memory_global_dirty_log_sync(false);
    } else {
        tb_flush__exclusive_or_serial();
        st->code_flushes++;
    }
    st->code_syncs++;
    st->code_sync_ns += get_clock() - start;
}

void dexec_kvm_tlb_invalidated(void)
{
    dexec_kvm_mmu_stale = true;
}

void dexec_kvm_set_holes(const hwaddr *pages, int n)
{
    int i;

    assert(n <= DEXEC_KVM_MAX_HOLES);
    if (n == dexec_kvm_nr_holes &&
        !memcmp(pages, dexec_kvm_hole_pages, n * sizeof(*pages))) {
        return;
    }
    trace_dexec_kvm_holes(n);

    memory_region_transaction_begin();
    for (i = 0; i < MAX(n, dexec_kvm_nr_holes); i++) {
        MemoryRegion *hole = &dexec_kvm_holes[i];

        if (!memory_region_size(hole)) {
            /* no ops: never accessed, KVM's MMIO exits use system memory */
            memory_region_init_io(hole, NULL, NULL, NULL, "dexec-kvm-hole",
                                  qemu_target_page_size());
            memory_region_set_enabled(hole, false);
            memory_region_add_subregion_overlap(&dexec_kvm_root, 0, hole, 1);
        }
        if (i < n) {
            memory_region_set_address(hole, pages[i]);
        }
        memory_region_set_enabled(hole, i < n);
        dexec_kvm_hole_pages[i] = i < n ? pages[i] : 0;
    }
    dexec_kvm_nr_holes = n;
    memory_region_transaction_commit();
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
    ks->exit_hook = dexec_kvm_exit_hook;
    dexec_kvm_memory_init();
    ks->memory_as = &dexec_kvm_as;
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
        r = EXCP_DEXEC_DEVIRT;
    } else {
        if (dexec_state->kvm_shadow_paging && dexec_kvm_mmu_stale) {
            int64_t t = get_clock();

            dexec_kvm_flush_mmu();
            st->mmu_flushes++;
            st->mmu_flush_ns += get_clock() - t;
        }
        dexec_kvm_mmu_stale = false;
        r = kvm_cpu_exec(cpu);
    }

    qatomic_set(&dexec_in_kvm, NULL);
    if (deadline) {
        /* a signal left over would cut the next vCPU's slice short */
        dexec_kvm_slice_timer(0);
    }
    dexec_kvm_ran = true;
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
        dexec_kvm_mmu_stale = true;
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

/*
 * Where the monitor thread's time went, by the host kernel's accounting
 * (/proc, in clock ticks): running guest code in KVM_RUN, in the host
 * kernel (KVM's handling of exits, and QEMU's system calls), and in QEMU
 * (TCG, the device models, the monitor).  Exits that KVM completes
 * in the kernel cost host kernel time; those that come to QEMU cost both.
 */
bool dexec_monitor_times(double *guest, double *kernel, double *qemu)
{
    g_autofree char *path = NULL;
    g_autofree char *text = NULL;
    unsigned long long utime, stime, guest_time;
    double tick = sysconf(_SC_CLK_TCK);
    char *p;

    if (!first_cpu || !first_cpu->thread_id) {
        return false;
    }
    path = g_strdup_printf("/proc/self/task/%d/stat", first_cpu->thread_id);
    if (!g_file_get_contents(path, &text, NULL, NULL)) {
        return false;
    }
    p = strrchr(text, ')');
    if (!p ||
        sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu "
               "%*d %*d %*d %*d %*d %*d %*u %*u %*d %*u %*u %*u %*u %*u %*u "
               "%*u %*u %*u %*u %*u %*u %*u %*d %*d %*u %*u %*u %llu",
               &utime, &stime, &guest_time) != 3 || tick <= 0) {
        return false;
    }
    *guest = guest_time / tick;
    *kernel = stime / tick;
    *qemu = (utime - MIN(guest_time, utime)) / tick;
    return true;
}

void dexec_kvm_get_stats(DexecState *s, GString *buf)
{
    double guest, kernel, qemu;

    if (s->probe) {
        g_string_append_printf(buf, "%s\n", s->probe);
    }
    if (dexec_monitor_times(&guest, &kernel, &qemu)) {
        g_string_append_printf(buf, "monitor thread: %.2f s in guest code, "
                               "%.2f s in the host kernel, %.2f s in QEMU\n",
                               guest, kernel, qemu);
    }
    if (s->kvm) {
        g_string_append_printf(buf, "direct execution rate: %.2f "
                               "instructions/ns (calibrated)\n",
                               s->kvm_insns_per_ns);
        if (!dexec_kvm_logs_code) {
            g_string_append(buf, "TCG's code: flushed after KVM ran (KVM "
                            "does not log its writes for TCG)\n");
        } else if (kvm_dirty_ring_enabled()) {
            g_string_append_printf(buf, "KVM's dirty log: a ring of %" PRIu32
                                   " pages per vCPU\n", kvm_dirty_ring_size());
        } else {
            g_string_append(buf, "KVM's dirty log: bitmaps\n");
        }
    }
}

static void dexec_append_counts(GString *buf, const char *title,
                                const uint64_t *counts, int n,
                                const char *const *names)
{
    bool any = false;
    int i;

    for (i = 0; i < n; i++) {
        if (!counts[i]) {
            continue;
        }
        g_string_append_printf(buf, "%s %s=%" PRIu64,
                               any ? "," : title, names[i] ? names[i] : "?",
                               counts[i]);
        any = true;
    }
    if (any) {
        g_string_append_c(buf, '\n');
    }
}

void dexec_kvm_get_vcpu_stats(CPUState *cpu, GString *buf)
{
    DexecStats *st = &cpu->accel->stats;

    dexec_append_counts(buf, "  KVM exits:", st->kvm_exits,
                        DEXEC_KVM_EXIT_REASONS, dexec_kvm_exit_names);
    dexec_append_counts(buf, "  devirtualized:", st->devirt,
                        DEXEC_DEVIRT__MAX, devirt_names);
    dexec_append_counts(buf, "  back to KVM:", st->revirt,
                        DEXEC_REVIRT__MAX, revirt_names);
    if (st->switches_to[DEXEC_ENGINE_TCG] &&
        st->switches_to[DEXEC_ENGINE_KVM]) {
        double n = st->switches_to[DEXEC_ENGINE_TCG] * 1000.0;

        g_string_append_printf(buf, "  switch cost (us): to TCG %.1f "
                               "(reading KVM's state %.1f, TCG's code %.1f), "
                               "to KVM %.1f\n",
                               st->switch_to_ns[DEXEC_ENGINE_TCG] / n,
                               st->get_ns / n, st->dirty_log_ns / n,
                               st->switch_to_ns[DEXEC_ENGINE_KVM] /
                               (st->switches_to[DEXEC_ENGINE_KVM] * 1000.0));
    }
    if (st->code_syncs) {
        g_string_append_printf(buf, "  TCG's code made coherent with KVM's "
                               "writes: %" PRIu64 " times (%" PRIu64
                               " flushes), %.1f us each\n", st->code_syncs,
                               st->code_flushes,
                               st->code_sync_ns / 1000.0 / st->code_syncs);
    }
    dexec_arch_get_vcpu_stats(cpu, buf);
}
