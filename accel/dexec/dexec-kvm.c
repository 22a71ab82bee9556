/*
 * dexec: the direct execution engine (KVM)
 *
 * dexec reuses QEMU's KVM code as a library: the KVMState is created and
 * initialised here but is not the machine's accelerator (kvm_enabled()
 * stays false), with the interrupt controllers in userspace.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "hw/core/cpu.h"
#include "system/cpus.h"
#include "dexec-internal.h"
#include "trace.h"

static bool dexec_kvm_available(Error **errp)
{
    int fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);

    if (fd < 0) {
        error_setg_errno(errp, errno, "cannot open /dev/kvm");
        return false;
    }
    close(fd);
    return true;
}

int dexec_kvm_init(DexecState *s, MachineState *ms)
{
    Error *err = NULL;

    if (s->policy == DEXEC_POLICY_TCG) {
        s->effective_policy = DEXEC_POLICY_TCG;
        return 0;
    }

    if (!dexec_kvm_available(&err)) {
        error_reportf_err(err, "dexec: ");
        error_printf("dexec runs guest code in KVM: use -accel "
                     "dexec,policy=tcg to run everything in TCG, or "
                     "-accel dexec:tcg to fall back to plain TCG\n");
        return -ENODEV;
    }

    error_report("dexec: direct execution is not implemented yet; "
                 "use -accel dexec,policy=tcg");
    return -ENOSYS;
}

void dexec_kvm_ops_init(AccelOpsClass *ops)
{
}

void dexec_kvm_init_thread(CPUState *cpu)
{
}

void dexec_kvm_kick(void)
{
}

int dexec_kvm_run(CPUState *cpu)
{
    g_assert_not_reached();
}

void dexec_kvm_get_stats(DexecState *s, GString *buf)
{
}

void dexec_kvm_get_vcpu_stats(CPUState *cpu, GString *buf)
{
}
