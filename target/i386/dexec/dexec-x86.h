/*
 * dexec: x86 internals
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef TARGET_I386_DEXEC_X86_H
#define TARGET_I386_DEXEC_X86_H

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
 * If TCG left cpu_exec() after a magic instruction, carry it out and
 * return true.  BQL held.
 */
bool dexec_x86_magic_done(CPUState *cs);

/* Keep the guest's TSC and kvmclock still while the VM is stopped. */
void dexec_x86_clock_init(void);

/* dexec-migration.c: snapshots and migration (see target/i386/machine.c) */

/* dexec's subsection of the CPU's state, which TCG checks too */
extern const VMStateDescription vmstate_x86_dexec;

/* Before the CPU's state is saved: have it in TCG's form. */
void dexec_x86_cpu_pre_save(X86CPU *cpu);

/* After the CPU's state was loaded: is it one this CPU can run? */
bool dexec_x86_cpu_post_load(X86CPU *cpu, Error **errp);

#endif /* TARGET_I386_DEXEC_X86_H */
