/*
 * dexec: the guest kernel's entries under the user policy (x86)
 *
 * Under the user policy KVM runs only user code: the pages of the kernel's
 * entry points are left out of KVM's memory map, so that an entry ends
 * KVM_RUN at its first instruction.  This file finds those pages, says
 * which kind of entry ended a stay in KVM, and puts right the entries
 * that a software KVM (kvm_pvm) gets wrong.  The memory map itself is
 * accel/dexec's (dexec_kvm_set_holes()).
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "qemu/error-report.h"
#include "exec/target_page.h"
#include "system/memory.h"
#include "system/dexec_int.h"
#include "tcg/helper-tcg.h"
#include "dexec-x86.h"
#include "trace.h"

DexecX86Entries dexec_entries;

static void dexec_x86_add_entry_page(CPUState *cs, DexecX86Entries *e,
                                     uint64_t eip)
{
    MemTxAttrs attrs;
    hwaddr gpa;
    int i;

    if (!eip) {
        return;
    }
    gpa = cpu_get_phys_page_attrs_debug(cs, eip & TARGET_PAGE_MASK, &attrs);
    if (gpa == -1) {
        return;
    }
    for (i = 0; i < e->nr_pages && e->pages[i] != gpa; i++) {
        continue;
    }
    if (i == e->nr_pages) {
        if (i < ARRAY_SIZE(e->pages)) {
            e->pages[e->nr_pages++] = gpa;
        } else {
            e->all_pages = false;
        }
    }
}

static int dexec_x86_cmp_hwaddr(const void *a, const void *b)
{
    hwaddr x = *(const hwaddr *)a, y = *(const hwaddr *)b;

    return x < y ? -1 : x > y;
}

/*
 * Recompute the entry pages if the kernel changed its entry points, and
 * leave them out of KVM's memory map.  False if they are more than KVM's
 * map can leave out: kernel code could then run in KVM.
 */
bool dexec_x86_update_entries(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Entries *e = &dexec_entries;
    uint64_t idt[512] = { 0 };
    uint32_t size = MIN(env->idt.limit + 1, sizeof(idt));
    int v;

    if (cpu_memory_rw_debug(cs, env->idt.base, idt, size, false)) {
        memset(idt, 0, sizeof(idt));
    }
    if (e->valid && e->idt_base == env->idt.base &&
        e->idt_limit == env->idt.limit && e->lstar == env->lstar &&
        e->cstar == env->cstar && e->sysenter_eip == env->sysenter_eip &&
        !memcmp(e->idt, idt, sizeof(idt))) {
        return e->all_pages;
    }

    memcpy(e->idt, idt, sizeof(idt));
    e->idt_base = env->idt.base;
    e->idt_limit = env->idt.limit;
    e->lstar = env->lstar;
    e->cstar = env->cstar;
    e->sysenter_eip = env->sysenter_eip;
    e->nr_pages = 0;
    e->all_pages = true;
    for (v = 0; v < 256; v++) {
        uint64_t lo = le64_to_cpu(idt[v * 2]), hi = le64_to_cpu(idt[v * 2 + 1]);

        e->vector_eip[v] = 0;
        if (lo & (1ULL << 47)) {            /* present */
            e->vector_eip[v] = (lo & 0xffff) | ((lo >> 32) & 0xffff0000) |
                               (hi << 32);
            dexec_x86_add_entry_page(cs, e, e->vector_eip[v]);
        }
    }
    dexec_x86_add_entry_page(cs, e, e->lstar);
    dexec_x86_add_entry_page(cs, e, e->cstar);
    dexec_x86_add_entry_page(cs, e, e->sysenter_eip);
    qsort(e->pages, e->nr_pages, sizeof(e->pages[0]), dexec_x86_cmp_hwaddr);
    e->valid = true;
    trace_dexec_x86_entries(e->nr_pages, e->all_pages);
    if (!e->all_pages) {
        warn_report_once("dexec: the guest kernel's entry points are on "
                         "more than %d pages, which the user policy cannot "
                         "all leave out of KVM: user code runs in TCG while "
                         "they are", DEXEC_KVM_MAX_HOLES);
        return false;
    }
    dexec_kvm_set_holes(e->pages, e->nr_pages);
    return true;
}

/* Under the user policy: is the vCPU at one of the kernel's entry points? */
bool dexec_x86_at_kernel_entry(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Entries *e = &dexec_entries;
    int v;

    if (!dexec_x86_user_policy(cs) || !e->valid) {
        return false;
    }
    for (v = 0; v < 256; v++) {
        if (e->vector_eip[v] == env->eip) {
            return true;
        }
    }
    return env->eip == e->lstar || env->eip == e->cstar ||
           env->eip == e->sysenter_eip;
}

