/*
 * dexec: run-time control of the engines
 *
 * Each vCPU has a mode (DexecMode) on top of dexec's policy: "policy"
 * leaves the choice of engine to the policy, "simulate" keeps the vCPU in
 * TCG, "native" and "user" apply that policy to it.  The monitor sets
 * modes with dexec-set-mode; query-dexec says where each vCPU runs, and
 * why.  A mode changes at an instruction boundary of every vCPU: on the
 * monitor thread, between slices.
 *
 * The guest sets modes too, with its magic instruction (the target
 * recognises it): the beginning of its region of interest puts every
 * vCPU in mode simulate, its end back to policy.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qapi/qapi-commands-accelerator.h"
#include "qapi/qapi-events-accelerator.h"
#include "qapi/qapi-visit-accelerator.h"
#include "qobject/qdict.h"
#include "monitor/hmp.h"
#include "monitor/monitor.h"
#include "hw/core/cpu.h"
#include "system/cpus.h"
#include "system/reset.h"
#include "dexec-internal.h"
#include "trace.h"

/* DexecDevirt is DexecDevirtReason, in the same order */
QEMU_BUILD_BUG_ON((int)DEXEC_DEVIRT__MAX != (int)DEXEC_DEVIRT_REASON__MAX);
QEMU_BUILD_BUG_ON((int)DEXEC_DEVIRT_EVENT != (int)DEXEC_DEVIRT_REASON_EVENT);
QEMU_BUILD_BUG_ON((int)DEXEC_DEVIRT_BREAKPOINT !=
                  (int)DEXEC_DEVIRT_REASON_BREAKPOINT);
QEMU_BUILD_BUG_ON((int)DEXEC_DEVIRT_MODE_CHANGE !=
                  (int)DEXEC_DEVIRT_REASON_MODE_CHANGE);
QEMU_BUILD_BUG_ON((int)DEXEC_DEVIRT_DEBUGGER !=
                  (int)DEXEC_DEVIRT_REASON_DEBUGGER);
QEMU_BUILD_BUG_ON((int)DEXEC_DEVIRT_STATE_READ !=
                  (int)DEXEC_DEVIRT_REASON_STATE_READ);

void dexec_set_vcpu_mode(CPUState *cpu, DexecMode mode,
                         DexecModeReason reason)
{
    AccelCPUState *acs = cpu->accel;

    if (acs->mode == mode) {
        return;
    }
    dexec_arch_leave_kvm(cpu, DEXEC_DEVIRT_MODE_CHANGE);
    acs->mode = mode;
    dexec_arch_policy_changed(cpu);
    acs->mode_reason = reason;
    acs->stats.mode_changes++;
    trace_dexec_mode_change(cpu->cpu_index, DexecMode_str(mode),
                            DexecModeReason_str(reason));
    qapi_event_send_dexec_mode_change(cpu->cpu_index, mode, reason);
}

void dexec_roi(CPUState *cpu, DexecRoiAction action, uint32_t tag)
{
    CPUState *c;

    cpu->accel->stats.roi[action]++;
    if (action == DEXEC_ROI_ACTION_MARKER) {
        trace_dexec_roi(cpu->cpu_index, DexecRoiAction_str(action), tag);
        qapi_event_send_dexec_roi(cpu->cpu_index, action, true, tag);
        return;
    }
    trace_dexec_roi(cpu->cpu_index, DexecRoiAction_str(action), 0);
    qapi_event_send_dexec_roi(cpu->cpu_index, action, false, 0);
    /* the whole VM, as in Simics and PTLsim */
    CPU_FOREACH(c) {
        dexec_set_vcpu_mode(c, action == DEXEC_ROI_ACTION_BEGIN ?
                            DEXEC_MODE_SIMULATE : DEXEC_MODE_POLICY,
                            DEXEC_MODE_REASON_GUEST);
    }
}

typedef struct DexecModeRequest {
    DexecMode mode;
    CPUState *cpu;              /* NULL: every vCPU */
    DexecModeReason reason;
} DexecModeRequest;

static void dexec_set_mode_work(CPUState *unused, run_on_cpu_data data)
{
    DexecModeRequest *req = data.host_ptr;
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (!req->cpu || cpu == req->cpu) {
            dexec_set_vcpu_mode(cpu, req->mode, req->reason);
        }
    }
}

