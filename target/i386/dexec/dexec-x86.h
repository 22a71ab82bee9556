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

#endif /* TARGET_I386_DEXEC_X86_H */
