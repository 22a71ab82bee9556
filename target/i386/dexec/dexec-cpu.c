/*
 * dexec: x86 vCPUs
 *
 * An x86 vCPU under dexec is a TCG vCPU (dexec's accel-cpu type derives
 * from TCG's) that the monitor also runs in KVM.  This file holds what
 * the host's KVM decides at start-up (the auto policy, the guest's TSC,
 * what user code reads natively and so what the CPU model offers), the
 * per-vCPU set-up, its statistics and the accel-cpu type.  The other
 * files: dexec-policy.c (which engine runs the vCPU), dexec-state.c
 * (moving its state), dexec-entry.c and dexec-adapt.c (the user policy),
 * dexec-probe.c (start-up measurement), dexec-roi.c (the magic
 * instruction), dexec-migration.c (snapshots and migration).
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "cpu.h"
#include "cpu-internal.h"
#include "qapi/error.h"
#include "qemu/timer.h"
#include "accel/accel-cpu-target.h"
#include "system/kvm.h"
#include "system/dexec_int.h"
#include "kvm/kvm_i386.h"
#include "dexec-x86.h"

/*
 * The XCR0 components that both engines carry: those that the guest is
 * told of, and PKRU.  The guest is not told of PKU (KVM does not offer
 * it), so its kernel neither enables protection keys nor switches PKRU
 * between processes; but user code can read and write PKRU natively
 * where it reads the host's XCR0.  PKRU then only matters to the program
 * that wrote it (no page has a protection key, and pkey_alloc() fails),
 * and goes with the vCPU between the engines as KVM has it: TCG does not
 * execute RDPKRU and WRPKRU there, but hands them back to KVM.
 */
#define DEXEC_X86_XCR0_CARRIED  (XSTATE_FP_MASK | XSTATE_SSE_MASK | \
                                 XSTATE_YMM_MASK | XSTATE_OPMASK_MASK | \
                                 XSTATE_ZMM_Hi256_MASK | \
                                 XSTATE_Hi16_ZMM_MASK | XSTATE_PKRU_MASK)

/*
 * What the CPU model takes from the host's KVM (see X86HybridFeatures):
 * the XCR0 that guest user code reads natively, whatever the guest's
 * CPUID and XCR0 say, on a KVM that runs user mode without virtualizing
 * them there (kvm_pvm), 0 elsewhere; whether user code reads the host's
 * CPUID natively there too; the KVM paravirtual features (CPUID
 * 0x40000001 EAX) that both engines implement.
 */
uint64_t dexec_x86_user_xcr0;
bool dexec_x86_user_cpuid;
static uint32_t dexec_x86_pv_features;

/*
 * Instruction set extensions that user code can use without the kernel's
 * help (beyond saving the state that XCR0 covers), by feature word.  Not
 * the hints that REP MOVSB/STOSB are fast (ERMS, FSRM, ...): TCG runs
 * them a byte at a time, and the guest kernel would use them.
 */
static const uint64_t dexec_x86_user_isa_features[FEATURE_WORDS] = {
    [FEAT_1_ECX] = CPUID_EXT_SSE3 | CPUID_EXT_PCLMULQDQ | CPUID_EXT_SSSE3 |
                   CPUID_EXT_CX16 | CPUID_EXT_SSE41 | CPUID_EXT_SSE42 |
                   CPUID_EXT_MOVBE | CPUID_EXT_POPCNT | CPUID_EXT_AES |
                   CPUID_EXT_RDRAND,
    [FEAT_7_0_EBX] = CPUID_7_0_EBX_BMI1 | CPUID_7_0_EBX_BMI2 |
                     CPUID_7_0_EBX_ADX | CPUID_7_0_EBX_RDSEED |
                     CPUID_7_0_EBX_SHA_NI | CPUID_7_0_EBX_CLFLUSHOPT,
    [FEAT_8000_0001_ECX] = CPUID_EXT3_LAHF_LM | CPUID_EXT3_ABM |
                           CPUID_EXT3_SSE4A | CPUID_EXT3_3DNOWPREFETCH,
};

/* ... and those that also need the AVX state (XCR0.YMM) */
static const uint64_t dexec_x86_user_avx_features[FEATURE_WORDS] = {
    [FEAT_1_ECX] = CPUID_EXT_FMA | CPUID_EXT_F16C,
    [FEAT_7_0_EBX] = CPUID_7_0_EBX_AVX2,
    [FEAT_7_0_ECX] = CPUID_7_0_ECX_VAES,
};

