/*
 * dexec: statistics
 *
 * What the monitor and the target count (DexecStats, per vCPU) and what
 * dexec knows of the host, shown two ways: as text in "info accel"
 * (AccelClass::get_stats, AccelOpsClass::get_vcpu_stats), and as
 * numbers that tools can read in QEMU's stats schema (query-stats,
 * provider dexec): for target vcpu, each vCPU's counters; for target vm,
 * their sums over the vCPUs, and what the VM does now.  Times there are
 * in ns (seconds, base 10, exponent -9); KVM's instructions are
 * estimated.
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
#include "system/kvm_int.h"
#include "system/stats.h"
#include "dexec-internal.h"

const char *const dexec_devirt_names[DEXEC_DEVIRT__MAX] = {
    [DEXEC_DEVIRT_EMULATION] = "emulation-failure",
    [DEXEC_DEVIRT_INTERNAL] = "internal-error",
    [DEXEC_DEVIRT_ENTRY] = "entry-failure",
    [DEXEC_DEVIRT_SYSCALL] = "kernel-entry-syscall",
    [DEXEC_DEVIRT_EXCEPTION] = "kernel-entry-exception",
    [DEXEC_DEVIRT_SOFTINT] = "kernel-entry-int-n",
    [DEXEC_DEVIRT_INTERRUPT] = "kernel-entry-interrupt",
    [DEXEC_DEVIRT_MODE] = "guest-mode",
    [DEXEC_DEVIRT_EVENT] = "event",
    [DEXEC_DEVIRT_BREAKPOINT] = "breakpoint",
    [DEXEC_DEVIRT_MODE_CHANGE] = "mode-change",
    [DEXEC_DEVIRT_DEBUGGER] = "debugger",
    [DEXEC_DEVIRT_STATE_READ] = "state-read",
};

static const char *const revirt_names[DEXEC_REVIRT__MAX] = {
    [DEXEC_REVIRT_STATE] = "state",
    [DEXEC_REVIRT_HANDBACK] = "handback",
};

/* "info accel" */

/*
 * Where the monitor thread's time went, by the host kernel's accounting
 * (/proc, in clock ticks): running guest code in KVM_RUN, in the host
 * kernel (KVM's handling of exits, and QEMU's system calls), and in QEMU
 * (TCG, the device models, the monitor).  Exits that KVM completes
 * in the kernel cost host kernel time; those that come to QEMU cost both.
 */
static bool dexec_monitor_times(double *guest, double *kernel, double *qemu)
{
    g_autofree char *path = NULL;
    g_autofree char *text = NULL;
    unsigned long long utime, stime, guest_time;
    double tick = sysconf(_SC_CLK_TCK);
    char *p;

    if (!first_cpu || !first_cpu->thread_id) {
        return false;
    }
    path = g_strdup_printf("/proc/self/task/%d/stat", first_cpu->thread_id);
    if (!g_file_get_contents(path, &text, NULL, NULL)) {
        return false;
    }
    p = strrchr(text, ')');
    if (!p ||
        sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %llu %llu "
               "%*d %*d %*d %*d %*d %*d %*u %*u %*d %*u %*u %*u %*u %*u %*u "
               "%*u %*u %*u %*u %*u %*u %*u %*d %*d %*u %*u %*u %llu",
               &utime, &stime, &guest_time) != 3 || tick <= 0) {
        return false;
    }
    *guest = guest_time / tick;
    *kernel = stime / tick;
    *qemu = (utime - MIN(guest_time, utime)) / tick;
    return true;
}

static void dexec_kvm_get_stats(DexecState *s, GString *buf)
{
    double guest, kernel, qemu;

    if (s->probe) {
        g_string_append_printf(buf, "%s\n", s->probe);
    }
    if (dexec_monitor_times(&guest, &kernel, &qemu)) {
        g_string_append_printf(buf, "monitor thread: %.2f s in guest code, "
                               "%.2f s in the host kernel, %.2f s in QEMU\n",
                               guest, kernel, qemu);
    }
    if (s->kvm) {
        g_string_append_printf(buf, "direct execution rate: %.2f "
                               "instructions/ns (calibrated)\n",
                               s->kvm_insns_per_ns);
        if (!dexec_kvm_logs_code) {
            g_string_append(buf, "TCG's code: flushed after KVM ran (KVM "
                            "does not log its writes for TCG)\n");
        } else if (kvm_dirty_ring_enabled()) {
            g_string_append_printf(buf, "KVM's dirty log: a ring of %" PRIu32
                                   " pages per vCPU\n", kvm_dirty_ring_size());
        } else {
            g_string_append(buf, "KVM's dirty log: bitmaps\n");
        }
    }
}