void qmp_dexec_set_mode(DexecMode mode, bool has_cpu_index, int64_t cpu_index,
                        Error **errp)
{
    DexecModeRequest req = {
        .mode = mode,
        .reason = DEXEC_MODE_REASON_COMMAND,
    };

    if (!dexec_state) {
        error_setg(errp, "dexec is not the accelerator in use");
        return;
    }
    if (has_cpu_index) {
        req.cpu = cpu_index >= 0 && cpu_index <= INT_MAX ?
                  qemu_get_cpu(cpu_index) : NULL;
        if (!req.cpu) {
            error_setg(errp, "there is no vCPU with index %" PRId64,
                       cpu_index);
            return;
        }
    }
    if ((mode == DEXEC_MODE_NATIVE || mode == DEXEC_MODE_USER) &&
        !dexec_kvm_in_use()) {
        error_setg(errp, "mode '%s' runs guest code in KVM, and dexec runs "
                   "without KVM here (policy %s)", DexecMode_str(mode),
                   DexecPolicy_str(dexec_state->effective_policy));
        return;
    }
    if (!first_cpu) {
        return;
    }

    /*
     * One monitor thread runs every vCPU: while it does the work, between
     * two slices, no vCPU is inside an instruction.
     */
    run_on_cpu(req.cpu ?: first_cpu, dexec_set_mode_work,
               RUN_ON_CPU_HOST_PTR(&req));
}

/*
 * A system reset ends a region of interest that the guest began: the
 * vCPUs it put in mode simulate go back to the policy.  The change waits
 * for the monitor thread, which does it before it runs the guest again.
 */
static void dexec_mode_reset_work(CPUState *unused, run_on_cpu_data data)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (cpu->accel->mode_reason == DEXEC_MODE_REASON_GUEST) {
            dexec_set_vcpu_mode(cpu, DEXEC_MODE_POLICY,
                                DEXEC_MODE_REASON_POLICY);
        }
    }
}

static void dexec_mode_reset(void *opaque)
{
    CPUState *cpu;

    CPU_FOREACH(cpu) {
        if (cpu->accel && cpu->accel->mode != DEXEC_MODE_POLICY &&
            cpu->accel->mode_reason == DEXEC_MODE_REASON_GUEST) {
            async_run_on_cpu(first_cpu, dexec_mode_reset_work,
                             RUN_ON_CPU_NULL);
            return;
        }
    }
}

void dexec_mode_init(void)
{
    qemu_register_reset(dexec_mode_reset, NULL);
}

/*
 * The guest's region of interest is part of its state: a snapshot or a
 * migration that dexec saved says, for each vCPU, whether the guest had
 * begun one (target/i386/dexec/dexec-migration.c), and the vCPU gets the
 * mode that says once the stream is loaded.  A stream without it leaves
 * the guest outside any region.  The modes that a command set stay as
 * they are, unless the loaded guest is in its region, which overrides
 * them as the guest's own magic instruction would.
 */
void dexec_mode_pre_load(CPUState *cpu)
{
    AccelCPUState *acs = cpu->accel;

    acs->loading = true;
    acs->loaded_dexec = false;
    acs->loaded_mode = DEXEC_MODE_POLICY;
}

static void dexec_mode_load_work(CPUState *cpu, run_on_cpu_data data)
{
    AccelCPUState *acs = cpu->accel;

    if (acs->loaded_mode != DEXEC_MODE_POLICY) {
        dexec_set_vcpu_mode(cpu, acs->loaded_mode, DEXEC_MODE_REASON_GUEST);
        acs->mode_reason = DEXEC_MODE_REASON_GUEST;
    } else if (acs->mode != DEXEC_MODE_POLICY &&
               acs->mode_reason == DEXEC_MODE_REASON_GUEST) {
        dexec_set_vcpu_mode(cpu, DEXEC_MODE_POLICY, DEXEC_MODE_REASON_GUEST);
    }
}

/*
 * The stream is loaded (or its load failed): give the vCPU its mode on
 * the monitor thread, before the command that loaded it returns.
 */
void dexec_mode_post_load(CPUState *cpu)
{
    if (!cpu->accel->loading) {
        return;
    }
    cpu->accel->loading = false;
    run_on_cpu(cpu, dexec_mode_load_work, RUN_ON_CPU_NULL);
}

