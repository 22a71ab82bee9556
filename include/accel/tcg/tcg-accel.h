/*
 * The TCG accelerator, for accelerators derived from it
 *
 * An accelerator that executes guest code partly with TCG (a hybrid
 * accelerator, which runs vCPUs in TCG and in a hardware accelerator) is
 * a QOM subclass of the TCG accelerator and drives TCG's vCPU execution
 * from its own vCPU loop.
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef ACCEL_TCG_TCG_ACCEL_H
#define ACCEL_TCG_TCG_ACCEL_H

#include "qapi/qapi-types-common.h"
#include "qemu/accel.h"
#include "accel/accel-ops.h"

struct TCGState {
    AccelState parent_obj;

    OnOffAuto mttcg_enabled;
    bool one_insn_per_tb;
    int splitwx_enabled;
    unsigned long tb_size;
};
typedef struct TCGState TCGState;

#define TYPE_TCG_ACCEL ACCEL_CLASS_NAME("tcg")

DECLARE_INSTANCE_CHECKER(TCGState, TCG_STATE,
                         TYPE_TCG_ACCEL)

/* Run @cpu in TCG until something makes cpu_exec() return; BQL not held. */
int tcg_cpu_exec(CPUState *cpu);

/**
 * tcg_cpu_set_insn_budget: before tcg_cpu_exec(), have TCG stop @cpu
 * after @budget instructions (@count), counted exactly, or run it
 * uncounted (!@count).  This is icount's instruction counting without
 * its virtual clock: the counting is a property of @cpu's cflags
 * (CF_USE_ICOUNT), and so of the translation blocks it looks up, and
 * cpu_exec() returns EXCP_INTERRUPT when the budget is used up.  Not in
 * icount mode, which keeps these counters itself.  @cpu's thread.
 */
void tcg_cpu_set_insn_budget(CPUState *cpu, bool count, int64_t budget);

/**
 * tcg_cpu_take_insn_budget: after tcg_cpu_exec(), the instructions of
 * @cpu's budget that it did not run (0 if uncounted); clears the budget.
 */
int64_t tcg_cpu_take_insn_budget(CPUState *cpu);
void tcg_cpu_init_cflags(CPUState *cpu, bool parallel);
void tcg_kick_vcpu_thread(CPUState *cpu);

#endif /* ACCEL_TCG_TCG_ACCEL_H */