/*
 * Where guest user code also reads the host's CPUID natively
 * (dexec_x86_user_cpuid), programs pick their code by it: tell the guest
 * of the host's extensions that TCG executes too, so that TCG runs that
 * code instead of handing it back to KVM.  An explicit -cpu choice wins.
 */
static uint64_t dexec_x86_user_isa(FeatureWord w)
{
    FeatureWordInfo *wi = &feature_word_info[w];
    uint64_t isa = dexec_x86_user_isa_features[w];
    uint32_t regs[4];

    if (!dexec_x86_user_cpuid || wi->type != CPUID_FEATURE_WORD) {
        return 0;
    }
    if (dexec_x86_user_xcr0 & XSTATE_YMM_MASK) {
        isa |= dexec_x86_user_avx_features[w];
    }
    host_cpuid(wi->cpuid.eax, wi->cpuid.ecx, &regs[R_EAX], &regs[R_EBX],
               &regs[R_ECX], &regs[R_EDX]);
    return isa & wi->tcg_features & regs[wi->cpuid.reg];
}

/*
 * Where guest user code reads the host's XCR0 natively and uses its state
 * (dexec_x86_user_xcr0), the guest kernel must know of that state to
 * save and restore it: XSAVE, AVX and AVX512F, and the state components.
 * KVM carries them although it may not report them as supported; TCG
 * carries the AVX-512 components as data.
 */
static uint64_t dexec_x86_user_state(FeatureWord w)
{
    uint64_t xcr0 = dexec_x86_user_xcr0;

    switch (w) {
    case FEAT_1_ECX:
        return xcr0 & XSTATE_YMM_MASK ? CPUID_EXT_XSAVE | CPUID_EXT_AVX : 0;
    case FEAT_XSAVE:
        /* (without a FEAT_XSAVE bit, CR4.OSXSAVE is reserved for TCG) */
        return xcr0 & XSTATE_YMM_MASK ? CPUID_XSAVE_XSAVEOPT : 0;
    case FEAT_7_0_EBX:
        return xcr0 & XSTATE_Hi16_ZMM_MASK ? CPUID_7_0_EBX_AVX512F : 0;
    case FEAT_XSAVE_XCR0_LO:
        return xcr0 & (XSTATE_FP_MASK | XSTATE_SSE_MASK | XSTATE_YMM_MASK |
                       XSTATE_OPMASK_MASK | XSTATE_ZMM_Hi256_MASK |
                       XSTATE_Hi16_ZMM_MASK);
    default:
        return 0;
    }
}

/* Add "; <what>" to what "info accel" says of the start-up probe. */
static void G_GNUC_PRINTF(2, 3) dexec_x86_probe_note(DexecState *s,
                                                     const char *fmt, ...)
{
    g_autofree char *what = NULL;
    char *probe = s->probe;
    va_list ap;

    va_start(ap, fmt);
    what = g_strdup_vprintf(fmt, ap);
    va_end(ap);
    s->probe = g_strdup_printf("%s; %s", probe, what);
    g_free(probe);
}

