/*
 * dexec: direct execution monitor, internal interfaces
 *
 * Shared by the generic monitor (accel/dexec) and the target code that
 * moves vCPU state between KVM and TCG (target/i386/dexec).
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef SYSTEM_DEXEC_INT_H
#define SYSTEM_DEXEC_INT_H

#include "qapi/qapi-types-accelerator.h"
#include "accel/tcg/tcg-accel.h"
#include "system/dexec.h"

#define TYPE_DEXEC_ACCEL ACCEL_CLASS_NAME("dexec")
typedef struct DexecState DexecState;
DECLARE_INSTANCE_CHECKER(DexecState, DEXEC_STATE, TYPE_DEXEC_ACCEL)

/* Where a vCPU runs, and where its architectural state lives. */
typedef enum DexecEngine {
    DEXEC_ENGINE_TCG,
    DEXEC_ENGINE_KVM,
    DEXEC_ENGINE__MAX,
} DexecEngine;

/* Why a vCPU went from KVM to TCG (a devirtualized event). */
typedef enum DexecDevirt {
    DEXEC_DEVIRT_EMULATION,     /* KVM could not emulate an instruction */
    DEXEC_DEVIRT_INTERNAL,      /* other KVM internal error */
    DEXEC_DEVIRT_ENTRY,         /* KVM refused the guest state on entry */
    DEXEC_DEVIRT_SYSCALL,       /* kernel entry: syscall/sysenter */
    DEXEC_DEVIRT_EXCEPTION,     /* kernel entry: exception */
    DEXEC_DEVIRT_SOFTINT,       /* kernel entry: int n */
    DEXEC_DEVIRT_INTERRUPT,     /* kernel entry: external interrupt */
    DEXEC_DEVIRT_MODE,          /* a mode the policy keeps out of KVM */
    DEXEC_DEVIRT_EVENT,         /* INIT, SIPI, SMI, NMI or interrupt */
    DEXEC_DEVIRT__MAX,
} DexecDevirt;

/* Why a vCPU went from TCG back to KVM. */
typedef enum DexecRevirt {
    DEXEC_REVIRT_STATE,         /* the state is one that KVM can run */
    DEXEC_REVIRT_HANDBACK,      /* an instruction that TCG cannot run */
    DEXEC_REVIRT__MAX,
} DexecRevirt;

#define DEXEC_KVM_EXIT_REASONS 64

typedef struct DexecStats {
    uint64_t ns[DEXEC_ENGINE__MAX];     /* time spent in each engine */
    uint64_t insns[DEXEC_ENGINE__MAX];  /* exact in TCG, estimated in KVM */
    uint64_t slices[DEXEC_ENGINE__MAX];
    uint64_t switches;                  /* engine switches, both ways */
    uint64_t switch_ns;                 /* time spent moving state */
    uint64_t quota_ends;
    uint64_t kvm_exits[DEXEC_KVM_EXIT_REASONS];
    uint64_t devirt[DEXEC_DEVIRT__MAX];
    uint64_t revirt[DEXEC_REVIRT__MAX];
} DexecStats;

struct AccelCPUState {
    DexecEngine engine;         /* where the state lives now */
    DexecStats stats;
};

struct DexecState {
    TCGState parent_obj;

    /* properties */
    uint64_t quota;             /* instructions per slice and vCPU */
    DexecPolicy policy;         /* as requested */

    /* set up by init_machine */
    DexecPolicy effective_policy;
    int64_t kvm_insns_per_us;   /* calibrated rate of direct execution */
};

extern DexecState *dexec_state;

/* target hooks (target/<arch>/dexec) */

/*
 * Pick the engine that runs @cpu next, moving its state there if it has
 * to change engines.
 */
DexecEngine dexec_arch_choose_engine(CPUState *cpu);

/* @cpu left TCG with cpu_exec() result @r; return what the loop sees. */
int dexec_arch_tcg_exit(CPUState *cpu, int r);

#endif /* SYSTEM_DEXEC_INT_H */
