/*
 * QEMU TCG vCPU common functionality
 *
 * Functionality common to all TCG vcpu variants: mttcg, rr and icount.
 *
 * Copyright 2020 SUSE LLC
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 * See the COPYING file in the top-level directory.
 */

#ifndef TCG_ACCEL_OPS_H
#define TCG_ACCEL_OPS_H

#include "system/cpus.h"
#include "accel/tcg/tcg-accel.h"

void tcg_cpu_destroy(CPUState *cpu);
void tcg_handle_interrupt(CPUState *cpu, int mask);

#endif /* TCG_ACCEL_OPS_H */