DexecInfo *qmp_query_dexec(Error **errp)
{
    DexecInfo *info;
    DexecVcpuInfoList **tail;
    CPUState *cpu;

    if (!dexec_state) {
        error_setg(errp, "dexec is not the accelerator in use");
        return NULL;
    }
    info = g_new0(DexecInfo, 1);
    info->policy = dexec_state->effective_policy;
    info->kvm = dexec_state->kvm;
    info->roi = dexec_state->roi;
    tail = &info->vcpus;
    CPU_FOREACH(cpu) {
        AccelCPUState *acs = cpu->accel;
        DexecVcpuInfo *v;

        if (!acs) {
            continue;
        }
        v = g_new0(DexecVcpuInfo, 1);
        v->cpu_index = cpu->cpu_index;
        v->qom_path = object_get_canonical_path(OBJECT(cpu));
        v->engine = acs->engine;
        v->mode = acs->mode;
        if (acs->mode != DEXEC_MODE_POLICY) {
            v->has_mode_reason = true;
            v->mode_reason = acs->mode_reason;
        }
        v->policy = dexec_vcpu_policy(cpu);
        v->debugger = acs->debugged;
        if (acs->last_devirt) {
            v->has_last_devirt = true;
            v->last_devirt = acs->last_devirt - 1;
        }
        QAPI_LIST_APPEND(tail, v);
    }
    return info;
}

void dexec_mode_get_vcpu_stats(CPUState *cpu, GString *buf)
{
    AccelCPUState *acs = cpu->accel;
    uint64_t *roi = acs->stats.roi;

    if (roi[DEXEC_ROI_ACTION_BEGIN] || roi[DEXEC_ROI_ACTION_END] ||
        roi[DEXEC_ROI_ACTION_MARKER]) {
        g_string_append_printf(buf, "  region of interest: %" PRIu64
                               " begins, %" PRIu64 " ends, %" PRIu64
                               " markers\n", roi[DEXEC_ROI_ACTION_BEGIN],
                               roi[DEXEC_ROI_ACTION_END],
                               roi[DEXEC_ROI_ACTION_MARKER]);
    }
    if (acs->mode == DEXEC_MODE_POLICY && !acs->stats.mode_changes) {
        return;
    }
    g_string_append_printf(buf, "  mode: %s", DexecMode_str(acs->mode));
    if (acs->mode != DEXEC_MODE_POLICY) {
        g_string_append_printf(buf, " (%s)",
                               DexecModeReason_str(acs->mode_reason));
    }
    g_string_append_printf(buf, ", %" PRIu64 " changes\n",
                           acs->stats.mode_changes);
}

void hmp_dexec_set_mode(Monitor *mon, const QDict *qdict)
{
    const char *name = qdict_get_str(qdict, "mode");
    bool has_cpu = qdict_haskey(qdict, "cpu_index");
    int64_t cpu = qdict_get_try_int(qdict, "cpu_index", 0);
    Error *err = NULL;
    int mode;

    mode = qapi_enum_parse(&DexecMode_lookup, name, -1, NULL);
    if (mode < 0) {
        error_setg(&err, "unknown mode '%s': policy, simulate, native or "
                   "user", name);
    } else {
        qmp_dexec_set_mode(mode, has_cpu, cpu, &err);
    }
    hmp_handle_error(mon, err);
}

void hmp_info_dexec(Monitor *mon, const QDict *qdict)
{
    g_autoptr(DexecInfo) info = NULL;
    DexecVcpuInfoList *v;
    Error *err = NULL;

    info = qmp_query_dexec(&err);
    if (hmp_handle_error(mon, err)) {
        return;
    }
    monitor_printf(mon, "dexec policy: %s%s, magic instructions %s\n",
                   DexecPolicy_str(info->policy),
                   info->kvm ? "" : " (without KVM)",
                   info->roi ? "on" : "off");
    for (v = info->vcpus; v; v = v->next) {
        DexecVcpuInfo *vi = v->value;

        monitor_printf(mon, "vCPU %" PRId64 ": %s, mode %s", vi->cpu_index,
                       DexecEngine_str(vi->engine), DexecMode_str(vi->mode));
        if (vi->has_mode_reason) {
            monitor_printf(mon, " (%s)", DexecModeReason_str(vi->mode_reason));
        }
        monitor_printf(mon, ", policy %s%s", DexecPolicy_str(vi->policy),
                       vi->debugger ? " (debugger)" : "");
        if (vi->has_last_devirt) {
            monitor_printf(mon, ", last devirtualized: %s",
                           DexecDevirtReason_str(vi->last_devirt));
        }
        monitor_printf(mon, "\n");
    }
}