/* Load segment register @seg from its descriptor, as IRET would. */
static bool dexec_x86_load_seg(CPUX86State *env, int seg, uint32_t sel)
{
    target_ulong base;
    unsigned int limit, flags;

    if (!(sel & ~3) || !cpu_x86_get_descr_debug(env, sel, &base, &limit,
                                                &flags)) {
        return false;
    }
    cpu_x86_load_seg_cache(env, seg, sel, base, limit, flags);
    return true;
}

/*
 * Kernel entries that some software KVMs (kvm_pvm) get wrong, and that
 * dexec puts right before TCG runs the kernel, or that TCG must execute
 * in user mode.  The vCPU is at the handler of exception @vector,
 * delivered from user mode:
 *
 * - a page fault at LSTAR: SYSCALL, which KVM delivered without loading
 *   the kernel's CS and SS, so that fetching the kernel's first
 *   instruction at CPL 3 faulted.  Undo the page fault (and its CR2):
 *   the vCPU is then at LSTAR at CPL 3, and dexec_x86_kernel_entry()
 *   completes the SYSCALL.
 * - #UD on INT n (n != 3), which KVM raises instead of the interrupt.
 *   Undo the #UD: TCG then executes the INT n.
 * - #BP after the INT3 of a magic instruction, or #GP at it (a #BP gate
 *   of DPL 0): undo the exception, for TCG to execute the instruction.
 *
 * Undoing an exception restores the user state from its frame, which
 * stays below the kernel's stack pointer, unused.  Returns the
 * DexecDevirt of the entry it put right, or -1.
 */
static int dexec_x86_fix_entry(CPUState *cs, int vector)
{
    CPUX86State *env = cpu_env(cs);
    uint64_t f[6];              /* [error code,] RIP, CS, RFLAGS, RSP, SS */
    uint64_t rip;
    uint8_t insn;
    int i, devirt;

    if (vector == EXCP0E_PAGE && env->cr[2] == env->lstar) {
        devirt = DEXEC_DEVIRT_SYSCALL;
    } else if (vector == EXCP06_ILLOP) {
        devirt = DEXEC_DEVIRT_SOFTINT;
    } else if (vector == EXCP03_INT3 || vector == EXCP0D_GPF) {
        devirt = DEXEC_DEVIRT_BREAKPOINT;
    } else {
        return -1;
    }
    if (cpu_memory_rw_debug(cs, env->regs[R_ESP], f, sizeof(f), false)) {
        return -1;
    }
    for (i = 0; i < ARRAY_SIZE(f); i++) {
        f[i] = le64_to_cpu(f[i]);
    }
    i = vector == EXCP0E_PAGE || vector == EXCP0D_GPF; /* error code */
    /* where the user code resumes: at the instruction */
    rip = vector == EXCP03_INT3 ? f[i] - 1 : f[i];
    switch (devirt) {
    case DEXEC_DEVIRT_SYSCALL:
        if (rip != env->lstar) {
            return -1;
        }
        break;
    case DEXEC_DEVIRT_SOFTINT:
        if (cpu_memory_rw_debug(cs, rip, &insn, 1, false) || insn != 0xcd) {
            return -1;
        }
        break;
    default:
        /* a #GP for INT3 at a gate of DPL 0 has error code IDT | 3 << 3 */
        if ((vector == EXCP0D_GPF && f[0] != (EXCP03_INT3 << 3 | 2)) ||
            !dexec_x86_magic_at(cs, rip)) {
            return -1;
        }
        break;
    }
    if ((f[i + 1] & 3) != 3 ||
        !dexec_x86_load_seg(env, R_SS, f[i + 4]) ||
        !dexec_x86_load_seg(env, R_CS, f[i + 1])) {
        return -1;
    }
    env->eip = rip;
    cpu_load_eflags(env, f[i + 2], ~0);
    env->regs[R_ESP] = f[i + 3];
    if (devirt == DEXEC_DEVIRT_SYSCALL) {
        env->cr[2] = dexec_x86_vcpu(cs)->kvm_entry_cr2;
    }
    return devirt;
}