int dexec_arch_kvm_init(DexecState *s, int kvm_fd, Error **errp)
{
    DexecX86Probe p;

    if (!dexec_x86_probe(kvm_fd, &p, errp)) {
        return -EIO;
    }

    /*
     * Where guest user code reads the host's XCR0 and can use state that
     * dexec does not know how to carry between the engines (e.g. AMX),
     * running user code in KVM is unsafe: auto chooses TCG (see below),
     * and a policy that runs user code in KVM is refused.
     */
    if ((p.user_xcr0 & ~DEXEC_X86_XCR0_CARRIED) &&
        s->policy != DEXEC_POLICY_AUTO) {
        error_setg(errp, "policy=%s cannot run on this host: guest user "
                   "code reads the host's XCR0 (0x%" PRIx64 "), with state "
                   "that dexec cannot carry between KVM and TCG (0x%"
                   PRIx64 ")", DexecPolicy_str(s->policy), p.user_xcr0,
                   (uint64_t)(p.user_xcr0 & ~DEXEC_X86_XCR0_CARRIED));
        error_append_hint(errp, "policy=auto and policy=tcg run all guest "
                          "code in TCG here\n");
        return -ENOTSUP;
    }

    s->kvm_insns_per_ns = 2 / p.cpl3_ns;
    s->kvm_shadow_paging = p.shadow_paging;
    if (s->policy == DEXEC_POLICY_AUTO) {
        /* Native kernel code runs at most a few times slower than user code */
        s->effective_policy = p.cpl0_ns > 20 * p.cpl3_ns ?
                              DEXEC_POLICY_USER : DEXEC_POLICY_NATIVE;
    } else {
        s->effective_policy = s->policy;
    }
    s->probe = g_strdup_printf("start-up measurement: guest CPL3 %.2f ns, "
                               "CPL0 %.2f ns per loop iteration",
                               p.cpl3_ns, p.cpl0_ns);
    if (!p.tsc_offset) {
        dexec_x86_probe_note(s, "user mode reads the host's TSC");
    }
    if (p.shadow_paging) {
        dexec_x86_probe_note(s, "KVM shadows page tables");
    }

    /*
     * Where KVM runs the guest kernel, give it kvmclock, as KVM's guests
     * have it: without, Linux calibrates the TSC against the PIT or the
     * HPET, each read an exit to the monitor, and where exits are slow
     * (a nested KVM host) the calibration fails, the TSC is found
     * unstable, and every clock read becomes an HPET read, another exit.
     * TCG reads kvmclock's page as any memory, with the same TSC; what
     * the guest writes to its MSRs while in TCG goes to KVM at the next
     * entry (see DexecX86ResetState), which updates the page then.  No
     * port 0x80 delays either, which are exits too.
     */
    if (s->effective_policy == DEXEC_POLICY_NATIVE) {
        dexec_x86_pv_features =
            CPUID_KVM_CLOCK | CPUID_KVM_CLOCK2 | CPUID_KVM_PV_EOI |
            1U << KVM_FEATURE_NOP_IO_DELAY |
            1U << KVM_FEATURE_CLOCKSOURCE_STABLE_BIT;
    }

    /* see dexec_arch_get_ticks() */
    dexec_tsc_host = !p.tsc_offset;

    /*
     * Where guest user code reads the host's CPUID and XCR0, programs use
     * AVX and AVX-512 if the host has them, whatever the guest's CPUID
     * says.  Tell the guest kernel of that state, so that it saves and
     * restores it, and both engines carry it (TCG as data for AVX-512).
     * If user code can use state that dexec does not know how to carry,
     * auto keeps to TCG (other policies were refused above).
     */
    if (p.user_xcr0 & ~DEXEC_X86_XCR0_CARRIED) {
        s->effective_policy = DEXEC_POLICY_TCG;
        dexec_x86_probe_note(s, "user mode reads the host's XCR0 (0x%" PRIx64
                             "), with state the guest cannot carry: user "
                             "code in KVM is unsafe", p.user_xcr0);
    } else if (p.user_xcr0) {
        dexec_x86_user_xcr0 = p.user_xcr0;
        dexec_x86_probe_note(s, "user mode reads the host's XCR0 (0x%" PRIx64
                             "): the guest is told of its state",
                             p.user_xcr0);
    }
    if (p.user_cpuid && s->effective_policy != DEXEC_POLICY_TCG) {
        dexec_x86_user_cpuid = true;
        dexec_x86_probe_note(s, "user mode reads the host's CPUID: the guest "
                             "is told of the extensions TCG has too");
    }
    return 0;
}

/* Shape the CPU model for KVM beside TCG, once dexec uses KVM. */
void dexec_x86_cpu_model_init(void)
{
    X86HybridFeatures f = { .with_kvm = true };
    FeatureWord w;

    f.implemented[FEAT_KVM] = dexec_x86_pv_features;
    for (w = 0; w < FEATURE_WORDS; w++) {
        f.required[w] = dexec_x86_user_state(w);
        f.defaults[w] = dexec_x86_user_isa(w);
    }
    /*
     * AVX-512 is in the CPUID for the guest kernel to manage the state
     * that user code uses natively in KVM.  TCG does not execute
     * AVX-512: user code that TCG runs is not told of it, and so picks
     * code that TCG runs.
     */
    if (dexec_x86_user_xcr0 & XSTATE_Hi16_ZMM_MASK) {
        f.hide_from_tcg_user[FEAT_7_0_EBX] = CPUID_7_0_EBX_AVX512F;
    }
    x86_cpu_set_hybrid_features(&f);
}

void dexec_arch_kvm_cleanup(DexecState *s)
{
    /* what the CPU model takes from the host, see X86HybridFeatures */
    dexec_x86_user_xcr0 = 0;
    dexec_x86_user_cpuid = false;
    dexec_x86_pv_features = 0;
    dexec_tsc_host = false;
}

