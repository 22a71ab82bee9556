/*
 * Count the instructions that each vCPU executes from one execution of a
 * fence instruction to the next: the instructions of a region of code
 * that the guest brackets with fences, as TCG executes it.
 *
 *   -plugin libregion.so[,fence=HEX]
 *
 * The fence is given by its bytes, in hex (default 6687db, "xchg %bx,
 * %bx", which the guest executes nowhere else).  At exit, for each region
 * (each fence but a vCPU's first ends one): "cpu C region N: K insns",
 * counting the region's instructions and the fence that ends it.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <glib.h>
#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include <qemu-plugin.h>

QEMU_PLUGIN_EXPORT int qemu_plugin_version = QEMU_PLUGIN_VERSION;

typedef struct {
    uint64_t insns;             /* executed so far */
    uint64_t fence;             /* ... when the last fence executed */
    uint64_t fences;            /* fences executed */
} VCPUCount;

static struct qemu_plugin_scoreboard *counts;
static qemu_plugin_u64 insns;
static GByteArray *fence;
static GString *report;
static GMutex report_lock;

static void vcpu_fence(unsigned int cpu_index, void *udata)
{
    VCPUCount *c = qemu_plugin_scoreboard_find(counts, cpu_index);

    if (c->fences++) {
        g_mutex_lock(&report_lock);
        g_string_append_printf(report, "cpu %u region %" PRIu64 ": %" PRIu64
                               " insns\n", cpu_index, c->fences - 1,
                               c->insns - c->fence);
        g_mutex_unlock(&report_lock);
    }
    c->fence = c->insns;
}

static void vcpu_tb_trans(qemu_plugin_id_t id, struct qemu_plugin_tb *tb)
{
    size_t n = qemu_plugin_tb_n_insns(tb);
    uint8_t data[16];
    size_t i;

    for (i = 0; i < n; i++) {
        struct qemu_plugin_insn *insn = qemu_plugin_tb_get_insn(tb, i);
        size_t len = qemu_plugin_insn_data(insn, data, sizeof(data));

        qemu_plugin_register_vcpu_insn_exec_inline_per_vcpu(
            insn, QEMU_PLUGIN_INLINE_ADD_U64, insns, 1);
        if (len == fence->len && !memcmp(data, fence->data, len)) {
            qemu_plugin_register_vcpu_insn_exec_cb(
                insn, vcpu_fence, QEMU_PLUGIN_CB_NO_REGS, NULL);
        }
    }
}

static void plugin_exit(qemu_plugin_id_t id, void *p)
{
    qemu_plugin_outs(report->str);
    g_string_free(report, true);
    g_byte_array_unref(fence);
    qemu_plugin_scoreboard_free(counts);
}

QEMU_PLUGIN_EXPORT int qemu_plugin_install(qemu_plugin_id_t id,
                                           const qemu_info_t *info,
                                           int argc, char **argv)
{
    const char *hex = "6687db";
    size_t i;

    for (i = 0; i < argc; i++) {
        g_auto(GStrv) tokens = g_strsplit(argv[i], "=", 2);

        if (g_strcmp0(tokens[0], "fence") == 0 && tokens[1]) {
            hex = argv[i] + strlen("fence=");
        } else {
            fprintf(stderr, "option parsing failed: %s\n", argv[i]);
            return -1;
        }
    }
    fence = g_byte_array_new();
    for (i = 0; hex[i] && hex[i + 1]; i += 2) {
        int hi = g_ascii_xdigit_value(hex[i]);
        int lo = g_ascii_xdigit_value(hex[i + 1]);
        uint8_t byte = hi << 4 | lo;

        if (hi < 0 || lo < 0) {
            break;
        }
        g_byte_array_append(fence, &byte, 1);
    }
    if (hex[i] || !fence->len || fence->len > 15) {
        fprintf(stderr, "fence: not the hex bytes of an instruction: %s\n",
                hex);
        return -1;
    }

    report = g_string_new(NULL);
    counts = qemu_plugin_scoreboard_new(sizeof(VCPUCount));
    insns = qemu_plugin_scoreboard_u64_in_struct(counts, VCPUCount, insns);
    qemu_plugin_register_vcpu_tb_trans_cb(id, vcpu_tb_trans);
    qemu_plugin_register_atexit_cb(id, plugin_exit, NULL);
    return 0;
}