/*
 * KVM_RUN ended (an interrupt, a kick) after KVM raised one of the
 * exceptions that dexec_x86_fix_entry() undoes, but before it delivered
 * it, so that it waits for TCG to deliver (dexec_x86_take_events()):
 * drop it, too.  A page fault at LSTAR from user mode is the SYSCALL,
 * which dexec_x86_kernel_entry() then completes; a #UD at "int n"
 * (never raised natively) is for TCG to execute the instruction, and so
 * are a #BP or #GP at a magic instruction.
 */
static void dexec_x86_fix_pending(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    uint8_t insn[2];

    if ((env->hflags & HF_CPL_MASK) != 3) {
        return;
    }
    if (cs->exception_index == EXCP0E_PAGE && env->eip == env->lstar &&
        env->cr[2] == env->lstar) {
        cs->exception_index = -1;
        env->cr[2] = dexec_x86_vcpu(cs)->kvm_entry_cr2;
    } else if (cs->exception_index == EXCP06_ILLOP &&
               !cpu_memory_rw_debug(cs, env->eip, insn, 2, false) &&
               insn[0] == 0xcd && insn[1] != 3) {
        cs->exception_index = -1;
    } else if (cs->exception_index == EXCP03_INT3 &&
               dexec_x86_magic_at(cs, env->eip - 1)) {
        /* a trap: RIP is past the INT3 of a magic instruction */
        cs->exception_index = -1;
        env->eip--;
    } else if (cs->exception_index == EXCP0D_GPF &&
               env->error_code == (EXCP03_INT3 << 3 | 2) &&
               dexec_x86_magic_at(cs, env->eip)) {
        cs->exception_index = -1;
    }
}

/*
 * The vCPU left KVM at a kernel entry point under the user policy: say
 * which kind of entry it was, and complete a SYSCALL that a software
 * KVM delivered without loading the kernel's CS and SS.
 */
int dexec_x86_kernel_entry(CPUState *cs, int devirt)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Entries *e = &dexec_entries;
    uint64_t frame_rip;
    uint8_t insn[2];
    int v;

    if (!e->valid) {
        return devirt;
    }
    dexec_x86_fix_pending(cs);
    for (v = 0; v < 256 && e->vector_eip[v] != env->eip; v++) {
        continue;
    }
    if (v < 32) {
        int fixed = dexec_x86_fix_entry(cs, v);

        if (fixed == DEXEC_DEVIRT_SOFTINT || fixed == DEXEC_DEVIRT_BREAKPOINT) {
            return fixed;
        }
    }
    if (env->eip == e->lstar || env->eip == e->cstar ||
        env->eip == e->sysenter_eip) {
        if (env->eip == e->lstar && (env->hflags & HF_CPL_MASK) == 3) {
            uint32_t sel = (env->star >> 32) & 0xffff;

            cpu_x86_load_seg_cache(env, R_CS, sel & 0xfffc, 0, 0xffffffff,
                                   DESC_G_MASK | DESC_P_MASK | DESC_S_MASK |
                                   DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                                   DESC_L_MASK);
            cpu_x86_load_seg_cache(env, R_SS, (sel + 8) & 0xfffc, 0,
                                   0xffffffff,
                                   DESC_G_MASK | DESC_B_MASK | DESC_P_MASK |
                                   DESC_S_MASK | DESC_W_MASK | DESC_A_MASK);
            cpu_load_eflags(env, env->regs[R_R11] & ~(env->fmask | RF_MASK),
                            ~0);
        }
        return DEXEC_DEVIRT_SYSCALL;
    }
    if (v == 256) {
        return devirt;
    }
    if (v < 32) {
        return DEXEC_DEVIRT_EXCEPTION;
    }
    /* "int n" if the instruction before the interrupted one is cd <v> */
    if (!cpu_memory_rw_debug(cs, env->regs[R_ESP], &frame_rip, 8, false) &&
        !cpu_memory_rw_debug(cs, le64_to_cpu(frame_rip) - 2, insn, 2,
                             false) &&
        insn[0] == 0xcd && insn[1] == v) {
        return DEXEC_DEVIRT_SOFTINT;
    }
    return DEXEC_DEVIRT_INTERRUPT;
}

/*
 * Put the kernel's entry points back into KVM's memory map once no vCPU
 * runs under the user policy (modes changed at run time).
 */
void dexec_x86_drop_entries(void)
{
    CPUState *cpu;

    if (!dexec_entries.valid) {
        return;
    }
    CPU_FOREACH(cpu) {
        if (dexec_x86_user_policy(cpu)) {
            return;
        }
    }
    dexec_entries.valid = false;
    dexec_kvm_set_holes(dexec_entries.pages, 0);
}
