/*
 * dexec: snapshots and migration of x86 vCPUs
 *
 * A VM that dexec runs is saved in TCG's form (the migration's
 * cpu_synchronize_all_states() moves a vCPU in KVM into TCG, see
 * dexec_kvm_synchronize_state()) and loaded as TCG loads it.  dexec
 * shapes the CPU model after the host's KVM, so that the same -cpu is
 * not the same CPU under dexec on another host or with another policy,
 * nor under plain TCG: a
 * subsection of the CPU's state (vmstate_x86_dexec) says which CPU the
 * guest had -- the CPUID feature words, the XSAVE layout, the hypervisor
 * leaf, what guest user code reads natively of the host's CPU -- and the
 * destination, dexec or TCG, refuses a stream whose CPU differs from its
 * own.  dexec also refuses a stream from plain TCG if it gives the guest
 * what TCG cannot have given it.  The subsection also carries the
 * guest's region of interest.  (The guest's clocks across a load are in
 * dexec-state.c.)
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "cpu-internal.h"
#include "qapi/error.h"
#include "exec/translator.h"
#include "migration/vmstate.h"
#include "system/cpus.h"
#include "system/dexec_int.h"
#include "tcg/tcg-cpu.h"
#include "dexec-x86.h"

/* Feature words and XSAVE components in the stream, at most */
#define DEXEC_MIG_WORDS     64
#define DEXEC_MIG_AREAS     64
QEMU_BUILD_BUG_ON(FEATURE_WORDS > DEXEC_MIG_WORDS);
QEMU_BUILD_BUG_ON(XSAVE_STATE_AREA_COUNT > DEXEC_MIG_AREAS);

/* A feature word in the stream: CPUID leaf, subleaf and register, or MSR */
#define DEXEC_MIG_MSR       (1ULL << 63)

/*
 * What the stream says of a vCPU's CPU (VMSTATE_WITH_TMP): feature words
 * by their CPUID input or MSR, not by QEMU's FeatureWord numbers, which
 * another version may order differently.
 */
typedef struct DexecX86Migration {
    X86CPU *parent;
    uint32_t nr_words;
    uint64_t word_key[DEXEC_MIG_WORDS];
    uint64_t word[DEXEC_MIG_WORDS];
    /* the host's, as user code reads them natively; 0 where it cannot */
    uint64_t user_word[DEXEC_MIG_WORDS];
    uint64_t user_xcr0;
    uint32_t xsave_offset[DEXEC_MIG_AREAS];
    uint32_t hv_leaf[4];        /* CPUID 0x40000000 */
    uint8_t guest_mode;         /* DexecMode of the region of interest */
} DexecX86Migration;

static uint64_t dexec_mig_key(FeatureWord w)
{
    FeatureWordInfo *wi = &feature_word_info[w];

    if (wi->type == MSR_FEATURE_WORD) {
        return DEXEC_MIG_MSR | wi->msr.index;
    }
    return (uint64_t)wi->cpuid.eax << 32 |
           (wi->cpuid.needs_ecx ? wi->cpuid.ecx : 0xffffff) << 8 |
           wi->cpuid.reg;
}

/* What guest user code reads of feature word @w natively, 0 if nothing */
static uint64_t dexec_mig_user_word(FeatureWord w)
{
    FeatureWordInfo *wi = &feature_word_info[w];
    uint32_t regs[4];

    if (!dexec_x86_user_cpuid || wi->type != CPUID_FEATURE_WORD) {
        return 0;
    }
    host_cpuid(wi->cpuid.eax, wi->cpuid.ecx, &regs[R_EAX], &regs[R_EBX],
               &regs[R_ECX], &regs[R_EDX]);
    return regs[wi->cpuid.reg];
}

static void dexec_mig_hv_leaf(X86CPU *cpu, uint32_t *r)
{
    cpu_x86_cpuid(&cpu->env, 0x40000000, 0, &r[0], &r[1], &r[2], &r[3]);
}

