/*
 * dexec: direct execution monitor, generic internals
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef ACCEL_DEXEC_INTERNAL_H
#define ACCEL_DEXEC_INTERNAL_H

#include "system/dexec_int.h"

/* dexec-accel-ops.c: the monitor thread */
int dexec_tcg_run(CPUState *cpu, int64_t budget, bool exact,
                  int64_t *executed);

/* dexec-kvm.c: the direct execution engine */
int dexec_kvm_init(DexecState *s, MachineState *ms);
void dexec_kvm_ops_init(AccelOpsClass *ops);
void dexec_kvm_init_vcpu(CPUState *cpu);
void dexec_kvm_init_thread(CPUState *cpu);
void dexec_kvm_kick(void);
bool dexec_kvm_running(CPUState *cpu);
int dexec_kvm_run(CPUState *cpu, int64_t quota_left, int64_t *executed);

/* dexec-kvm-memory.c: what KVM maps, coherence with TCG */
/* KVM logs its writes for TCG's code, which survives KVM's runs */
extern bool dexec_kvm_logs_code;
/* Create the address space whose memory KVM maps */
AddressSpace *dexec_kvm_memory_init(void);
void dexec_kvm_memory_cleanup(void);
bool dexec_kvm_flush_init(int vm_fd, int nr_slots_max, Error **errp);
void dexec_kvm_memory_enter(CPUState *cpu);
void dexec_kvm_memory_exit(void);

/* dexec-mode.c: run-time control */
void dexec_mode_init(void);
void dexec_mode_get_vcpu_stats(CPUState *cpu, GString *buf);
void dexec_mode_pre_load(CPUState *cpu);
void dexec_mode_post_load(CPUState *cpu);

/* dexec-debug.c: the gdbstub's operations */
void dexec_debug_ops_init(AccelOpsClass *ops);

/* dexec-stats.c: statistics, in "info accel" and query-stats */
void dexec_stats_init(void);
void dexec_get_stats(AccelState *as, GString *buf);
void dexec_get_vcpu_stats(CPUState *cpu, GString *buf);
/* DexecDevirt's names, in "info accel" and traces */
extern const char *const dexec_devirt_names[DEXEC_DEVIRT__MAX];

#endif /* ACCEL_DEXEC_INTERNAL_H */
