/*
 * dexec: snapshots and migration of x86 vCPUs
 *
 * A VM that dexec runs is saved in TCG's form and loaded as TCG loads it.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "system/cpus.h"
#include "system/dexec_int.h"
#include "dexec-x86.h"

/* On the monitor thread: see dexec_x86_cpu_pre_save() */
static void dexec_mig_leave_kvm(CPUState *cs, run_on_cpu_data data)
{
    dexec_arch_leave_kvm(cs, DEXEC_DEVIRT_STATE_READ);
}

void dexec_x86_cpu_pre_save(X86CPU *cpu)
{
    CPUState *cs = CPU(cpu);

    /*
     * The state goes into the stream in TCG's form, whoever loads it: a
     * vCPU that is in KVM leaves it first, as for a change of mode
     * (cpu_synchronize_state() read it, but in the form of QEMU's KVM
     * code, with the events KVM was delivering, which TCG would drop).
     */
    if (dexec_enabled() && dexec_kvm_in_use() &&
        cs->accel->engine == DEXEC_ENGINE_KVM) {
        run_on_cpu(cs, dexec_mig_leave_kvm, RUN_ON_CPU_NULL);
    }
}