static int dexec_mig_pre_save(void *opaque)
{
    DexecX86Migration *m = opaque;
    X86CPU *cpu = m->parent;
    AccelCPUState *acs = CPU(cpu)->accel;
    FeatureWord w;
    int i;

    m->nr_words = FEATURE_WORDS;
    for (w = 0; w < FEATURE_WORDS; w++) {
        m->word_key[w] = dexec_mig_key(w);
        m->word[w] = cpu->env.features[w];
        m->user_word[w] = dexec_mig_user_word(w);
    }
    m->user_xcr0 = dexec_x86_user_xcr0;
    for (i = 0; i < XSAVE_STATE_AREA_COUNT; i++) {
        m->xsave_offset[i] = x86_ext_save_areas[i].offset;
    }
    dexec_mig_hv_leaf(cpu, m->hv_leaf);
    m->guest_mode = acs->mode_reason == DEXEC_MODE_REASON_GUEST ?
                    acs->mode : DEXEC_MODE_POLICY;
    return 0;
}

/* Append the names of the bits of @mask in feature word @w to @s. */
static void dexec_mig_names(GString *s, FeatureWord w, uint64_t mask)
{
    static const char *const regs[] = {
        [R_EAX] = "EAX", [R_ECX] = "ECX", [R_EDX] = "EDX", [R_EBX] = "EBX",
    };
    FeatureWordInfo *wi = &feature_word_info[w];
    int bit;

    for (bit = 0; bit < 64; bit++) {
        const char *name = wi->feat_names[bit];

        if (!(mask & (1ULL << bit))) {
            continue;
        }
        if (s->len) {
            g_string_append(s, ", ");
        }
        if (name) {
            g_string_append(s, name);
        } else if (wi->type == CPUID_FEATURE_WORD) {
            g_string_append_printf(s, "CPUID[eax=%02Xh,ecx=%02Xh].%s[%d]",
                                   wi->cpuid.eax, wi->cpuid.ecx,
                                   regs[wi->cpuid.reg & 3], bit);
        } else {
            g_string_append_printf(s, "MSR(%02Xh)[%d]", wi->msr.index, bit);
        }
    }
}

/* The destination's feature word with @key, or -1 */
static int dexec_mig_word(uint64_t key)
{
    FeatureWord w;

    for (w = 0; w < FEATURE_WORDS; w++) {
        if (dexec_mig_key(w) == key) {
            return w;
        }
    }
    return -1;
}

/* The XCR0 components that the CPU model of @cpu offers */
static uint64_t dexec_mig_model_xcr0(X86CPU *cpu)
{
    return cpu->env.features[FEAT_XSAVE_XCR0_LO] |
           cpu->env.features[FEAT_XSAVE_XCR0_HI] << 32;
}

static bool dexec_mig_valid(void *opaque, int version_id)
{
    DexecX86Migration *m = opaque;

    return m->nr_words <= DEXEC_MIG_WORDS;
}

/*
 * The temporary's post_load keeps what it loaded for the subsection's, the
 * next thing to run: the one whose errors reach the migration's.
 */
static DexecX86Migration dexec_mig_loaded;

static int dexec_mig_tmp_post_load(void *opaque, int version_id)
{
    dexec_mig_loaded = *(DexecX86Migration *)opaque;
    return 0;
}

