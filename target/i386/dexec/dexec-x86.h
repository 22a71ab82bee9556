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
    /* CPUID[7].EBX at CPL 3 where KVM was given no CPUID: 0 if it exits */
    uint32_t user_cpuid_7_ebx;
} DexecX86Probe;

bool dexec_x86_probe(KVMState *s, DexecX86Probe *p, Error **errp);

#endif /* TARGET_I386_DEXEC_X86_H */
