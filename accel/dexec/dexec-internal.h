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
void dexec_kvm_get_stats(DexecState *s, GString *buf);
/* The monitor thread's time in guest code, the host kernel and QEMU (s) */
bool dexec_monitor_times(double *guest, double *kernel, double *qemu);
void dexec_kvm_get_vcpu_stats(CPUState *cpu, GString *buf);
/* KVM's exit reasons by number, NULL where dexec does not name them */
extern const char *const dexec_kvm_exit_names[DEXEC_KVM_EXIT_REASONS];

/* dexec-mode.c: run-time control */
void dexec_mode_init(void);
void dexec_mode_get_vcpu_stats(CPUState *cpu, GString *buf);
void dexec_mode_pre_load(CPUState *cpu);
void dexec_mode_post_load(CPUState *cpu);

/* dexec-debug.c: the gdbstub's operations */
void dexec_debug_ops_init(AccelOpsClass *ops);

/* dexec-stats.c: the statistics in query-stats */
void dexec_stats_init(void);

#endif /* ACCEL_DEXEC_INTERNAL_H */