static bool dexec_mig_post_load(void *opaque, int version_id, Error **errp)
{
    DexecX86Migration *m = &dexec_mig_loaded;
    X86CPU *cpu = opaque;
    CPUState *cs = CPU(cpu);
    g_autoptr(GString) has = g_string_new("");
    g_autoptr(GString) lacks = g_string_new("");
    g_autoptr(GString) user = g_string_new("");
    g_autoptr(GString) why = g_string_new("");
    uint64_t seen[FEATURE_WORDS] = { 0 }, xcr0 = dexec_mig_model_xcr0(cpu);
    uint32_t hv[4];
    FeatureWord w;
    unsigned i;

    for (i = 0; i < m->nr_words; i++) {
        int dw = dexec_mig_word(m->word_key[i]);
        uint64_t here_user;

        if (dw < 0) {
            if (m->word[i] || m->user_word[i]) {
                g_string_append_printf(has, "%s<unknown feature word %"
                                       PRIx64 ">", has->len ? ", " : "",
                                       m->word_key[i]);
            }
            continue;
        }
        seen[dw] = m->word[i];
        dexec_mig_names(has, dw, m->word[i] & ~cpu->env.features[dw]);
        /* user code may have chosen its code by what it read natively */
        here_user = cpu->env.features[dw] | dexec_mig_user_word(dw);
        dexec_mig_names(user, dw, m->user_word[i] & ~here_user);
    }
    for (w = 0; w < FEATURE_WORDS; w++) {
        dexec_mig_names(lacks, w, cpu->env.features[w] & ~seen[w]);
    }
    if (has->len) {
        g_string_append_printf(why, "; the saved CPU has %s, which this one "
                               "lacks", has->str);
    }
    if (lacks->len) {
        g_string_append_printf(why, "; this one has %s, which the saved CPU "
                               "lacks", lacks->str);
    }
    for (i = 0; i < XSAVE_STATE_AREA_COUNT; i++) {
        if ((xcr0 & (1ULL << i)) && i > XSTATE_SSE_BIT &&
            m->xsave_offset[i] != x86_ext_save_areas[i].offset) {
            g_string_append_printf(why, "; XSAVE puts state component %u at "
                                   "0x%x in the saved CPU, at 0x%x here", i,
                                   m->xsave_offset[i],
                                   x86_ext_save_areas[i].offset);
        }
    }
    dexec_mig_hv_leaf(cpu, hv);
    if (memcmp(hv, m->hv_leaf, sizeof(hv))) {
        g_string_append_printf(why, "; its hypervisor CPUID leaf says "
                               "\"%.4s%.4s%.4s\", this one's \"%.4s%.4s%.4s\"",
                               (char *)&m->hv_leaf[1], (char *)&m->hv_leaf[2],
                               (char *)&m->hv_leaf[3], (char *)&hv[1],
                               (char *)&hv[2], (char *)&hv[3]);
    }
    if (user->len) {
        g_string_append_printf(why, "; guest user code read %s of the "
                               "host's CPUID natively, which it lacks here",
                               user->str);
    }
    if (m->user_xcr0 & ~(dexec_x86_user_xcr0 | xcr0)) {
        g_string_append_printf(why, "; guest user code could use XCR0 "
                               "components 0x%" PRIx64 ", which it cannot "
                               "here", m->user_xcr0 &
                               ~(dexec_x86_user_xcr0 | xcr0));
    }
    if (why->len) {
        error_setg(errp, "CPU model mismatch for vCPU %d: it was saved with "
                   "another CPU than it has here%s", cs->cpu_index,
                   why->str);
        return false;
    }

    /*
     * The guest began a region of interest that it has not ended: it
     * ends it with a magic instruction, which must not become an INT3.
     */
    if (m->guest_mode != DEXEC_MODE_POLICY && !tcg_accel_calls) {
        error_setg(errp, "vCPU %d was saved in the guest's region of "
                   "interest, which only -accel dexec,roi=on carries: the "
                   "guest's magic instruction that ends it would be an "
                   "INT3 here", cs->cpu_index);
        return false;
    }
    if (dexec_enabled()) {
        cs->accel->loaded_dexec = true;
        cs->accel->loaded_mode = m->guest_mode < DEXEC_MODE__MAX ?
                                 m->guest_mode : DEXEC_MODE_POLICY;
    }
    return true;
}

static const VMStateDescription vmstate_x86_dexec_tmp = {
    .name = "cpu/dexec/tmp",
    .pre_save = dexec_mig_pre_save,
    .post_load = dexec_mig_tmp_post_load,
    .fields = (const VMStateField[]) {
        VMSTATE_UINT32(nr_words, DexecX86Migration),
        VMSTATE_VALIDATE("the number of CPUID feature words",
                         dexec_mig_valid),
        VMSTATE_UINT64_ARRAY(word_key, DexecX86Migration, DEXEC_MIG_WORDS),
        VMSTATE_UINT64_ARRAY(word, DexecX86Migration, DEXEC_MIG_WORDS),
        VMSTATE_UINT64_ARRAY(user_word, DexecX86Migration,
                             DEXEC_MIG_WORDS),
        VMSTATE_UINT64(user_xcr0, DexecX86Migration),
        VMSTATE_UINT32_ARRAY(xsave_offset, DexecX86Migration,
                             DEXEC_MIG_AREAS),
        VMSTATE_UINT32_ARRAY(hv_leaf, DexecX86Migration, 4),
        VMSTATE_UINT8(guest_mode, DexecX86Migration),
        VMSTATE_END_OF_LIST()
    }
};

static bool dexec_mig_needed(void *opaque)
{
    return dexec_enabled();
}

/*
 * Sent only by dexec, and known to every accelerator of a QEMU built with
 * dexec: plain TCG checks it too.
 */
