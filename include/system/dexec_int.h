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
#include "exec/cpu-common.h"

struct kvm_run;

#define TYPE_DEXEC_ACCEL ACCEL_CLASS_NAME("dexec")
typedef struct DexecState DexecState;
DECLARE_INSTANCE_CHECKER(DexecState, DEXEC_STATE, TYPE_DEXEC_ACCEL)

/*
 * Where a vCPU runs, and where its architectural state lives, is a
 * DexecEngine (QAPI): DEXEC_ENGINE_TCG or DEXEC_ENGINE_KVM.
 *
 *
 * Why a vCPU went from KVM to TCG (a devirtualized event); in the order of
 * QAPI's DexecDevirtReason, which names them.
 */
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
    DEXEC_DEVIRT_BREAKPOINT,    /* int3, which TCG executes */
    DEXEC_DEVIRT_MODE_CHANGE,   /* the vCPU's DexecMode changed */
    DEXEC_DEVIRT_DEBUGGER,      /* a debugger's breakpoints or single-step */
    DEXEC_DEVIRT_STATE_READ,    /* the monitor, gdb or a snapshot read it */
    DEXEC_DEVIRT__MAX,
} DexecDevirt;

/* Why a vCPU went from TCG back to KVM. */
typedef enum DexecRevirt {
    DEXEC_REVIRT_STATE,         /* the state is one that KVM can run */
    DEXEC_REVIRT_HANDBACK,      /* an instruction that TCG cannot run */
    DEXEC_REVIRT__MAX,
} DexecRevirt;

typedef struct DexecStats {
    uint64_t ns[DEXEC_ENGINE__MAX];     /* time spent in each engine */
    uint64_t insns[DEXEC_ENGINE__MAX];  /* exact in TCG, estimated in KVM */
    uint64_t runs[DEXEC_ENGINE__MAX];   /* entries into the engine */
    bool tcg_uncounted;                 /* TCG ran without counting */
    /* engine switches, and time spent moving state: [engine moved to] */
    uint64_t switches_to[DEXEC_ENGINE__MAX];
    uint64_t switch_to_ns[DEXEC_ENGINE__MAX];
    uint64_t get_ns;                    /* of which reading KVM's state */
    uint64_t dirty_log_ns;              /* ... making TCG's code coherent */
    /* TCG's code made coherent with what KVM wrote, and how often by flush */
    uint64_t code_syncs;
    uint64_t code_flushes;
    uint64_t code_sync_ns;
    uint64_t tcg_tlb_kept;              /* switches to TCG keeping its TLB */
    uint64_t quota_ends;
    uint64_t yields_to;                 /* slices given by a directed yield */
    uint64_t mmu_flushes;               /* of KVM's shadow page tables */
    uint64_t mmu_flush_ns;
    uint64_t devirt[DEXEC_DEVIRT__MAX];
    uint64_t revirt[DEXEC_REVIRT__MAX];
    uint64_t tcg_waits;                 /* adaptive: user code kept in TCG */
    uint64_t tcg_wait_ns;
    uint64_t tcg_start_waits;           /* of which for a new process */
    uint64_t puts[4];                   /* state puts to KVM, by level */
    uint64_t mode_changes;              /* of the vCPU's DexecMode */
    uint64_t roi[DEXEC_ROI_ACTION__MAX]; /* the guest's magic instructions */
} DexecStats;

/*
 * dexec's per-vCPU state (CPUState::accel).  It is dexec's to define:
 * neither of the engines it embeds uses cpu->accel (KVM keeps its
 * per-vCPU state in CPUState's kvm_* fields, TCG in CPUState and
 * CPUArchState).  Which copy of the architectural state is current is
 * told by three fields (the split-accel RFC's reviewers asked a hybrid
 * accelerator for such a tri-state): @engine says which side has it,
 * cpu->vcpu_dirty keeps its usual meaning for KVM's copy, and
 * @kvm_put_level says how much of TCG's copy KVM lacks, i.e. what the
 * next entry into KVM must write (0: nothing).
 */
