/*
 * dexec: direct execution monitor (KVM direct execution with TCG)
 *
 * The dexec accelerator is TCG plus direct execution: the machine, the
 * CPU model and the devices see a TCG machine (userspace interrupt
 * controllers, no KVM paravirtual devices), and one monitor thread runs
 * every vCPU in KVM whenever the policy allows it.  See
 * docs/devel/dexec.rst.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qapi/visitor.h"
#include "qapi/qapi-visit-accelerator.h"
#include "qemu/error-report.h"
#include "qemu/accel.h"
#include "qemu/cutils.h"
#include "qom/object.h"
#include "hw/boards.h"
#include "hw/core/cpu.h"
#include "exec/icount.h"
#include "accel/accel-ops.h"
#include "system/dexec_int.h"
#include "dexec-internal.h"
#include "trace.h"

bool dexec_allowed;
DexecState *dexec_state;

#define DEXEC_DEFAULT_QUOTA 10000000

static int dexec_init_machine(AccelState *as, MachineState *ms)
{
    DexecState *s = DEXEC_STATE(as);
    TCGState *ts = TCG_STATE(as);
    AccelClass *tcg_class = ACCEL_CLASS(object_class_by_name(TYPE_TCG_ACCEL));
    int ret;

    if (icount_enabled()) {
        error_report("dexec: -icount is not supported: direct execution "
                     "cannot count instructions");
        return -EINVAL;
    }
    if (ts->mttcg_enabled == ON_OFF_AUTO_ON) {
        error_report("dexec: thread=multi is not supported: one monitor "
                     "thread runs all vCPUs");
        return -EINVAL;
    }
    ts->mttcg_enabled = ON_OFF_AUTO_OFF;

    /*
     * Direct execution first: if it is not available, fail before TCG
     * is set up, so that "-accel dexec:tcg" can still fall back to TCG.
     */
    ret = dexec_kvm_init(s, ms);
    if (ret < 0) {
        return ret;
    }

    ret = tcg_class->init_machine(as, ms);
    if (ret < 0) {
        return ret;
    }

    dexec_state = s;
    dexec_arch_init(s);
    dexec_mode_init();
    dexec_stats_init();
    trace_dexec_init(DexecPolicy_str(s->effective_policy), s->quota);
    return 0;
}

static void dexec_get_quota(Object *obj, Visitor *v, const char *name,
                            void *opaque, Error **errp)
{
    DexecState *s = DEXEC_STATE(obj);

    visit_type_uint64(v, name, &s->quota, errp);
}

static void dexec_set_quota(Object *obj, Visitor *v, const char *name,
                            void *opaque, Error **errp)
{
    DexecState *s = DEXEC_STATE(obj);
    uint64_t value;

    if (!visit_type_uint64(v, name, &value, errp)) {
        return;
    }
    if (value == 0 || value > INT64_MAX) {
        error_setg(errp, "quota must be a number of instructions between "
                   "1 and %" PRId64, INT64_MAX);
        return;
    }
    s->quota = value;
}

static int dexec_get_policy(Object *obj, Error **errp)
{
    return DEXEC_STATE(obj)->policy;
}

static void dexec_set_policy(Object *obj, int value, Error **errp)
{
    DEXEC_STATE(obj)->policy = value;
}

static bool dexec_get_adaptive(Object *obj, Error **errp)
{
    return DEXEC_STATE(obj)->adaptive;
}

static void dexec_set_adaptive(Object *obj, bool value, Error **errp)
{
    DEXEC_STATE(obj)->adaptive = value;
}

static bool dexec_get_roi(Object *obj, Error **errp)
{
    return DEXEC_STATE(obj)->roi;
}

static void dexec_set_roi(Object *obj, bool value, Error **errp)
{
    DEXEC_STATE(obj)->roi = value;
}

static void dexec_accel_instance_init(Object *obj)
{
    DexecState *s = DEXEC_STATE(obj);

    s->quota = DEXEC_DEFAULT_QUOTA;
    s->policy = DEXEC_POLICY_AUTO;
    s->adaptive = true;
    s->roi = true;
    TCG_STATE(obj)->mttcg_enabled = ON_OFF_AUTO_OFF;
}

static void dexec_accel_class_init(ObjectClass *oc, const void *data)
{
    AccelClass *ac = ACCEL_CLASS(oc);

    ac->name = "dexec";
    ac->init_machine = dexec_init_machine;
    ac->get_stats = dexec_get_stats;
    ac->allowed = &dexec_allowed;

    object_class_property_add(oc, "quota", "uint64",
                              dexec_get_quota, dexec_set_quota, NULL, NULL);
    object_class_property_set_description(oc, "quota",
        "Instructions a vCPU runs before the monitor switches to the next "
        "one (exact in TCG, converted from time in KVM; default "
        stringify(DEXEC_DEFAULT_QUOTA) ")");

    object_class_property_add_enum(oc, "policy", "DexecPolicy",
                                   &DexecPolicy_lookup,
                                   dexec_get_policy, dexec_set_policy);
    object_class_property_set_description(oc, "policy",
        "Which engine runs guest code: auto (measured at start-up), "
        "native (KVM except for devirtualized events), user (guest user "
        "mode in KVM, the rest in TCG) or tcg (TCG only)");

    object_class_property_add_bool(oc, "adaptive", dexec_get_adaptive,
                                   dexec_set_adaptive);
    object_class_property_set_description(oc, "adaptive",
        "With the user policy, keep a process's user code in TCG for a "
        "while when its stays in KVM are too short for engine switches to "
        "pay, and start new processes in TCG where user code reads the "
        "host's CPUID (default on)");

    object_class_property_add_bool(oc, "roi", dexec_get_roi, dexec_set_roi);
    object_class_property_set_description(oc, "roi",
        "Carry out the guest's magic instructions, which begin and end "
        "its region of interest (simulated in TCG) and leave markers; "
        "off: they are INT3 (default on)");
}

static const TypeInfo dexec_accel_type = {
    .name = TYPE_DEXEC_ACCEL,
    .parent = TYPE_TCG_ACCEL,
    .instance_size = sizeof(DexecState),
    .instance_init = dexec_accel_instance_init,
    .class_init = dexec_accel_class_init,
};

static void dexec_type_init(void)
{
    type_register_static(&dexec_accel_type);
}

type_init(dexec_type_init);
