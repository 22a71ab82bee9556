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
void dexec_kvm_get_vcpu_stats(CPUState *cpu, GString *buf);

/* dexec-mode.c: run-time control */
void dexec_mode_init(void);
void dexec_mode_get_vcpu_stats(CPUState *cpu, GString *buf);

#endif /* ACCEL_DEXEC_INTERNAL_H */
