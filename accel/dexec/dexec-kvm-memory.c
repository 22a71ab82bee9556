/*
 * dexec: what KVM maps, and keeping it coherent with TCG
 *
 * KVM maps guest memory through an address space of dexec's own, with
 * holes that the target punches (dexec_kvm_set_holes()) to make KVM stop
 * where it must not run.  Both engines write guest memory: TCG's
 * translated code must not outlive KVM's writes to it
 * (dexec_kvm_sync_code()), and KVM's shadow page tables, where it has
 * them, must not outlive the guest's invalidations made in TCG
 * (dexec_kvm_tlb_invalidated()).
 * Creating the KVMState and running vCPUs in it is dexec-kvm.c's.
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
#include "qemu/memalign.h"
#include "qemu/rcu.h"
#include "qemu/timer.h"
#include "exec/target_page.h"
#include "exec/tb-flush.h"
#include "system/memory.h"
#include "system/address-spaces.h"
#include "hw/core/cpu.h"
#include "system/kvm.h"
#include "system/kvm_int.h"
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
bool dexec_kvm_logs_code;
/* some vCPU ran in KVM since TCG's code was last made coherent */
static bool dexec_kvm_ran;

AddressSpace *dexec_kvm_memory_init(void)
{
    memory_region_init(&dexec_kvm_root, NULL, "dexec-kvm-memory", UINT64_MAX);
    memory_region_init_alias(&dexec_kvm_ram, NULL, "dexec-kvm-ram",
                             get_system_memory(), 0, UINT64_MAX);
    memory_region_add_subregion_overlap(&dexec_kvm_root, 0, &dexec_kvm_ram,
                                        0);
    address_space_init(&dexec_kvm_as, &dexec_kvm_root, "dexec-kvm");
    return &dexec_kvm_as;
}

/* Undo dexec_kvm_memory_init(), for a TCG that QEMU falls back to. */
void dexec_kvm_memory_cleanup(void)
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
bool dexec_kvm_flush_init(int vm_fd, int nr_slots_max, Error **errp)
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

/* @cpu is about to enter KVM: flush KVM's shadow page tables if stale. */
void dexec_kvm_memory_enter(CPUState *cpu)
{
    DexecStats *st = &cpu->accel->stats;

    if (dexec_state->kvm_shadow_paging && dexec_kvm_mmu_stale) {
        int64_t t = get_clock();

        dexec_kvm_flush_mmu();
        st->mmu_flushes++;
        st->mmu_flush_ns += get_clock() - t;
    }
    dexec_kvm_mmu_stale = false;
}

/* A vCPU left KVM, which may have written guest memory. */
void dexec_kvm_memory_exit(void)
{
    dexec_kvm_ran = true;
}