const VMStateDescription vmstate_x86_dexec = {
    .name = "cpu/dexec",
    .version_id = 1,
    .minimum_version_id = 1,
    .needed = dexec_mig_needed,
    .post_load_errp = dexec_mig_post_load,
    .fields = (const VMStateField[]) {
        VMSTATE_WITH_TMP(X86CPU, DexecX86Migration, vmstate_x86_dexec_tmp),
        VMSTATE_END_OF_LIST()
    }
};

/* The XSAVE offsets of TCG's own layout (X86XSaveArea) */
static const uint32_t dexec_mig_tcg_xsave[XSAVE_STATE_AREA_COUNT] = {
    [XSTATE_YMM_BIT] = XSAVE_AVX_OFFSET,
    [XSTATE_BNDREGS_BIT] = XSAVE_BNDREG_OFFSET,
    [XSTATE_BNDCSR_BIT] = XSAVE_BNDCSR_OFFSET,
    [XSTATE_OPMASK_BIT] = XSAVE_OPMASK_OFFSET,
    [XSTATE_ZMM_Hi256_BIT] = XSAVE_ZMM_HI256_OFFSET,
    [XSTATE_Hi16_ZMM_BIT] = XSAVE_HI16_ZMM_OFFSET,
    [XSTATE_PKRU_BIT] = XSAVE_PKRU_OFFSET,
};

/*
 * A stream without dexec's subsection was saved by another accelerator
 * (-accel tcg, in practice: the interrupt controllers of KVM's are other
 * devices).  Its CPU cannot have had what dexec gives this one because
 * the host's KVM runs it: refuse the stream if this CPU has any of it.
 * The rest of the model must be the same, as for any migration.
 */
static bool dexec_x86_check_tcg_stream(X86CPU *cpu, Error **errp)
{
    CPUX86State *env = &cpu->env;
    g_autoptr(GString) kvm_lacks = g_string_new("");
    g_autoptr(GString) pv = g_string_new("");
    g_autoptr(GString) why = g_string_new("");
    uint64_t xcr0 = dexec_mig_model_xcr0(cpu);
    uint32_t hv[4];
    FeatureWord w;
    int i;

    dexec_mig_names(pv, FEAT_KVM, env->features[FEAT_KVM]);
    dexec_mig_names(pv, FEAT_KVM_HINTS, env->features[FEAT_KVM_HINTS]);
    if (pv->len) {
        g_string_append_printf(why, "; KVM's paravirtual features %s",
                               pv->str);
    }
    dexec_mig_hv_leaf(cpu, hv);
    if (!memcmp(&hv[1], "KVMKVMKVM\0\0\0", 12)) {
        g_string_append(why, "; KVM's hypervisor CPUID leaves");
    }
    if (dexec_x86_user_xcr0) {
        g_string_append_printf(why, "; the host's XCR0 (0x%" PRIx64 "), "
                               "which guest user code reads natively, with "
                               "the features that its state needs",
                               dexec_x86_user_xcr0);
    }
    if (dexec_x86_user_cpuid) {
        g_string_append(why, "; the host's CPUID, which guest user code "
                        "reads natively");
    }
    for (w = 0; w < FEATURE_WORDS; w++) {
        dexec_mig_names(kvm_lacks, w, cpu->filtered_features[w] &
                        feature_word_info[w].tcg_features);
    }
    if (kvm_lacks->len) {
        g_string_append_printf(why, "; no %s, which the host's KVM lacks",
                               kvm_lacks->str);
    }
    for (i = XSTATE_YMM_BIT; i < XSAVE_STATE_AREA_COUNT; i++) {
        if ((xcr0 & (1ULL << i)) && dexec_mig_tcg_xsave[i] &&
            dexec_mig_tcg_xsave[i] != x86_ext_save_areas[i].offset) {
            g_string_append_printf(why, "; the host's XSAVE layout (state "
                                   "component %d at 0x%x)", i,
                                   x86_ext_save_areas[i].offset);
        }
    }
    if (why->len) {
        error_setg(errp, "CPU model mismatch for vCPU %d: the stream was not "
                   "saved by dexec (but e.g. by -accel tcg), whose CPU "
                   "cannot have had what dexec gives this one here: %s",
                   CPU(cpu)->cpu_index, why->str + 2);
        return false;
    }
    return true;
}

bool dexec_x86_cpu_post_load(X86CPU *cpu, Error **errp)
{
    if (!dexec_enabled() || CPU(cpu)->accel->loaded_dexec) {
        return true;
    }
    return dexec_x86_check_tcg_stream(cpu, errp);
}
