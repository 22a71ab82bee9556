/*
 * dexec: statistics in QEMU's stats schema (query-stats, provider dexec)
 *
 * What "info accel" shows as text, as numbers that tools can read: for
 * target vcpu, each vCPU's counters (DexecStats); for target vm, their
 * sums over the vCPUs, and what the VM does now.  Times are in ns
 * (seconds, base 10, exponent -9); KVM's instructions are estimated.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "qapi/error.h"
#include "qapi/qapi-types-accelerator.h"
#include "hw/core/cpu.h"
#include "system/kvm.h"
#include "system/stats.h"
#include "dexec-internal.h"

typedef enum DexecStatKind {
    DEXEC_STAT_COUNT,           /* cumulative count */
    DEXEC_STAT_NS,              /* cumulative time, in ns */
    DEXEC_STAT_NOW,             /* instant count */
    DEXEC_STAT_FLAG,            /* instant boolean */
    DEXEC_STAT_MILLI,           /* instant, in thousandths */
} DexecStatKind;

typedef struct DexecStat {
    char *name;
    DexecStatKind kind;
    uint64_t value;
} DexecStat;

typedef struct DexecStatField {
    const char *name;
    DexecStatKind kind;
    size_t offset;              /* of a uint64_t in DexecStats */
} DexecStatField;

