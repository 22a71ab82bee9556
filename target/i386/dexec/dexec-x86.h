/*
 * dexec: x86 internals
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TARGET_I386_DEXEC_X86_H
#define TARGET_I386_DEXEC_X86_H

#include "qemu/timer.h"
#include "system/dexec_int.h"

typedef struct DexecX86Probe {
    double cpl3_ns;     /* ns per iteration of a 2-instruction loop */
    double cpl0_ns;
    bool tsc_offset;    /* KVM applies the TSC offset to RDTSC at CPL 3 */
    /* XCR0 as user code reads it natively; 0 where KVM virtualizes it */
    uint64_t user_xcr0;
    /* user code reads the host's CPUID natively */
    bool user_cpuid;
    /* KVM's shadow page tables miss page table writes made outside KVM */
    bool shadow_paging;
} DexecX86Probe;

/* Measure the host's KVM in scratch VMs of @kvm_fd (/dev/kvm). */
bool dexec_x86_probe(int kvm_fd, DexecX86Probe *p, Error **errp);

/* dexec-roi.c: the guest's magic instruction */

/* Have KVM stop at INT3, where the guest's magic instructions are on. */
void dexec_x86_roi_init_vcpu(CPUState *cs);

/* The function of the magic instruction at linear address @pc, or 0. */
int dexec_x86_magic_at(CPUState *cs, target_ulong pc);

/*
 * TCG left cpu_exec() after a magic instruction (EXCP_ACCEL_CALL): carry
 * it out.  BQL held.
 */
void dexec_x86_magic_done(CPUState *cs);

/* Keep the guest's TSC and kvmclock still while the VM is stopped. */
void dexec_x86_clock_init(void);

/* dexec-migration.c: snapshots and migration (see target/i386/machine.c) */

/* dexec's subsection of the CPU's state, which TCG checks too */
extern const VMStateDescription vmstate_x86_dexec;

/* After the CPU's state was loaded: is it one this CPU can run? */
bool dexec_x86_cpu_post_load(X86CPU *cpu, Error **errp);

/* dexec-cpu.c: the x86 vCPU under dexec */

/* What user code reads natively of the host: XCR0 (or 0), CPUID */
extern uint64_t dexec_x86_user_xcr0;
extern bool dexec_x86_user_cpuid;

/* Shape the CPU model for KVM beside TCG (X86HybridFeatures) */
void dexec_x86_cpu_model_init(void);

typedef struct DexecX86Process DexecX86Process;

/*
 * What a runtime-level put to KVM leaves out and TCG may have changed:
 * the MTRRs, the feature control MSR and kvmclock's MSRs.  Compared
 * with what KVM was last given, to write it only when the guest changed
 * it.
 */
typedef struct DexecX86ResetState {
    uint64_t mtrr_fixed[11];
    uint64_t mtrr_deftype;
    MTRRVar mtrr_var[MSR_MTRRcap_VCNT];
    uint64_t feature_control;
    uint64_t system_time_msr;
    uint64_t wall_clock_msr;
} DexecX86ResetState;

/* What TCG's TLB and jump cache depend on, beyond the page tables */
typedef struct DexecX86Paging {
    target_ulong cr0, cr3, cr4;
    uint64_t efer;
    uint32_t pkru;
} DexecX86Paging;

/* dexec's x86 state of a vCPU (AccelCPUState.arch) */
typedef struct DexecX86VCPU {
    /* what KVM was last given at reset level, if valid */
    DexecX86ResetState kvm_reset;
    bool kvm_reset_valid;
    /* CR2 when the vCPU last entered KVM */
    uint64_t kvm_entry_cr2;
    /* ... and what TCG's TLB depended on when it left TCG */
    DexecX86Paging tcg_paging;
    /* XCR0 and debug registers as KVM has them, if valid */
    uint64_t kvm_xcr0;
    target_ulong kvm_dr[8];
    bool kvm_xdr_valid;
    /* adaptive policy: the process that entered KVM last, and when */
    DexecX86Process *proc;
    uint64_t proc_key;
    int64_t kvm_entered;
    /* ... the end of a wait of user code in TCG, and its timer */
    int64_t tcg_until;
    QEMUTimer *wait_timer;
    /*
     * ... and whether TCG is to leave cpu_exec() at a return to user mode
     * (dexec_arch_hwaccel_wanted()): at any, or (during a process's
     * wait) only at one to another address space than user_cr3
     */
    bool exit_to_user;
    bool exit_to_other_user;
    uint64_t user_cr3;
    /*
     * In mode simulate, KVM runs an instruction that TCG does not decode
     * (hand-back), and the user code after it, as under the user policy,
     * until the vCPU leaves KVM.
     */
    bool handback_stay;
    /* TCG handed an instruction back to KVM (CPU_HWACCEL_EXIT_INSN) */
    bool handed_back;
    /* the start of the VM whose TSC offset KVM has */
    unsigned tsc_generation;
} DexecX86VCPU;

static inline DexecX86VCPU *dexec_x86_vcpu(CPUState *cs)
{
    return cs->accel->arch;
}

/* dexec-state.c: the vCPU's state in either engine, the guest's TSC */

/* the guest's TSC is the host's (see dexec_arch_get_ticks()) */
extern bool dexec_tsc_host;
/* the start of the VM, counted (see DexecX86VCPU.tsc_generation) */
extern unsigned dexec_tsc_generation;

void dexec_x86_set_tsc_offset(CPUState *cs);
void dexec_x86_paging(CPUX86State *env, DexecX86Paging *p);
void dexec_x86_switch(CPUState *cs, DexecEngine to);

/* dexec-entry.c: kernel entries under the user policy */

/*
 * The guest kernel's entry points, for the user policy: the IDT's gates,
 * SYSCALL's LSTAR and CSTAR, SYSENTER's EIP.  Their pages are left out of
 * KVM's memory map, so that a kernel entry from user mode (system call,
 * exception, interrupt) ends KVM_RUN at the first instruction of the
 * handler, instead of running the kernel in KVM (emulated in software on
 * hosts that cannot run it natively).
 */
typedef struct DexecX86Entries {
    uint64_t idt[512];          /* the IDT they were computed from */
    uint64_t idt_base;
    uint32_t idt_limit;
    uint64_t lstar, cstar, sysenter_eip;
    uint64_t vector_eip[256];   /* handler of each vector, 0 if none */
    hwaddr pages[DEXEC_KVM_MAX_HOLES];
    int nr_pages;
    bool all_pages;             /* pages has every entry point's page */
    bool valid;
} DexecX86Entries;

extern DexecX86Entries dexec_entries;

bool dexec_x86_update_entries(CPUState *cs);
bool dexec_x86_at_kernel_entry(CPUState *cs);
int dexec_x86_kernel_entry(CPUState *cs, int devirt);
void dexec_x86_drop_entries(void);

/* dexec-adapt.c: the adaptive user policy */

void dexec_x86_adapt(CPUState *cs);
void dexec_x86_wait_over(void *opaque);
bool dexec_x86_tcg_waits(CPUState *cs, DexecX86Process **pp, uint64_t *key);
void dexec_x86_forget_processes(void);

/* dexec-policy.c: which engine runs the vCPU */

bool dexec_x86_user_policy(CPUState *cs);

#endif /* TARGET_I386_DEXEC_X86_H */