struct AccelCPUState {
    /* Where the state lives: in KVM, or in CPUArchState (TCG's). */
    DexecEngine engine;
    /* What the next put to KVM must write (KvmPutState), 0: nothing. */
    int kvm_put_level;
    /* Why KVM gave the vCPU up (a DexecDevirt, see EXCP_EMULATE), or -1 */
    int devirt;
    /* Instructions TCG runs before KVM is tried again (0: as policy). */
    int64_t tcg_budget;
    /* Consecutive KVM entries that failed at once (entry backoff). */
    unsigned kvm_failures;
    /* Interrupts raised while in KVM that only TCG delivers. */
    int deferred_interrupts;
    /*
     * A snapshot or an incoming migration is being loaded, and what it
     * says of the vCPU: whether it had dexec's state (a stream that dexec
     * saved), and the mode of the guest's region of interest.
     */
    bool loading;
    bool loaded_dexec;
    DexecMode loaded_mode;
    /* What is left of a slice that a directed yield or a kick cut short */
    int64_t slice_left;
    /* the target's own per-vCPU state */
    void *arch;
    DexecStats stats;
    /* the mode set at run time, and what set it (see dexec-mode.c) */
    DexecMode mode;
    DexecModeReason mode_reason;
    /*
     * A debugger has breakpoints or watchpoints inserted, or single-steps
     * the vCPU: TCG runs it, which honours them exactly (dexec-debug.c).
     */
    bool debugged;
    /* 1 + the DexecDevirt of the last devirtualization, 0 if none yet */
    int last_devirt;
};

struct DexecState {
    TCGState parent_obj;

    /* properties */
    uint64_t quota;             /* instructions per slice and vCPU */
    DexecPolicy policy;         /* as requested */
    bool adaptive;              /* user code in TCG when KVM does not pay */
    bool roi;                   /* the guest's magic instructions */

    /* set up by init_machine */
    DexecPolicy effective_policy;
    bool kvm;                   /* direct execution is in use */
    double kvm_insns_per_ns;    /* calibrated rate of direct execution */
    /* KVM shadows page tables and misses TCG's writes to them */
    bool kvm_shadow_paging;
    char *probe;                /* what the start-up measurement found */
};

extern DexecState *dexec_state;

static inline bool dexec_kvm_in_use(void)
{
    return dexec_state && dexec_state->kvm;
}

/*
 * The policy that decides @cpu's engine now: the one its mode stands for
 * (DEXEC_POLICY_TCG in mode simulate, or while a debugger needs TCG), or
 * dexec's.
 */
static inline DexecPolicy dexec_vcpu_policy(CPUState *cpu)
{
    if (cpu->accel->debugged) {
        return DEXEC_POLICY_TCG;
    }
    switch (cpu->accel->mode) {
    case DEXEC_MODE_SIMULATE:
        return DEXEC_POLICY_TCG;
    case DEXEC_MODE_NATIVE:
        return DEXEC_POLICY_NATIVE;
    case DEXEC_MODE_USER:
        return DEXEC_POLICY_USER;
    default:
        return dexec_state->effective_policy;
    }
}

/* dexec-mode.c: the vCPUs' modes and the guest's region of interest */

/*
 * Set @cpu's mode, for @reason; on the monitor thread, with the BQL, at
 * an instruction boundary of every vCPU.
 */
void dexec_set_vcpu_mode(CPUState *cpu, DexecMode mode,
                         DexecModeReason reason);

/*
 * @cpu executed the guest's magic instruction for @action (with @tag, for
 * a marker); on the monitor thread, with the BQL, after the instruction.
 */
void dexec_roi(CPUState *cpu, DexecRoiAction action, uint32_t tag);

/*
 * The guest invalidated translations while TCG ran it: KVM's shadow page
 * tables, if any, may be stale.
 */
void dexec_kvm_tlb_invalidated(void);

/*
 * Before TCG runs @cpu: make TCG's translated code coherent with what KVM
 * wrote since the last call, if any vCPU ran in KVM since; BQL held.
 */
