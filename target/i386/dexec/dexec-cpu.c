/*
 * dexec: x86 vCPUs
 *
 * An x86 vCPU under dexec is a TCG vCPU (dexec's accel-cpu type derives
 * from TCG's) that the monitor also runs in KVM.  This file holds the x86
 * policy: which engine runs a vCPU, and moving its state between them.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "qemu/accel.h"
#include "accel/accel-cpu-target.h"
#include "system/dexec_int.h"

DexecEngine dexec_arch_choose_engine(CPUState *cs)
{
    return DEXEC_ENGINE_TCG;
}

int dexec_arch_tcg_exit(CPUState *cs, int r)
{
    return r;
}

static const TypeInfo x86_dexec_cpu_accel_type_info = {
    .name = ACCEL_CPU_NAME("dexec"),
    .parent = ACCEL_CPU_NAME("tcg"),
    .abstract = true,
};

static void x86_dexec_cpu_accel_register_types(void)
{
    type_register_static(&x86_dexec_cpu_accel_type_info);
}

type_init(x86_dexec_cpu_accel_register_types);