void dexec_arch_init_vcpu(CPUState *cs)
{
    DexecX86VCPU *xcpu = g_new0(DexecX86VCPU, 1);

    xcpu->wait_timer = timer_new_ns(QEMU_CLOCK_REALTIME, dexec_x86_wait_over,
                                    cs);
    cs->accel->arch = xcpu;
    /* registers, segments and events come and go through kvm_run */
    kvm_arch_enable_sync_regs(cs);
    /*
     * TCG tells dexec of returns to user mode, which under the user
     * policy go back to KVM at once (dexec_arch_hwaccel_wanted())
     */
    cs->hwaccel_exits |= CPU_HWACCEL_EXIT_STATE;
    xcpu->exit_to_user = dexec_x86_user_policy(cs);
    /* and, in any policy, hands KVM an instruction that it does not decode */
    cs->hwaccel_exits |= CPU_HWACCEL_EXIT_INSN;
    dexec_x86_roi_init_vcpu(cs);
}

void dexec_arch_get_vcpu_stats(CPUState *cs, GString *buf)
{
    DexecStats *st = &cs->accel->stats;

    if (st->switches_to[DEXEC_ENGINE_TCG]) {
        g_string_append_printf(buf, "  TCG's TLB kept at %" PRIu64 " of %"
                               PRIu64 " switches to TCG\n", st->tcg_tlb_kept,
                               st->switches_to[DEXEC_ENGINE_TCG]);
    }
    g_string_append_printf(buf, "  puts to KVM: runtime=%" PRIu64 ", reset=%"
                           PRIu64 ", full=%" PRIu64 "\n",
                           st->puts[KVM_PUT_RUNTIME_STATE],
                           st->puts[KVM_PUT_RESET_STATE],
                           st->puts[KVM_PUT_FULL_STATE]);
    if (st->tcg_waits) {
        g_string_append_printf(buf, "  adaptive: user code kept in TCG %"
                               PRIu64 " times (%" PRIu64 " at a process "
                               "start), %" PRIu64 " ms in all\n",
                               st->tcg_waits, st->tcg_start_waits,
                               st->tcg_wait_ns / SCALE_MS);
    }
}

static void (*dexec_x86_tcg_cpu_instance_init)(CPUState *cs);

/*
 * Defaults that override the named CPU models, as under KVM: dexec
 * offers no nested virtualization, and the models that list SVM (such
 * as the default, qemu64) would otherwise warn at every start that it
 * is missing.
 */
static PropValue dexec_x86_default_props[] = {
    { "svm", "off" },
    { NULL, NULL },
};

/* ... and the KVM paravirtual features that both engines implement */
static PropValue dexec_x86_pv_props[] = {
    { "kvmclock", "on" },
    { "kvm-nopiodelay", "on" },
    { "kvmclock-stable-bit", "on" },
    { "kvm-pv-eoi", "on" },
    { NULL, NULL },
};

static void dexec_x86_cpu_instance_init(CPUState *cs)
{
    X86CPU *cpu = X86_CPU(cs);

    dexec_x86_tcg_cpu_instance_init(cs);
    if (X86_CPU_GET_CLASS(cpu)->model) {
        x86_cpu_apply_props(cpu, dexec_x86_default_props);
    }
    if (dexec_x86_pv_features) {
        x86_cpu_apply_props(cpu, dexec_x86_pv_props);
    }
    /*
     * KVM's XSAVE buffers have the host's layout: have TCG's XSAVE and
     * the guest's CPUID use it too, which is also what guest user code
     * reads natively on a KVM that does not virtualize CPUID.
     */
    if (dexec_kvm_in_use()) {
        x86_cpu_xsave_host_layout();
    }
}

static void dexec_x86_cpu_accel_class_init(ObjectClass *oc, const void *data)
{
    AccelCPUClass *acc = ACCEL_CPU_CLASS(oc);

    dexec_x86_tcg_cpu_instance_init = acc->cpu_instance_init;
    acc->cpu_instance_init = dexec_x86_cpu_instance_init;
}

static const TypeInfo x86_dexec_cpu_accel_type_info = {
    .name = ACCEL_CPU_NAME("dexec"),
    .parent = ACCEL_CPU_NAME("tcg"),
    .class_init = dexec_x86_cpu_accel_class_init,
    .abstract = true,
};

static void x86_dexec_cpu_accel_register_types(void)
{
    type_register_static(&x86_dexec_cpu_accel_type_info);
}

type_init(x86_dexec_cpu_accel_register_types);