static void dexec_append_counts(GString *buf, const char *title,
                                const uint64_t *counts, int n,
                                const char *const *names)
{
    bool any = false;
    int i;

    for (i = 0; i < n; i++) {
        if (!counts[i]) {
            continue;
        }
        g_string_append_printf(buf, "%s %s=%" PRIu64,
                               any ? "," : title, names[i] ? names[i] : "?",
                               counts[i]);
        any = true;
    }
    if (any) {
        g_string_append_c(buf, '\n');
    }
}

static void dexec_kvm_get_vcpu_stats(CPUState *cpu, GString *buf)
{
    DexecStats *st = &cpu->accel->stats;
    const char *exit_names[KVM_EXIT_COUNTED];
    int i;

    if (cpu->kvm_exit_count) {
        for (i = 0; i < KVM_EXIT_COUNTED; i++) {
            exit_names[i] = kvm_exit_reason_name(i);
        }
        dexec_append_counts(buf, "  KVM exits:", cpu->kvm_exit_count,
                            KVM_EXIT_COUNTED, exit_names);
    }
    dexec_append_counts(buf, "  devirtualized:", st->devirt,
                        DEXEC_DEVIRT__MAX, dexec_devirt_names);
    dexec_append_counts(buf, "  back to KVM:", st->revirt,
                        DEXEC_REVIRT__MAX, revirt_names);
    if (st->switches_to[DEXEC_ENGINE_TCG] &&
        st->switches_to[DEXEC_ENGINE_KVM]) {
        double n = st->switches_to[DEXEC_ENGINE_TCG] * 1000.0;

        g_string_append_printf(buf, "  switch cost (us): to TCG %.1f "
                               "(reading KVM's state %.1f, TCG's code %.1f), "
                               "to KVM %.1f\n",
                               st->switch_to_ns[DEXEC_ENGINE_TCG] / n,
                               st->get_ns / n, st->dirty_log_ns / n,
                               st->switch_to_ns[DEXEC_ENGINE_KVM] /
                               (st->switches_to[DEXEC_ENGINE_KVM] * 1000.0));
    }
    if (st->code_syncs) {
        g_string_append_printf(buf, "  TCG's code made coherent with KVM's "
                               "writes: %" PRIu64 " times (%" PRIu64
                               " flushes), %.1f us each\n", st->code_syncs,
                               st->code_flushes,
                               st->code_sync_ns / 1000.0 / st->code_syncs);
    }
    dexec_arch_get_vcpu_stats(cpu, buf);
}

void dexec_get_stats(AccelState *as, GString *buf)
{
    DexecState *s = DEXEC_STATE(as);

    g_string_append_printf(buf, "dexec policy: %s",
                           DexecPolicy_str(s->effective_policy));
    if (s->policy == DEXEC_POLICY_AUTO) {
        g_string_append(buf, " (auto)");
    }
    g_string_append_printf(buf, ", quota: %" PRIu64 " instructions per slice\n",
                           s->quota);
    dexec_kvm_get_stats(s, buf);
}

void dexec_get_vcpu_stats(CPUState *cpu, GString *buf)
{
    DexecStats *st = &cpu->accel->stats;
    static const char *const engine[] = { "tcg", "kvm" };
    int i;

    g_string_append_printf(buf, "vCPU %d:\n", cpu->cpu_index);
    for (i = 0; i < DEXEC_ENGINE__MAX; i++) {
        g_string_append_printf(buf, "  %s: %" PRIu64 ".%03" PRIu64 " s, "
                               "%" PRIu64 " instructions%s, %" PRIu64
                               " entries\n", engine[i],
                               st->ns[i] / 1000000000,
                               st->ns[i] / 1000000 % 1000, st->insns[i],
                               i == DEXEC_ENGINE_KVM ? " (estimated)" :
                               st->tcg_uncounted ? " (counted with several "
                               "vCPUs only)" : "",
                               st->runs[i]);
    }
    g_string_append_printf(buf, "  engine switches: %" PRIu64
                           ", quota ends: %" PRIu64 ", directed yields "
                           "to it: %" PRIu64 "\n",
                           st->switches_to[DEXEC_ENGINE_TCG] +
                           st->switches_to[DEXEC_ENGINE_KVM],
                           st->quota_ends, st->yields_to);
    if (st->mmu_flushes) {
        g_string_append_printf(buf, "  KVM's shadow page tables: %" PRIu64
                               " flushes, %.1f us each\n", st->mmu_flushes,
                               st->mmu_flush_ns / 1000.0 / st->mmu_flushes);
    }
    dexec_mode_get_vcpu_stats(cpu, buf);
    dexec_kvm_get_vcpu_stats(cpu, buf);
}

/* query-stats */

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
    for (i = 0; i < KVM_EXIT_COUNTED; i++) {
        if (kvm_exit_reason_name(i)) {
            dexec_stat_add(a, g_strdup_printf("kvm-exits-%s",
                                              kvm_exit_reason_name(i)),
                           DEXEC_STAT_COUNT,
                           cpu && cpu->kvm_exit_count ?
                           cpu->kvm_exit_count[i] : 0);
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
