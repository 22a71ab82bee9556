/*
 * dexec: when KVM's shadow page tables are stale
 *
 * Where KVM shadows the guest's page tables in software (kvm_pvm, or
 * hardware without EPT/NPT), it write-protects them to see the guest
 * change them; TCG writes them behind its back.  Flushing KVM's shadow
 * page tables before every entry into KVM after TCG ran is correct, but
 * the flush and the rebuild that follows cost more than the engine
 * switches themselves, and most of the time TCG (the guest kernel
 * handling a system call or a timer interrupt) changed no page table.
 *
 * So dexec keeps a copy of every page table page that KVM may shadow:
 * those reachable from each top-level table (CR3) that a vCPU entered KVM
 * with since the last flush.  Before an entry into KVM after TCG ran,
 * the copies are compared with guest memory, ignoring the accessed bits
 * (which KVM and TCG both set as they walk the tables, and which change
 * no translation): KVM's shadow page tables are flushed only if an entry
 * changed.  Any other change counts, a new mapping too: this does not
 * rely on how a KVM treats entries that were not present.  So does the
 * dirty bit: KVM maps a page writable only once the guest's entry says
 * dirty, and a kernel that cleans an entry (MADV_FREE) must see the next
 * write set the bit again.  As KVM sets dirty bits while user code runs,
 * the copies are taken again when the vCPU leaves KVM.  A kernel that
 * clears an accessed bit (page aging) may not see it set again by user
 * code in KVM, which only makes the page look idle.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "qemu/rcu.h"
#include "exec/target_page.h"
#include "system/memory.h"
#include "system/address-spaces.h"
#include "system/dexec_int.h"
#include "system/kvm_int.h"
#include "dexec-x86.h"

#define PT_ENTRIES      512
#define PT_ADDR_MASK    MAKE_64BIT_MASK(TARGET_PAGE_BITS, 52 - TARGET_PAGE_BITS)
#define PT_IGNORED      PG_ACCESSED_MASK

/* Beyond this many page table pages, flush instead of comparing */
#define DEXEC_MMU_MAX_PAGES     2048

typedef struct DexecPTPage {
    hwaddr gpa;
    uint64_t pte[PT_ENTRIES];
} DexecPTPage;

typedef struct DexecMMU {
    /* the copies cover every table KVM may shadow */
    bool valid;
    GPtrArray *pages;           /* DexecPTPage, the copies */
    GHashTable *tracked;        /* gpa of every page in pages */
    GHashTable *roots;          /* top-level tables walked, | 1 if LA57 */
} DexecMMU;

static DexecMMU dexec_mmu;

/* The page table page at @gpa, if it is RAM; call with the RCU lock held */
static const uint64_t *dexec_mmu_map(hwaddr gpa)
{
    MemoryRegion *mr;
    hwaddr xlat, len = TARGET_PAGE_SIZE;

    mr = address_space_translate(&address_space_memory, gpa, &xlat, &len,
                                 false, MEMTXATTRS_UNSPECIFIED);
    if (!memory_region_is_ram(mr) || len < TARGET_PAGE_SIZE) {
        return NULL;
    }
    return qemu_map_ram_ptr(mr->ram_block, xlat);
}

/* Copy the table at @gpa, of paging level @level, and those below it. */
static void dexec_mmu_walk(hwaddr gpa, int level)
{
    const uint64_t *table = dexec_mmu_map(gpa);
    DexecPTPage *p;
    int i;

    if (!table || g_hash_table_contains(dexec_mmu.tracked, &gpa)) {
        return;
    }
    p = g_new(DexecPTPage, 1);
    p->gpa = gpa;
    memcpy(p->pte, table, sizeof(p->pte));
    g_ptr_array_add(dexec_mmu.pages, p);
    g_hash_table_add(dexec_mmu.tracked, &p->gpa);
    if (level == 1) {
        return;
    }
    for (i = 0; i < PT_ENTRIES; i++) {
        uint64_t pte = le64_to_cpu(p->pte[i]);

        /* a large page at levels 2 and 3 maps memory, not a table */
        if ((pte & PG_PRESENT_MASK) &&
            !(level <= 3 && (pte & PG_PSE_MASK))) {
            dexec_mmu_walk(pte & PT_ADDR_MASK, level - 1);
        }
    }
}

/* Did an entry of a copied table change, accessed bits aside? */
static bool dexec_mmu_changed(void)
{
    int i, j;

    for (i = 0; i < dexec_mmu.pages->len; i++) {
        DexecPTPage *p = g_ptr_array_index(dexec_mmu.pages, i);
        const uint64_t *table = dexec_mmu_map(p->gpa);
        uint64_t diff = 0;

        if (!table) {
            return true;
        }
        for (j = 0; j < PT_ENTRIES; j++) {
            diff |= table[j] ^ p->pte[j];
        }
        if (diff & ~cpu_to_le64(PT_IGNORED)) {
            return true;
        }
    }
    return false;
}

static void dexec_mmu_reset(void)
{
    if (!dexec_mmu.pages) {
        dexec_mmu.pages = g_ptr_array_new_with_free_func(g_free);
        dexec_mmu.tracked = g_hash_table_new(g_int64_hash, g_int64_equal);
        dexec_mmu.roots = g_hash_table_new_full(g_int64_hash, g_int64_equal,
                                                g_free, NULL);
    }
    g_hash_table_remove_all(dexec_mmu.tracked);
    g_hash_table_remove_all(dexec_mmu.roots);
    g_ptr_array_set_size(dexec_mmu.pages, 0);
    dexec_mmu.valid = true;
}

bool dexec_arch_kvm_mmu_stale(CPUState *cs, bool tcg_ran)
{
    CPUX86State *env = cpu_env(cs);
    bool la57 = env->cr[4] & CR4_LA57_MASK;
    hwaddr root = env->cr[3] & PT_ADDR_MASK;
    uint64_t key = root | la57;
    bool stale = false;

    if (!(env->hflags & HF_LMA_MASK) || !(env->cr[0] & CR0_PG_MASK)) {
        /*
         * Not tracked (the user policy enters KVM in long mode only):
         * flush whenever TCG ran, and at the next entry in long mode.
         */
        dexec_mmu.valid = false;
        return tcg_ran;
    }

    RCU_READ_LOCK_GUARD();
    if (!dexec_mmu.valid || (tcg_ran && dexec_mmu_changed()) ||
        dexec_mmu.pages->len > DEXEC_MMU_MAX_PAGES) {
        dexec_mmu_reset();
        stale = true;
    }
    if (!g_hash_table_contains(dexec_mmu.roots, &key)) {
        g_hash_table_add(dexec_mmu.roots, g_memdup2(&key, sizeof(key)));
        dexec_mmu_walk(root, la57 ? 5 : 4);
    }
    return stale;
}

/*
 * The vCPU left KVM, which may have set dirty bits in the tables: copy
 * them again, for dexec_arch_kvm_mmu_stale() to see the guest kernel
 * clean an entry.  BQL held.
 */
void dexec_x86_kvm_mmu_left(void)
{
    int i;

    if (!dexec_mmu.valid) {
        return;
    }
    RCU_READ_LOCK_GUARD();
    for (i = 0; i < dexec_mmu.pages->len; i++) {
        DexecPTPage *p = g_ptr_array_index(dexec_mmu.pages, i);
        const uint64_t *table = dexec_mmu_map(p->gpa);

        if (!table) {
            /* not RAM any more: have the next check flush */
            dexec_mmu.valid = false;
            return;
        }
        memcpy(p->pte, table, sizeof(p->pte));
    }
}