#define DEXEC_FIELD(name, kind, field) \
    { name, DEXEC_STAT_##kind, offsetof(DexecStats, field) }

static const DexecStatField dexec_stat_fields[] = {
    DEXEC_FIELD("tcg-time", NS, ns[DEXEC_ENGINE_TCG]),
    DEXEC_FIELD("kvm-time", NS, ns[DEXEC_ENGINE_KVM]),
    DEXEC_FIELD("tcg-instructions", COUNT, insns[DEXEC_ENGINE_TCG]),
    DEXEC_FIELD("kvm-instructions", COUNT, insns[DEXEC_ENGINE_KVM]),
    DEXEC_FIELD("tcg-entries", COUNT, runs[DEXEC_ENGINE_TCG]),
    DEXEC_FIELD("kvm-entries", COUNT, runs[DEXEC_ENGINE_KVM]),
    DEXEC_FIELD("quota-ends", COUNT, quota_ends),
    DEXEC_FIELD("directed-yields", COUNT, yields_to),
    DEXEC_FIELD("switches-to-tcg", COUNT, switches_to[DEXEC_ENGINE_TCG]),
    DEXEC_FIELD("switches-to-kvm", COUNT, switches_to[DEXEC_ENGINE_KVM]),
    DEXEC_FIELD("switch-to-tcg-time", NS, switch_to_ns[DEXEC_ENGINE_TCG]),
    DEXEC_FIELD("switch-to-kvm-time", NS, switch_to_ns[DEXEC_ENGINE_KVM]),
    DEXEC_FIELD("switch-get-state-time", NS, get_ns),
    DEXEC_FIELD("switch-dirty-log-time", NS, dirty_log_ns),
    DEXEC_FIELD("tcg-tlb-kept", COUNT, tcg_tlb_kept),
    DEXEC_FIELD("code-syncs", COUNT, code_syncs),
    DEXEC_FIELD("code-flushes", COUNT, code_flushes),
    DEXEC_FIELD("code-sync-time", NS, code_sync_ns),
    DEXEC_FIELD("mmu-flushes", COUNT, mmu_flushes),
    DEXEC_FIELD("mmu-flush-time", NS, mmu_flush_ns),
    DEXEC_FIELD("revirt-state", COUNT, revirt[DEXEC_REVIRT_STATE]),
    DEXEC_FIELD("revirt-handback", COUNT, revirt[DEXEC_REVIRT_HANDBACK]),
    DEXEC_FIELD("puts-runtime", COUNT, puts[KVM_PUT_RUNTIME_STATE]),
    DEXEC_FIELD("puts-reset", COUNT, puts[KVM_PUT_RESET_STATE]),
    DEXEC_FIELD("puts-full", COUNT, puts[KVM_PUT_FULL_STATE]),
    DEXEC_FIELD("adaptive-waits", COUNT, tcg_waits),
    DEXEC_FIELD("adaptive-start-waits", COUNT, tcg_start_waits),
    DEXEC_FIELD("adaptive-wait-time", NS, tcg_wait_ns),
    DEXEC_FIELD("mode-changes", COUNT, mode_changes),
    DEXEC_FIELD("roi-begins", COUNT, roi[DEXEC_ROI_ACTION_BEGIN]),
    DEXEC_FIELD("roi-ends", COUNT, roi[DEXEC_ROI_ACTION_END]),
    DEXEC_FIELD("roi-markers", COUNT, roi[DEXEC_ROI_ACTION_MARKER]),
};

static void dexec_stat_add(GArray *a, char *name, DexecStatKind kind,
                           uint64_t value)
{
    DexecStat s = { .name = name, .kind = kind, .value = value };

    g_array_append_val(a, s);
}

static void dexec_stat_clear(gpointer p)
{
    g_free(((DexecStat *)p)->name);
}

/*
 * The cumulative counters of @cpu, or their names only if NULL: those of
 * DexecStats, KVM's exits by reason, devirtualizations by reason.
 */
static GArray *dexec_vcpu_counters(CPUState *cpu)
{
    GArray *a = g_array_new(false, false, sizeof(DexecStat));
    DexecStats *st = cpu ? &cpu->accel->stats : NULL;
    int i;

    g_array_set_clear_func(a, dexec_stat_clear);
    for (i = 0; i < ARRAY_SIZE(dexec_stat_fields); i++) {
        const DexecStatField *f = &dexec_stat_fields[i];

        dexec_stat_add(a, g_strdup(f->name), f->kind,
                       st ? *(uint64_t *)((char *)st + f->offset) : 0);
    }
    for (i = 0; i < DEXEC_KVM_EXIT_REASONS; i++) {
        if (dexec_kvm_exit_names[i]) {
            dexec_stat_add(a, g_strdup_printf("kvm-exits-%s",
                                              dexec_kvm_exit_names[i]),
                           DEXEC_STAT_COUNT, st ? st->kvm_exits[i] : 0);
        }
    }
    for (i = 0; i < DEXEC_DEVIRT__MAX; i++) {
        dexec_stat_add(a, g_strdup_printf("devirt-%s",
                                          DexecDevirtReason_str(i)),
                       DEXEC_STAT_COUNT, st ? st->devirt[i] : 0);
    }
    return a;
}

/* What target @target shows: of @cpu, or of the VM if NULL */
static GArray *dexec_stats_of(StatsTarget target, CPUState *cpu)
{
    GArray *a;
    CPUState *c;
    int in_kvm = 0, simulating = 0;
    double guest, kernel, qemu;
    guint i;

    if (target == STATS_TARGET_VCPU) {
        a = dexec_vcpu_counters(cpu);
        dexec_stat_add(a, g_strdup("in-kvm"), DEXEC_STAT_FLAG,
                       cpu && cpu->accel->engine == DEXEC_ENGINE_KVM);
        dexec_stat_add(a, g_strdup("simulate"), DEXEC_STAT_FLAG,
                       cpu && cpu->accel->mode == DEXEC_MODE_SIMULATE);
        return a;
    }

    a = dexec_vcpu_counters(NULL);
    CPU_FOREACH(c) {
        g_autoptr(GArray) v = NULL;

        if (!c->accel) {
            continue;
        }
        v = dexec_vcpu_counters(c);
        for (i = 0; i < a->len; i++) {
            g_array_index(a, DexecStat, i).value +=
                g_array_index(v, DexecStat, i).value;
        }
        in_kvm += c->accel->engine == DEXEC_ENGINE_KVM;
        simulating += c->accel->mode == DEXEC_MODE_SIMULATE;
    }
    dexec_stat_add(a, g_strdup("vcpus-in-kvm"), DEXEC_STAT_NOW, in_kvm);
    dexec_stat_add(a, g_strdup("vcpus-simulating"), DEXEC_STAT_NOW,
                   simulating);
    if (dexec_monitor_times(&guest, &kernel, &qemu)) {
        dexec_stat_add(a, g_strdup("monitor-guest-time"), DEXEC_STAT_NS,
                       guest * NANOSECONDS_PER_SECOND);
        dexec_stat_add(a, g_strdup("monitor-kernel-time"), DEXEC_STAT_NS,
                       kernel * NANOSECONDS_PER_SECOND);
        dexec_stat_add(a, g_strdup("monitor-qemu-time"), DEXEC_STAT_NS,
                       qemu * NANOSECONDS_PER_SECOND);
    }
    /* instructions per ns of direct execution, as measured at start-up */
    dexec_stat_add(a, g_strdup("kvm-instructions-per-ns"), DEXEC_STAT_MILLI,
                   dexec_state->kvm_insns_per_ns * 1000);
    return a;
}

static StatsList *dexec_stats_list(GArray *a, strList *names)
{
    StatsList *list = NULL;
    int i;

    for (i = a->len - 1; i >= 0; i--) {
        DexecStat *s = &g_array_index(a, DexecStat, i);
        Stats *stats;

        if (!apply_str_list_filter(s->name, names)) {
            continue;
        }
        stats = g_new0(Stats, 1);
        stats->name = g_strdup(s->name);
        stats->value = g_new0(StatsValue, 1);
        if (s->kind == DEXEC_STAT_FLAG) {
            stats->value->type = QTYPE_QBOOL;
            stats->value->u.boolean = s->value;
        } else {
            stats->value->type = QTYPE_QNUM;
            stats->value->u.scalar = s->value;
        }
        QAPI_LIST_PREPEND(list, stats);
    }
    return list;
}

static void dexec_stats_cb(StatsResultList **result, StatsTarget target,
                           strList *names, strList *targets, Error **errp)
{
    CPUState *cpu;

    switch (target) {
    case STATS_TARGET_VM: {
        g_autoptr(GArray) a = dexec_stats_of(target, NULL);
        StatsList *list = dexec_stats_list(a, names);

        if (list) {
            add_stats_entry(result, STATS_PROVIDER_DEXEC, NULL, list);
        }
        break;
    }
    case STATS_TARGET_VCPU:
        CPU_FOREACH(cpu) {
            g_autoptr(GArray) a = NULL;
            StatsList *list;

            if (!cpu->accel ||
                !apply_str_list_filter(cpu->parent_obj.canonical_path,
                                       targets)) {
                continue;
            }
            a = dexec_stats_of(target, cpu);
            list = dexec_stats_list(a, names);
            if (list) {
                add_stats_entry(result, STATS_PROVIDER_DEXEC,
                                cpu->parent_obj.canonical_path, list);
            }
        }
        break;
    default:
        break;
    }
}

static StatsSchemaValueList *dexec_stats_schema(GArray *a)
{
    StatsSchemaValueList *list = NULL;
    int i;

    for (i = a->len - 1; i >= 0; i--) {
        DexecStat *s = &g_array_index(a, DexecStat, i);
        StatsSchemaValue *v = g_new0(StatsSchemaValue, 1);

        v->name = g_strdup(s->name);
        switch (s->kind) {
        case DEXEC_STAT_COUNT:
            v->type = STATS_TYPE_CUMULATIVE;
            break;
        case DEXEC_STAT_NS:
            v->type = STATS_TYPE_CUMULATIVE;
            v->has_unit = true;
            v->unit = STATS_UNIT_SECONDS;
            v->has_base = true;
            v->base = 10;
            v->exponent = -9;
            break;
        case DEXEC_STAT_NOW:
            v->type = STATS_TYPE_INSTANT;
            break;
        case DEXEC_STAT_FLAG:
            v->type = STATS_TYPE_INSTANT;
            v->has_unit = true;
            v->unit = STATS_UNIT_BOOLEAN;
            break;
        case DEXEC_STAT_MILLI:
            v->type = STATS_TYPE_INSTANT;
            v->has_base = true;
            v->base = 10;
            v->exponent = -3;
            break;
        }
        QAPI_LIST_PREPEND(list, v);
    }
    return list;
}

static void dexec_stats_schemas_cb(StatsSchemaList **result, Error **errp)
{
    g_autoptr(GArray) vm = dexec_stats_of(STATS_TARGET_VM, NULL);
    g_autoptr(GArray) vcpu = dexec_stats_of(STATS_TARGET_VCPU, NULL);

    add_stats_schema(result, STATS_PROVIDER_DEXEC, STATS_TARGET_VM,
                     dexec_stats_schema(vm));
    add_stats_schema(result, STATS_PROVIDER_DEXEC, STATS_TARGET_VCPU,
                     dexec_stats_schema(vcpu));
}

void dexec_stats_init(void)
{
    add_stats_callbacks(STATS_PROVIDER_DEXEC, dexec_stats_cb,
                        dexec_stats_schemas_cb);
}