void dexec_kvm_sync_code(CPUState *cpu);

/*
 * Leave guest-physical @pages (sorted, page-aligned, at most
 * DEXEC_KVM_MAX_HOLES) out of what KVM maps, and put back the ones left
 * out before; BQL held.
 */
#define DEXEC_KVM_MAX_HOLES 64
void dexec_kvm_set_holes(const hwaddr *pages, int n);

/* target hooks (target/<arch>/dexec) */

/* The interrupt_request bits that only TCG delivers (INIT, SMI, ...). */
extern const int dexec_arch_tcg_interrupts;

/*
 * Measure the host's KVM through @kvm_fd (/dev/kvm), choose the auto
 * policy, calibrate the quota.  Called before dexec's KVMState is set up,
 * so that the policy can shape it.
 */
int dexec_arch_kvm_init(DexecState *s, int kvm_fd, Error **errp);

/*
 * dexec_arch_kvm_init() succeeded, but dexec cannot use KVM after all:
 * undo what it changed outside @s, so that the TCG that QEMU may fall
 * back to finds QEMU as it was.
 */
void dexec_arch_kvm_cleanup(DexecState *s);

/* Set up a vCPU that dexec runs in KVM. */
void dexec_arch_init_vcpu(CPUState *cpu);

/*
 * Pick the engine that runs @cpu next, moving its state there if it has
 * to change engines.  BQL held.
 */
DexecEngine dexec_arch_choose_engine(CPUState *cpu);

/* Instructions TCG may run now, at most @quota_left. */
int64_t dexec_arch_tcg_budget(CPUState *cpu, int64_t quota_left);

/*
 * @cpu left TCG with cpu_exec() result *@r after @executed instructions:
 * true if the slice goes on (in the engine chosen next: an engine change,
 * a call to dexec carried out); otherwise *@r is what the loop sees.
 */
bool dexec_arch_tcg_exit(CPUState *cpu, int *r, int64_t executed);

/*
 * Classify a KVM exit (no BQL needed): a DexecDevirt if TCG must take
 * the vCPU (kvm_cpu_exec() returns EXCP_EMULATE for it), -1 if KVM
 * handles the exit as usual.
 */
int dexec_arch_kvm_exit(CPUState *cpu, struct kvm_run *run);

/* Move @cpu's state from KVM into TCG's form; BQL held. */
void dexec_arch_to_tcg(CPUState *cpu);

/* Move @cpu's state from TCG into KVM; BQL held. */
bool dexec_arch_to_kvm(CPUState *cpu);

/* The guest's time stamp counter, the same in both engines. */
int64_t dexec_arch_get_ticks(void);

/* Per-vCPU statistics of the target part. */
void dexec_arch_get_vcpu_stats(CPUState *cpu, GString *buf);

/*
 * A snapshot or an incoming migration is about to replace the VM's state:
 * forget what the target kept of @cpu's run.  BQL held, the VM stopped.
 */
void dexec_arch_pre_loadvm(CPUState *cpu);

/*
 * Set up what the target needs whatever the policy (the guest's magic
 * instructions), before the vCPUs exist.
 */
void dexec_arch_init(DexecState *s);

/*
 * Move @cpu's state into TCG, for @why, if it is in KVM, as the policy
 * that ran it there would: before that policy changes, or for a caller
 * that needs the state in TCG's form.  Monitor thread, BQL held, between
 * slices.
 */
void dexec_arch_leave_kvm(CPUState *cpu, DexecDevirt why);

/*
 * The policy that decides @cpu's engine changed (its mode, or a
 * debugger's needs), after dexec_arch_leave_kvm().  Monitor thread, BQL
 * held.
 */
void dexec_arch_policy_changed(CPUState *cpu);

/*
 * TCG found @cpu returning to code that KVM can run: should it leave
 * cpu_exec() for KVM?  (AccelOpsClass::hwaccel_wanted; no BQL)
 */
bool dexec_arch_hwaccel_wanted(CPUState *cpu);

#endif /* SYSTEM_DEXEC_INT_H */
