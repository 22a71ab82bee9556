/*
 * The TCG accelerator, for accelerators derived from it
 *
 * An accelerator that executes guest code partly with TCG (e.g. dexec,
 * which mixes KVM and TCG) is a QOM subclass of the TCG accelerator and
 * drives TCG's vCPU execution from its own vCPU loop.
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
void tcg_cpu_init_cflags(CPUState *cpu, bool parallel);
void tcg_handle_interrupt(CPUState *cpu, int mask);
void tcg_kick_vcpu_thread(CPUState *cpu);

#endif /* ACCEL_TCG_TCG_ACCEL_H */
