/*
 * dexec: x86 vCPUs
 *
 * An x86 vCPU under dexec is a TCG vCPU (dexec's accel-cpu type derives
 * from TCG's) that the monitor also runs in KVM.  This file holds the x86
 * policy, which engine runs a vCPU, and moves its state between the two:
 * KVM's copy is read and written with QEMU's KVM code
 * (kvm_arch_get_registers/kvm_arch_put_registers); what TCG keeps on top
 * of the architectural state (lazy flags, softfloat status, hflags, TLB,
 * breakpoints) is rebuilt here, as after loading a migration stream.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <linux/kvm.h>
#include "cpu.h"
#include "qapi/error.h"
#include "qemu/error-report.h"
#include "qemu/main-loop.h"
#include "qemu/timer.h"
#include "qemu/host-utils.h"
#include "qemu/accel.h"
#include "accel/accel-cpu-target.h"
#include "exec/cputlb.h"
#include "exec/target_page.h"
#include "exec/breakpoint.h"
#include "exec/watchpoint.h"
#include "system/memory.h"
#include "system/kvm.h"
#include "system/kvm_int.h"
#include "system/cpus.h"
#include "system/cpu-timers.h"
#include "system/runstate.h"
#include "system/dexec_int.h"
#include "kvm/kvm_i386.h"
#include "tcg/helper-tcg.h"
#include "dexec-x86.h"
#include "trace.h"

/* Instructions TCG runs for a guest mode or event before KVM is retried */
#define DEXEC_TCG_CHUNK         100000
/* ... after KVM refused the guest state: doubled at each failure */
#define DEXEC_ENTRY_BACKOFF     10000

/*
 * Adaptive user policy, per process: a stay in KVM must last this many
 * times an engine switch (there and back) for direct execution to pay;
 * otherwise the process's user code stays in TCG for a wait that starts
 * at DEXEC_WAIT_MIN and doubles, up to DEXEC_WAIT_MAX, while it still
 * does not pay.
 */
#define DEXEC_PAYOFF            4
#define DEXEC_WAIT_MIN          (1 * SCALE_MS)
#define DEXEC_WAIT_MAX          (200 * SCALE_MS)

/*
 * Where user code reads the host's CPUID, a new process starts in TCG for
 * this long: long enough for its C library to choose its string functions
 * by TCG's CPUID (code that both engines run) rather than the host's
 * (AVX-512, that TCG would hand back to KVM at every call).
 */
#define DEXEC_WAIT_START        (20 * SCALE_MS)
/* Processes that the adaptive policy knows, hashed by address space */
#define DEXEC_PROCESSES         256

const int dexec_arch_tcg_interrupts = CPU_INTERRUPT_INIT | CPU_INTERRUPT_SIPI |
                                       CPU_INTERRUPT_SMI;

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
 * The guest's TSC, the same in both engines.  Where KVM applies its TSC
 * offset to what guest user code reads, it is TCG's: QEMU's CPU ticks
 * (cpu_get_ticks()), which stop while the VM is stopped and go with its
 * state into a snapshot or to another QEMU.  KVM runs the vCPUs with the
 * host's TSC plus cpu_get_ticks_offset(), which changes at each start of
 * the VM: dexec_tsc_generation says when KVM's offset is to be set anew.
 * Where guest user code reads the host's TSC whatever KVM was told
 * (kvm_pvm), the guest's TSC is the host's, in both engines, or it would
 * go back and forth between them.
 */
static bool dexec_tsc_host;
static int64_t dexec_tsc_offset;        /* KVM's: guest TSC - host TSC */
static unsigned dexec_tsc_generation;

int64_t dexec_arch_get_ticks(void)
{
    return dexec_tsc_host ? cpu_get_host_ticks() : cpu_get_ticks();
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
        x86_tcg_kvm_pv_features =
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
        x86_user_native_xcr0 = p.user_xcr0;
        dexec_x86_probe_note(s, "user mode reads the host's XCR0 (0x%" PRIx64
                             "): the guest is told of its state",
                             p.user_xcr0);
    }
    if (p.user_cpuid && s->effective_policy != DEXEC_POLICY_TCG) {
        x86_user_native_cpuid = true;
        dexec_x86_probe_note(s, "user mode reads the host's CPUID: the guest "
                             "is told of the extensions TCG has too");
    }
    return 0;
}

/*
 * kvmclock (offered under the native policy): KVM keeps the guest's clock
 * page from its own kvmclock, which runs with the host's clock from the
 * creation of dexec's KVM VM, and the guest reads it with the TSC, in
 * either engine.  The guest's TSC stops while the VM is stopped and goes
 * with a snapshot or a migration (dexec_arch_get_ticks()); KVM's kvmclock
 * must too, or KVM's next update of the page would move the guest's time
 * forward by the time the VM was stopped, or back to about 0 in a VM
 * loaded into another QEMU.  So dexec reads KVM's kvmclock when the VM
 * stops and sets it back when the VM starts, as QEMU's kvmclock device
 * does for KVM's guests; after a load it sets it to the time that the
 * guest's page, in the loaded RAM, gives at the loaded TSC, as that
 * device does where KVM_GET_CLOCK is unreliable.  The device itself,
 * which the boards create under -accel kvm only, would only add a
 * section to the stream that plain TCG cannot load: the page and the TSC
 * are all there is to it.
 */
static uint64_t dexec_kvmclock;
static bool dexec_kvmclock_valid;
static bool dexec_kvmclock_loaded;

/* The guest's kvmclock time now, from the page of the first vCPU */
static bool dexec_x86_kvmclock_page(uint64_t *ns)
{
    CPUX86State *env = cpu_env(first_cpu);
    struct {
        uint32_t version;
        uint32_t pad0;
        uint64_t tsc_timestamp;
        uint64_t system_time;
        uint32_t tsc_to_system_mul;
        int8_t tsc_shift;
        uint8_t flags;
        uint8_t pad[2];
    } QEMU_PACKED t;                    /* struct pvclock_vcpu_time_info */
    uint64_t tsc = dexec_arch_get_ticks(), delta, lo, hi;

    if (!(env->system_time_msr & 1)) {
        return false;
    }
    cpu_physical_memory_read(env->system_time_msr & ~1ULL, &t, sizeof(t));
    t.tsc_timestamp = le64_to_cpu(t.tsc_timestamp);
    /* not written by KVM yet, in an update, or from another TSC */
    if (!t.tsc_to_system_mul || (le32_to_cpu(t.version) & 1) ||
        t.tsc_timestamp > tsc) {
        return false;
    }
    delta = tsc - t.tsc_timestamp;
    delta = t.tsc_shift < 0 ? delta >> -t.tsc_shift : delta << t.tsc_shift;
    mulu64(&lo, &hi, delta, le32_to_cpu(t.tsc_to_system_mul));
    *ns = le64_to_cpu(t.system_time) + (lo >> 32 | hi << 32);
    return true;
}

/* The VM stops or starts: the guest's TSC and kvmclock stop with it. */
static void dexec_x86_vm_state_change(void *opaque, bool running,
                                      RunState state)
{
    struct kvm_clock_data data = {};
    bool kvmclock = first_cpu && (cpu_env(first_cpu)->features[FEAT_KVM] &
                                  (CPUID_KVM_CLOCK | CPUID_KVM_CLOCK2));

    if (!running) {
        if (kvmclock && !dexec_kvmclock_valid &&
            kvm_vm_ioctl(kvm_state, KVM_GET_CLOCK, &data) == 0) {
            dexec_kvmclock = data.clock;
            dexec_kvmclock_valid = true;
        }
        return;
    }

    /* TCG's ticks go on from where they stopped: KVM's offset changed */
    if (!dexec_tsc_host) {
        dexec_tsc_offset = cpu_get_ticks_offset();
    }
    dexec_tsc_generation++;

    if (kvmclock && dexec_kvmclock_loaded) {
        dexec_kvmclock_valid = dexec_x86_kvmclock_page(&dexec_kvmclock);
    }
    dexec_kvmclock_loaded = false;
    if (dexec_kvmclock_valid) {
        data.clock = dexec_kvmclock;
        if (kvm_vm_ioctl(kvm_state, KVM_SET_CLOCK, &data) < 0) {
            warn_report_once("dexec: cannot set KVM's kvmclock: the "
                             "guest's clock may jump");
        }
        dexec_kvmclock_valid = false;
    }
}

void dexec_x86_clock_init(void)
{
    if (dexec_kvm_in_use()) {
        qemu_add_vm_change_state_handler(dexec_x86_vm_state_change, NULL);
    }
}

void dexec_arch_kvm_cleanup(DexecState *s)
{
    /* what the CPU model takes from the host, see target/i386/cpu.c */
    x86_user_native_xcr0 = 0;
    x86_user_native_cpuid = false;
    x86_tcg_kvm_pv_features = 0;
    dexec_tsc_host = false;
}

/*
 * What a runtime-level put to KVM leaves out and TCG may have changed:
 * the MTRRs, the feature control MSR and kvmclock's MSRs.  Compared
 * with what KVM was last given, to write it only when the guest changed
 * it.
 */
typedef struct DexecX86ResetState {
    uint64_t mtrr_fixed[11];
    uint64_t mtrr_deftype;
    MTRRVar mtrr_var[MSR_MTRRcap_VCNT];
    uint64_t feature_control;
    uint64_t system_time_msr;
    uint64_t wall_clock_msr;
} DexecX86ResetState;

/* What TCG's TLB and jump cache depend on, beyond the page tables */
typedef struct DexecX86Paging {
    target_ulong cr0, cr3, cr4;
    uint64_t efer;
    uint32_t pkru;
} DexecX86Paging;

/* dexec's x86 state of a vCPU (AccelCPUState.arch) */
typedef struct DexecX86VCPU {
    /* what KVM was last given at reset level, if valid */
    DexecX86ResetState kvm_reset;
    bool kvm_reset_valid;
    /* CR2 when the vCPU last entered KVM */
    uint64_t kvm_entry_cr2;
    /* ... and what TCG's TLB depended on when it left TCG */
    DexecX86Paging tcg_paging;
    /* XCR0 and debug registers as KVM has them, if valid */
    uint64_t kvm_xcr0;
    target_ulong kvm_dr[8];
    bool kvm_xdr_valid;
    /* adaptive policy: the process that entered KVM last, and when */
    struct DexecX86Process *proc;
    uint64_t proc_key;
    int64_t kvm_entered;
    /* ... the end of a wait of user code in TCG, and its timer */
    int64_t tcg_until;
    QEMUTimer *wait_timer;
    /*
     * In mode simulate, KVM runs an instruction that TCG does not decode
     * (hand-back), and the user code after it, as under the user policy,
     * until the vCPU leaves KVM.
     */
    bool handback_stay;
    /* the start of the VM whose TSC offset KVM has */
    unsigned tsc_generation;
} DexecX86VCPU;

static DexecX86VCPU *dexec_x86_vcpu(CPUState *cs)
{
    return cs->accel->arch;
}

/*
 * Make KVM's guest TSC exactly TCG's: after a put that wrote the TSC, and
 * at the first entry into KVM after a start of the VM.
 */
static void dexec_x86_set_tsc_offset(CPUState *cs)
{
    int64_t offset = dexec_tsc_offset;
    struct kvm_device_attr attr = {
        .group = KVM_VCPU_TSC_CTRL, .attr = KVM_VCPU_TSC_OFFSET,
        .addr = (uintptr_t)&offset,
    };

    dexec_x86_vcpu(cs)->tsc_generation = dexec_tsc_generation;
    if (kvm_vcpu_ioctl(cs, KVM_SET_DEVICE_ATTR, &attr) < 0) {
        warn_report_once("dexec: KVM cannot set the TSC offset: the guest "
                         "TSC may step when a vCPU changes engines");
    }
}

/*
 * Does the user policy decide @cs's engine (dexec's, or the vCPU's mode),
 * or its stay in KVM (a hand-back in mode simulate)?
 */
static bool dexec_x86_user_policy(CPUState *cs)
{
    return dexec_vcpu_policy(cs) == DEXEC_POLICY_USER ||
           dexec_x86_vcpu(cs)->handback_stay;
}

/*
 * The guest kernel's entry points, for the user policy: the IDT's gates,
 * SYSCALL's LSTAR and CSTAR, SYSENTER's EIP.  Their pages are left out of
 * KVM's memory map, so that a kernel entry from user mode (system call,
 * exception, interrupt) ends KVM_RUN at the first instruction of the
 * handler, instead of running the kernel in KVM (emulated in software on
 * hosts that cannot run it natively).
 */
typedef struct DexecX86Entries {
    uint64_t idt[512];          /* the IDT they were computed from */
    uint64_t idt_base;
    uint32_t idt_limit;
    uint64_t lstar, cstar, sysenter_eip;
    uint64_t vector_eip[256];   /* handler of each vector, 0 if none */
    hwaddr pages[DEXEC_KVM_MAX_HOLES];
    int nr_pages;
    bool all_pages;             /* pages has every entry point's page */
    bool valid;
} DexecX86Entries;

static DexecX86Entries dexec_entries;

static void dexec_x86_add_entry_page(CPUState *cs, DexecX86Entries *e,
                                     uint64_t eip)
{
    MemTxAttrs attrs;
    hwaddr gpa;
    int i;

    if (!eip) {
        return;
    }
    gpa = cpu_get_phys_page_attrs_debug(cs, eip & TARGET_PAGE_MASK, &attrs);
    if (gpa == -1) {
        return;
    }
    for (i = 0; i < e->nr_pages && e->pages[i] != gpa; i++) {
        continue;
    }
    if (i == e->nr_pages) {
        if (i < ARRAY_SIZE(e->pages)) {
            e->pages[e->nr_pages++] = gpa;
        } else {
            e->all_pages = false;
        }
    }
}

static int dexec_x86_cmp_hwaddr(const void *a, const void *b)
{
    hwaddr x = *(const hwaddr *)a, y = *(const hwaddr *)b;

    return x < y ? -1 : x > y;
}

/*
 * Recompute the entry pages if the kernel changed its entry points, and
 * leave them out of KVM's memory map.  False if they are more than KVM's
 * map can leave out: kernel code could then run in KVM.
 */
static bool dexec_x86_update_entries(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Entries *e = &dexec_entries;
    uint64_t idt[512] = { 0 };
    uint32_t size = MIN(env->idt.limit + 1, sizeof(idt));
    int v;

    if (cpu_memory_rw_debug(cs, env->idt.base, idt, size, false)) {
        memset(idt, 0, sizeof(idt));
    }
    if (e->valid && e->idt_base == env->idt.base &&
        e->idt_limit == env->idt.limit && e->lstar == env->lstar &&
        e->cstar == env->cstar && e->sysenter_eip == env->sysenter_eip &&
        !memcmp(e->idt, idt, sizeof(idt))) {
        return e->all_pages;
    }

    memcpy(e->idt, idt, sizeof(idt));
    e->idt_base = env->idt.base;
    e->idt_limit = env->idt.limit;
    e->lstar = env->lstar;
    e->cstar = env->cstar;
    e->sysenter_eip = env->sysenter_eip;
    e->nr_pages = 0;
    e->all_pages = true;
    for (v = 0; v < 256; v++) {
        uint64_t lo = le64_to_cpu(idt[v * 2]), hi = le64_to_cpu(idt[v * 2 + 1]);

        e->vector_eip[v] = 0;
        if (lo & (1ULL << 47)) {            /* present */
            e->vector_eip[v] = (lo & 0xffff) | ((lo >> 32) & 0xffff0000) |
                               (hi << 32);
            dexec_x86_add_entry_page(cs, e, e->vector_eip[v]);
        }
    }
    dexec_x86_add_entry_page(cs, e, e->lstar);
    dexec_x86_add_entry_page(cs, e, e->cstar);
    dexec_x86_add_entry_page(cs, e, e->sysenter_eip);
    qsort(e->pages, e->nr_pages, sizeof(e->pages[0]), dexec_x86_cmp_hwaddr);
    e->valid = true;
    trace_dexec_x86_entries(e->nr_pages, e->all_pages);
    if (!e->all_pages) {
        warn_report_once("dexec: the guest kernel's entry points are on "
                         "more than %d pages, which the user policy cannot "
                         "all leave out of KVM: user code runs in TCG while "
                         "they are", DEXEC_KVM_MAX_HOLES);
        return false;
    }
    dexec_kvm_set_holes(e->pages, e->nr_pages);
    return true;
}

/* Under the user policy: is the vCPU at one of the kernel's entry points? */
static bool dexec_x86_at_kernel_entry(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Entries *e = &dexec_entries;
    int v;

    if (!dexec_x86_user_policy(cs) || !e->valid) {
        return false;
    }
    for (v = 0; v < 256; v++) {
        if (e->vector_eip[v] == env->eip) {
            return true;
        }
    }
    return env->eip == e->lstar || env->eip == e->cstar ||
           env->eip == e->sysenter_eip;
}

/* Load segment register @seg from its descriptor, as IRET would. */
static bool dexec_x86_load_seg(CPUX86State *env, int seg, uint32_t sel)
{
    target_ulong base;
    unsigned int limit, flags;

    if (!(sel & ~3) || !cpu_x86_get_descr_debug(env, sel, &base, &limit,
                                                &flags)) {
        return false;
    }
    cpu_x86_load_seg_cache(env, seg, sel, base, limit, flags);
    return true;
}

/*
 * Kernel entries that some software KVMs (kvm_pvm) get wrong, and that
 * dexec puts right before TCG runs the kernel, or that TCG must execute
 * in user mode.  The vCPU is at the handler of exception @vector,
 * delivered from user mode:
 *
 * - a page fault at LSTAR: SYSCALL, which KVM delivered without loading
 *   the kernel's CS and SS, so that fetching the kernel's first
 *   instruction at CPL 3 faulted.  Undo the page fault (and its CR2):
 *   the vCPU is then at LSTAR at CPL 3, and dexec_x86_kernel_entry()
 *   completes the SYSCALL.
 * - #UD on INT n (n != 3), which KVM raises instead of the interrupt.
 *   Undo the #UD: TCG then executes the INT n.
 * - #BP after the INT3 of a magic instruction, or #GP at it (a #BP gate
 *   of DPL 0): undo the exception, for TCG to execute the instruction.
 *
 * Undoing an exception restores the user state from its frame, which
 * stays below the kernel's stack pointer, unused.  Returns the
 * DexecDevirt of the entry it put right, or -1.
 */
static int dexec_x86_fix_entry(CPUState *cs, int vector)
{
    CPUX86State *env = cpu_env(cs);
    uint64_t f[6];              /* [error code,] RIP, CS, RFLAGS, RSP, SS */
    uint64_t rip;
    uint8_t insn;
    int i, devirt;

    if (vector == EXCP0E_PAGE && env->cr[2] == env->lstar) {
        devirt = DEXEC_DEVIRT_SYSCALL;
    } else if (vector == EXCP06_ILLOP) {
        devirt = DEXEC_DEVIRT_SOFTINT;
    } else if (vector == EXCP03_INT3 || vector == EXCP0D_GPF) {
        devirt = DEXEC_DEVIRT_BREAKPOINT;
    } else {
        return -1;
    }
    if (cpu_memory_rw_debug(cs, env->regs[R_ESP], f, sizeof(f), false)) {
        return -1;
    }
    for (i = 0; i < ARRAY_SIZE(f); i++) {
        f[i] = le64_to_cpu(f[i]);
    }
    i = vector == EXCP0E_PAGE || vector == EXCP0D_GPF; /* error code */
    /* where the user code resumes: at the instruction */
    rip = vector == EXCP03_INT3 ? f[i] - 1 : f[i];
    switch (devirt) {
    case DEXEC_DEVIRT_SYSCALL:
        if (rip != env->lstar) {
            return -1;
        }
        break;
    case DEXEC_DEVIRT_SOFTINT:
        if (cpu_memory_rw_debug(cs, rip, &insn, 1, false) || insn != 0xcd) {
            return -1;
        }
        break;
    default:
        /* a #GP for INT3 at a gate of DPL 0 has error code IDT | 3 << 3 */
        if ((vector == EXCP0D_GPF && f[0] != (EXCP03_INT3 << 3 | 2)) ||
            !dexec_x86_magic_at(cs, rip)) {
            return -1;
        }
        break;
    }
    if ((f[i + 1] & 3) != 3 ||
        !dexec_x86_load_seg(env, R_SS, f[i + 4]) ||
        !dexec_x86_load_seg(env, R_CS, f[i + 1])) {
        return -1;
    }
    env->eip = rip;
    cpu_load_eflags(env, f[i + 2], ~0);
    env->regs[R_ESP] = f[i + 3];
    if (devirt == DEXEC_DEVIRT_SYSCALL) {
        env->cr[2] = dexec_x86_vcpu(cs)->kvm_entry_cr2;
    }
    return devirt;
}

/*
 * KVM_RUN ended (an interrupt, a kick) after KVM raised one of the
 * exceptions that dexec_x86_fix_entry() undoes, but before it delivered
 * it, so that it waits for TCG to deliver (dexec_x86_take_events()):
 * drop it, too.  A page fault at LSTAR from user mode is the SYSCALL,
 * which dexec_x86_kernel_entry() then completes; a #UD at "int n"
 * (never raised natively) is for TCG to execute the instruction, and so
 * are a #BP or #GP at a magic instruction.
 */
static void dexec_x86_fix_pending(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    uint8_t insn[2];

    if ((env->hflags & HF_CPL_MASK) != 3) {
        return;
    }
    if (cs->exception_index == EXCP0E_PAGE && env->eip == env->lstar &&
        env->cr[2] == env->lstar) {
        cs->exception_index = -1;
        env->cr[2] = dexec_x86_vcpu(cs)->kvm_entry_cr2;
    } else if (cs->exception_index == EXCP06_ILLOP &&
               !cpu_memory_rw_debug(cs, env->eip, insn, 2, false) &&
               insn[0] == 0xcd && insn[1] != 3) {
        cs->exception_index = -1;
    } else if (cs->exception_index == EXCP03_INT3 &&
               dexec_x86_magic_at(cs, env->eip - 1)) {
        /* a trap: RIP is past the INT3 of a magic instruction */
        cs->exception_index = -1;
        env->eip--;
    } else if (cs->exception_index == EXCP0D_GPF &&
               env->error_code == (EXCP03_INT3 << 3 | 2) &&
               dexec_x86_magic_at(cs, env->eip)) {
        cs->exception_index = -1;
    }
}

/*
 * The vCPU left KVM at a kernel entry point under the user policy: say
 * which kind of entry it was, and complete a SYSCALL that a software
 * KVM delivered without loading the kernel's CS and SS.
 */
static int dexec_x86_kernel_entry(CPUState *cs, int devirt)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Entries *e = &dexec_entries;
    uint64_t frame_rip;
    uint8_t insn[2];
    int v;

    if (!e->valid) {
        return devirt;
    }
    dexec_x86_fix_pending(cs);
    for (v = 0; v < 256 && e->vector_eip[v] != env->eip; v++) {
        continue;
    }
    if (v < 32) {
        int fixed = dexec_x86_fix_entry(cs, v);

        if (fixed == DEXEC_DEVIRT_SOFTINT || fixed == DEXEC_DEVIRT_BREAKPOINT) {
            return fixed;
        }
    }
    if (env->eip == e->lstar || env->eip == e->cstar ||
        env->eip == e->sysenter_eip) {
        if (env->eip == e->lstar && (env->hflags & HF_CPL_MASK) == 3) {
            uint32_t sel = (env->star >> 32) & 0xffff;

            cpu_x86_load_seg_cache(env, R_CS, sel & 0xfffc, 0, 0xffffffff,
                                   DESC_G_MASK | DESC_P_MASK | DESC_S_MASK |
                                   DESC_CS_MASK | DESC_R_MASK | DESC_A_MASK |
                                   DESC_L_MASK);
            cpu_x86_load_seg_cache(env, R_SS, (sel + 8) & 0xfffc, 0,
                                   0xffffffff,
                                   DESC_G_MASK | DESC_B_MASK | DESC_P_MASK |
                                   DESC_S_MASK | DESC_W_MASK | DESC_A_MASK);
            cpu_load_eflags(env, env->regs[R_R11] & ~(env->fmask | RF_MASK),
                            ~0);
        }
        return DEXEC_DEVIRT_SYSCALL;
    }
    if (v == 256) {
        return devirt;
    }
    if (v < 32) {
        return DEXEC_DEVIRT_EXCEPTION;
    }
    /* "int n" if the instruction before the interrupted one is cd <v> */
    if (!cpu_memory_rw_debug(cs, env->regs[R_ESP], &frame_rip, 8, false) &&
        !cpu_memory_rw_debug(cs, le64_to_cpu(frame_rip) - 2, insn, 2,
                             false) &&
        insn[0] == 0xcd && insn[1] == v) {
        return DEXEC_DEVIRT_SOFTINT;
    }
    return DEXEC_DEVIRT_INTERRUPT;
}

/* Is the vCPU in a mode that the user policy keeps in TCG? */
static bool dexec_x86_needs_user_tcg(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);

    return (env->hflags & HF_CPL_MASK) != 3 || (env->eflags & VM_MASK) ||
           !(env->hflags & HF_LMA_MASK);
}

/*
 * Why the vCPU cannot run in KVM now (a DexecDevirt), or -1 if it can.
 * Reads QEMU's copy of the state: valid while the vCPU is in TCG.
 */
static int dexec_x86_needs_tcg(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);

    /* INIT, SIPI and SMI are delivered by TCG, with QEMU's APIC */
    if (cpu_test_interrupt(cs, dexec_arch_tcg_interrupts)) {
        return DEXEC_DEVIRT_EVENT;
    }
    /* KVM ignores A20; SMM and SVM guests exist only in TCG here */
    if (env->a20_mask != -1 || (env->hflags & (HF_SMM_MASK | HF_GUEST_MASK))) {
        return DEXEC_DEVIRT_MODE;
    }
    if (dexec_x86_user_policy(cs)) {
        if (dexec_x86_needs_user_tcg(cs)) {
            return DEXEC_DEVIRT_MODE;
        }
        /* interrupts reach the guest kernel through TCG */
        if (cpu_test_interrupt(cs, CPU_INTERRUPT_HARD | CPU_INTERRUPT_NMI)) {
            return DEXEC_DEVIRT_EVENT;
        }
    }
    return -1;
}

/* The handler of IDT vector @v in long mode, or 0 */
static uint64_t dexec_x86_idt_handler(CPUState *cs, int v)
{
    CPUX86State *env = cpu_env(cs);
    uint64_t gate[2];

    if (!(env->hflags & HF_LMA_MASK) || v * 16 + 15 > env->idt.limit ||
        cpu_memory_rw_debug(cs, env->idt.base + v * 16, gate, 16, false)) {
        return 0;
    }
    gate[0] = le64_to_cpu(gate[0]);
    gate[1] = le64_to_cpu(gate[1]);
    return (gate[0] & 0xffff) | ((gate[0] >> 32) & 0xffff0000) |
           (gate[1] << 32);
}

/*
 * An event KVM was delivering when it exited: let TCG deliver it.  Some
 * KVMs (seen with nested SVM) exit on the fetch of a handler's first
 * instruction with the event delivered -- frame pushed, RIP at the
 * handler -- and still report an event as injected: then it is done.
 */
static void dexec_x86_take_events(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    int vector = env->exception_injected || env->exception_pending ?
                 env->exception_nr : env->nmi_injected ? EXCP02_NMI :
                 env->interrupt_injected;

    /* what the exception would have written when delivered */
    if ((env->exception_injected || env->exception_pending) &&
        env->exception_has_payload) {
        if (env->exception_nr == EXCP0E_PAGE) {
            env->cr[2] = env->exception_payload;
        } else if (env->exception_nr == EXCP01_DB) {
            env->dr[6] |= env->exception_payload;
        }
    }

    if (vector >= 0 && !(env->hflags & HF_CPL_MASK) &&
        (env->eip == dexec_x86_idt_handler(cs, vector) ||
         dexec_x86_at_kernel_entry(cs))) {
        /* already delivered */
    } else if (env->exception_injected || env->exception_pending) {
        cs->exception_index = env->exception_nr;
        env->exception_is_int = 0;
        env->exception_next_eip = env->eip;
        if (!env->has_error_code) {
            env->error_code = 0;
        }
    } else if (env->nmi_injected) {
        cs->exception_index = EXCP02_NMI;
        env->exception_is_int = 0;
        env->error_code = 0;
    } else if (env->interrupt_injected >= 0 && !env->soft_interrupt) {
        cs->exception_index = env->interrupt_injected;
        env->exception_is_int = 0;
        env->error_code = 0;
    }
    /* A soft interrupt (INT n) is executed again by TCG. */
    env->exception_nr = -1;
    env->exception_injected = 0;
    env->exception_pending = 0;
    env->exception_has_payload = false;
    env->nmi_injected = 0;
    env->interrupt_injected = -1;
    env->soft_interrupt = 0;
}

/*
 * x87 registers: TCG keeps env->fpregs in physical register order (ST(i)
 * is fpregs[(fpstt + i) & 7]), QEMU's KVM code in stack order (fpregs[i]
 * is ST(i), as in the XSAVE area).  Rotate between the two.
 */
static void dexec_x86_fpregs_rotate(CPUX86State *env, bool to_physical)
{
    FPReg st[8];
    int i;

    memcpy(st, env->fpregs, sizeof(st));
    for (i = 0; i < 8; i++) {
        if (to_physical) {
            env->fpregs[(env->fpstt + i) & 7] = st[i];
        } else {
            env->fpregs[i] = st[(env->fpstt + i) & 7];
        }
    }
}

/* Remember the XCR0 and debug registers that KVM has. */
static void dexec_x86_kvm_has_xdr(CPUState *cs)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);

    xcpu->kvm_xcr0 = cpu_env(cs)->xcr0;
    memcpy(xcpu->kvm_dr, cpu_env(cs)->dr, sizeof(xcpu->kvm_dr));
    xcpu->kvm_xdr_valid = true;
}

static void dexec_x86_paging(CPUX86State *env, DexecX86Paging *p)
{
    p->cr0 = env->cr[0];
    p->cr3 = env->cr[3];
    p->cr4 = env->cr[4];
    p->efer = env->efer;
    p->pkru = env->pkru;
}

/*
 * Is what TCG's TLB and jump cache hold still valid after a stay of the
 * vCPU in KVM?  Under the user policy, KVM ran only user code, as long
 * as every kernel entry point was left out of its memory map: the vCPU
 * comes back at CPL 3, or at the first instruction of a kernel entry.
 * User code cannot invalidate translations (INVLPG, MOV to CR3 and
 * INVPCID are privileged): where it changes a page table that it can
 * write (no real kernel lets it), a CPU may use the stale translation
 * until the kernel invalidates it, which the kernel then does in TCG.
 * The accessed and dirty bits that KVM sets change no translation that
 * TCG caches.  What else decides translations (paging mode, CR3, PKRU)
 * is compared with the values that TCG's TLB was filled with.
 */
static bool dexec_x86_tcg_tlb_valid(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86Paging now, *then = &dexec_x86_vcpu(cs)->tcg_paging;

    if (!dexec_x86_user_policy(cs) || !dexec_entries.valid ||
        !dexec_entries.all_pages ||
        ((env->hflags & HF_CPL_MASK) != 3 && !dexec_x86_at_kernel_entry(cs))) {
        return false;
    }
    dexec_x86_paging(env, &now);
    return now.cr0 == then->cr0 && now.cr3 == then->cr3 &&
           now.cr4 == then->cr4 && now.efer == then->efer &&
           now.pkru == then->pkru;
}

/*
 * Read KVM's copy of the vCPU's state.  Under the user policy, the vCPU
 * ran only user code there (the kernel's entry points are holes), which
 * cannot change MSRs, XCRs or the MP state: only what user code and the
 * start of a kernel entry change is read, mostly from kvm_run.  A debug
 * exception also changed DR6: read everything then.
 */
static void dexec_x86_get_state(CPUState *cs)
{
    Error *err = NULL;

    if (cs->vcpu_dirty) {
        return;
    }
    if (dexec_x86_user_policy(cs)) {
        if (kvm_arch_get_user_registers(cs, &err) < 0) {
            error_reportf_err(err, "dexec: cannot move vCPU %d to TCG: ",
                              cs->cpu_index);
            vm_stop(RUN_STATE_INTERNAL_ERROR);
        }
        cs->vcpu_dirty = true;
        if (!dexec_entries.valid ||
            cpu_env(cs)->eip != dexec_entries.vector_eip[EXCP01_DB]) {
            return;
        }
        cs->vcpu_dirty = false;
    }
    kvm_cpu_synchronize_state(cs);
    dexec_x86_kvm_has_xdr(cs);
}

void dexec_arch_to_tcg(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    int tcg_interrupts = cs->interrupt_request & dexec_arch_tcg_interrupts;
    DexecStats *st = &cs->accel->stats;
    int64_t t0 = get_clock(), t1;
    target_ulong dr7;

    /*
     * KVM's vcpu events would clear the SMI and INIT requests that are
     * TCG's to deliver: keep them.
     */
    dexec_x86_get_state(cs);
    cpu_set_interrupt(cs, tcg_interrupts);
    st->get_ns += get_clock() - t0;

    /* what TCG derives from the architectural state */
    CC_SRC = env->eflags & (CC_O | CC_S | CC_Z | CC_A | CC_P | CC_C);
    CC_OP = CC_OP_EFLAGS;
    env->df = 1 - (2 * ((env->eflags >> 10) & 1));
    cpu_x86_update_cr4(env, env->cr[4]);
    cpu_sync_avx_hflag(env);
    dexec_x86_fpregs_rotate(env, true);
    update_fp_status(env);
    update_mxcsr_status(env);
    cpu_breakpoint_remove_all(cs, BP_CPU);
    cpu_watchpoint_remove_all(cs, BP_CPU);
    dr7 = env->dr[7];
    env->dr[7] = dr7 & ~(DR7_GLOBAL_BP_MASK | DR7_LOCAL_BP_MASK);
    cpu_x86_update_dr7(env, dr7);
    dexec_x86_take_events(cs);

    /*
     * KVM may have changed page tables and wrote memory: TCG's TLB may be
     * stale, and so is code translated from pages that KVM wrote (found
     * in KVM's dirty log, which invalidates it).
     */
    if (dexec_x86_tcg_tlb_valid(cs)) {
        st->tcg_tlb_kept++;
    } else {
        tlb_flush(cs);
    }
    t1 = get_clock();
    dexec_kvm_sync_code(cs);
    st->dirty_log_ns += get_clock() - t1;

    cs->accel->engine = DEXEC_ENGINE_TCG;
    cs->accel->kvm_put_level = KVM_PUT_RESET_STATE;
}

static void dexec_x86_reset_state(CPUX86State *env, DexecX86ResetState *s)
{
    memset(s, 0, sizeof(*s));
    memcpy(s->mtrr_fixed, env->mtrr_fixed, sizeof(s->mtrr_fixed));
    s->mtrr_deftype = env->mtrr_deftype;
    memcpy(s->mtrr_var, env->mtrr_var, sizeof(s->mtrr_var));
    s->feature_control = env->msr_ia32_feature_control;
    s->system_time_msr = env->system_time_msr;
    s->wall_clock_msr = env->wall_clock_msr;
}

bool dexec_arch_to_kvm(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    AccelCPUState *acs = cs->accel;
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    Error *err = NULL;
    int level = acs->kvm_put_level;
    int ret;

    if (level == KVM_PUT_RESET_STATE && xcpu->kvm_reset_valid) {
        DexecX86ResetState now;

        dexec_x86_reset_state(env, &now);
        if (!memcmp(&now, &xcpu->kvm_reset, sizeof(now))) {
            level = KVM_PUT_RUNTIME_STATE;
        }
    }
    if (level) {
        update_mxcsr_from_sse_status(env);
        /* every enabled component as TCG left it, none in init state */
        env->xstate_bv = env->xcr0 | XSTATE_FP_MASK | XSTATE_SSE_MASK |
                         (x86_user_native_xcr0 & XSTATE_PKRU_MASK);
        env->tsc = dexec_arch_get_ticks();
        dexec_x86_fpregs_rotate(env, false);
        if (level == KVM_PUT_RUNTIME_STATE && xcpu->kvm_xdr_valid &&
            env->xcr0 == xcpu->kvm_xcr0 &&
            !memcmp(env->dr, xcpu->kvm_dr, sizeof(xcpu->kvm_dr))) {
            /* what KVM has of XCR0 and the debug registers is current */
            ret = kvm_arch_put_runtime_registers(cs, &err);
        } else {
            ret = kvm_arch_put_registers(cs, level, &err);
            dexec_x86_kvm_has_xdr(cs);
        }
        dexec_x86_fpregs_rotate(env, true);
        if (ret < 0) {
            error_reportf_err(err, "dexec: cannot move vCPU %d to KVM: ",
                              cs->cpu_index);
            return false;
        }
        if (level >= KVM_PUT_RESET_STATE) {
            dexec_x86_set_tsc_offset(cs);
            dexec_x86_reset_state(env, &xcpu->kvm_reset);
            xcpu->kvm_reset_valid = true;
        }
        acs->stats.puts[level]++;
    }
    cs->vcpu_dirty = false;
    acs->kvm_put_level = 0;
    acs->engine = DEXEC_ENGINE_KVM;
    return true;
}

static void dexec_x86_switch(CPUState *cs, DexecEngine to)
{
    DexecStats *st = &cs->accel->stats;
    int64_t start = get_clock();

    if (to == DEXEC_ENGINE_TCG) {
        dexec_arch_to_tcg(cs);
    } else if (!dexec_arch_to_kvm(cs)) {
        return;
    }
    st->switches_to[to]++;
    st->switch_to_ns[to] += get_clock() - start;
    trace_dexec_switch(cs->cpu_index, to == DEXEC_ENGINE_KVM ? "kvm" : "tcg",
                       cpu_env(cs)->eip);
}

/*
 * What the adaptive policy knows of a process: the recent length of its
 * stays in KVM, and until when its user code stays in TCG because they
 * did not pay (host ns), with the length of that wait.
 */
typedef struct DexecX86Process {
    uint64_t key;               /* see dexec_x86_process() */
    int64_t kvm_stay_avg;
    int64_t tcg_until;
    int64_t tcg_wait;
} DexecX86Process;

static DexecX86Process dexec_processes[DEXEC_PROCESSES];

/*
 * The process whose user code the vCPU is about to run.  A process is
 * known by its address space's top-level page table: where it is (CR3)
 * and a hash of its user half, which differs when a new process reuses
 * the page.  *@is_new says whether it was unknown.  (A process that maps
 * a new top-level region, or whose entry another one took, looks new
 * once more, which only costs speed.)
 */
static DexecX86Process *dexec_x86_process(CPUState *cs, uint64_t *key,
                                          bool *is_new)
{
    uint64_t top = cpu_env(cs)->cr[3] & TARGET_PAGE_MASK &
                   MAKE_64BIT_MASK(0, 52);
    uint64_t user_half[256];
    DexecX86Process *p;
    int i;

    cpu_physical_memory_read(top, user_half, sizeof(user_half));
    *key = top;
    for (i = 0; i < ARRAY_SIZE(user_half); i++) {
        *key = (*key ^ user_half[i]) * 0x100000001b3ULL;
    }
    p = &dexec_processes[(top >> TARGET_PAGE_BITS) % DEXEC_PROCESSES];
    *is_new = p->key != *key;
    if (*is_new) {
        *p = (DexecX86Process) { .key = *key };
    }
    return p;
}

/*
 * Keep user code in TCG until the end of process @p's wait (user
 * policy).  A wait that the process's stays taught (p->tcg_wait) is for
 * its own user code: TCG leaves cpu_exec() when it returns to user mode
 * in another address space, for that process to be decided on by its
 * own record.  A new process's wait in TCG covers whatever runs until it
 * ends, as a fork child's covers the program that it executes, without
 * those exits, which cost some 50 us each.
 */
static void dexec_x86_wait(CPUState *cs, DexecX86Process *p)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    CPUX86State *env = cpu_env(cs);

    xcpu->tcg_until = p->tcg_until;
    env->tcg_user_cr3 = env->cr[3];
    env->tcg_exit_to_other_user = p->tcg_wait != 0;
    env->tcg_exit_to_user = false;
    timer_mod(xcpu->wait_timer, p->tcg_until);
}

/* Start a wait of @wait ns for process @p. */
static void dexec_x86_start_wait(CPUState *cs, DexecX86Process *p,
                                 int64_t now, int64_t wait)
{
    DexecStats *st = &cs->accel->stats;

    p->tcg_until = now + wait;
    dexec_x86_wait(cs, p);
    st->tcg_waits++;
    st->tcg_wait_ns += wait;
}

/*
 * Adaptive user policy, after a kernel entry ended a stay in KVM: if the
 * process's recent stays are too short for the switches to pay, keep its
 * user code in TCG for a while (TCG then runs it instead of handing it
 * back).
 */
static void dexec_x86_adapt(CPUState *cs)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    DexecStats *st = &cs->accel->stats;
    DexecX86Process *p = xcpu->proc;
    int64_t now, stay, round_trip;

    if (!dexec_state->adaptive || !p || p->key != xcpu->proc_key) {
        return;
    }
    now = get_clock();
    stay = now - xcpu->kvm_entered;
    /* both switches, and the flushes of KVM's shadow page tables, on average */
    round_trip = st->switch_to_ns[DEXEC_ENGINE_TCG] /
                 MAX(st->switches_to[DEXEC_ENGINE_TCG], 1) +
                 (st->switch_to_ns[DEXEC_ENGINE_KVM] + st->mmu_flush_ns) /
                 MAX(st->switches_to[DEXEC_ENGINE_KVM], 1);
    p->kvm_stay_avg = p->kvm_stay_avg ?
                      (7 * p->kvm_stay_avg + stay) / 8 : stay;
    if (p->kvm_stay_avg >= DEXEC_PAYOFF * round_trip) {
        p->tcg_wait = DEXEC_WAIT_MIN;
        return;
    }
    p->tcg_wait = MIN(MAX(p->tcg_wait * 2, DEXEC_WAIT_MIN), DEXEC_WAIT_MAX);
    /* the next stay in KVM starts the average afresh */
    p->kvm_stay_avg = 0;
    dexec_x86_start_wait(cs, p, now, p->tcg_wait);
    trace_dexec_adapt(cs->cpu_index, stay, round_trip, p->tcg_wait);
}

/*
 * The wait is over: TCG leaves cpu_exec() at the next return to user
 * mode, which dexec_x86_tcg_waits() then lets go to KVM.  (TCG may run
 * a single vCPU without counting instructions, so the wait cannot end
 * by a budget.)
 */
static void dexec_x86_wait_over(void *opaque)
{
    CPUState *cs = opaque;

    qatomic_set(&cpu_env(cs)->tcg_exit_to_user, true);
}

/*
 * Is user code to stay in TCG for now (adaptive user policy)?  If not,
 * the process that is to enter KVM is in *@pp, with its key in *@key.
 */
static bool dexec_x86_tcg_waits(CPUState *cs, DexecX86Process **pp,
                                uint64_t *key)
{
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    CPUX86State *env = cpu_env(cs);
    int64_t now = get_clock();
    DexecX86Process *p;
    bool is_new;

    *pp = NULL;
    /* the wait that TCG was given goes on (see dexec_x86_wait()) */
    if (now < xcpu->tcg_until &&
        (!env->tcg_exit_to_other_user || env->cr[3] == env->tcg_user_cr3)) {
        return true;
    }
    xcpu->tcg_until = 0;
    env->tcg_exit_to_other_user = false;
    env->tcg_exit_to_user = true;
    if (!dexec_state->adaptive) {
        return false;
    }

    /* the process's own wait, or a new process's start in TCG */
    p = dexec_x86_process(cs, key, &is_new);
    if (is_new && x86_user_native_cpuid) {
        dexec_x86_start_wait(cs, p, now, DEXEC_WAIT_START);
        cs->accel->stats.tcg_start_waits++;
        return true;
    }
    if (now < p->tcg_until) {
        dexec_x86_wait(cs, p);
        return true;
    }
    *pp = p;
    return false;
}

/*
 * Take @cs out of KVM for acs->devirt: move its state into TCG, and
 * decide how long TCG keeps it.
 */
static void dexec_x86_devirt(CPUState *cs)
{
    AccelCPUState *acs = cs->accel;

    dexec_x86_switch(cs, DEXEC_ENGINE_TCG);
    if (dexec_x86_user_policy(cs)) {
        acs->devirt = dexec_x86_kernel_entry(cs, acs->devirt);
        if (acs->devirt >= DEXEC_DEVIRT_SYSCALL &&
            acs->devirt <= DEXEC_DEVIRT_INTERRUPT) {
            dexec_x86_adapt(cs);
        }
    }
    trace_dexec_devirt(cs->cpu_index, acs->devirt, cpu_env(cs)->eip,
                       cpu_env(cs)->hflags & HF_CPL_MASK,
                       cs->exception_index);
    acs->stats.devirt[acs->devirt]++;
    acs->last_devirt = acs->devirt + 1;
    switch (acs->devirt) {
    case DEXEC_DEVIRT_EMULATION:
    case DEXEC_DEVIRT_INTERNAL:
        /*
         * TCG executes the instruction that KVM could not, or raises
         * #UD for it: handing it back would loop.
         */
        acs->tcg_budget = 1;
        cpu_env(cs)->tcg_ud_handback = false;
        break;
    case DEXEC_DEVIRT_BREAKPOINT:
        /* TCG executes the INT3: the magic instruction, or #BP */
        acs->tcg_budget = 1;
        break;
    case DEXEC_DEVIRT_ENTRY:
        acs->tcg_budget = DEXEC_ENTRY_BACKOFF <<
                          MIN(acs->kvm_failures++, 10);
        break;
    default:
        acs->tcg_budget = 0;
        break;
    }
    acs->devirt = -1;
    dexec_x86_vcpu(cs)->handback_stay = false;
}

/*
 * Put the kernel's entry points back into KVM's memory map once no vCPU
 * runs under the user policy (modes changed at run time).
 */
static void dexec_x86_drop_entries(void)
{
    CPUState *cpu;

    if (!dexec_entries.valid) {
        return;
    }
    CPU_FOREACH(cpu) {
        if (dexec_x86_user_policy(cpu)) {
            return;
        }
    }
    dexec_entries.valid = false;
    dexec_kvm_set_holes(dexec_entries.pages, 0);
}

DexecEngine dexec_arch_choose_engine(CPUState *cs)
{
    AccelCPUState *acs = cs->accel;
    DexecX86VCPU *xcpu = dexec_x86_vcpu(cs);
    DexecRevirt revirt;
    int why;

    if (!dexec_kvm_in_use()) {
        return DEXEC_ENGINE_TCG;
    }
    if (xcpu->tsc_generation != dexec_tsc_generation) {
        /* the VM started (again) since KVM's TSC offset was set */
        dexec_x86_set_tsc_offset(cs);
    }

    if (acs->engine == DEXEC_ENGINE_KVM) {
        if (acs->devirt < 0) {
            /*
             * Events that only TCG delivers, checked on QEMU's side
             * without reading KVM's state.
             */
            if (cpu_test_interrupt(cs, dexec_arch_tcg_interrupts) ||
                cpu_env(cs)->a20_mask != -1) {
                acs->devirt = DEXEC_DEVIRT_EVENT;
            } else if (dexec_x86_user_policy(cs) &&
                       cpu_test_interrupt(cs, CPU_INTERRUPT_HARD |
                                          CPU_INTERRUPT_NMI)) {
                /*
                 * The user policy's kernel runs in TCG: let TCG deliver
                 * the interrupt, rather than have KVM deliver it (an
                 * injection and a KVM_RUN) only to stop at the handler.
                 */
                acs->devirt = DEXEC_DEVIRT_INTERRUPT;
            } else if (dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG) {
                /* mode simulate: a hand-back's stay ends here */
                acs->devirt = xcpu->handback_stay ? DEXEC_DEVIRT_MODE :
                              DEXEC_DEVIRT_MODE_CHANGE;
            } else {
                return DEXEC_ENGINE_KVM;
            }
        }
        dexec_x86_devirt(cs);
        return DEXEC_ENGINE_TCG;
    }

    if (dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG) {
        /*
         * Mode simulate: TCG runs everything, but an instruction that it
         * does not decode for the CPU model, and that user code in KVM
         * may use (where it reads the host's CPUID): KVM runs it, and the
         * user code after it until the vCPU leaves KVM, as the user
         * policy would, rather than have TCG raise #UD.
         */
        if (!cpu_env(cs)->tcg_ud_handed_back) {
            return DEXEC_ENGINE_TCG;
        }
        cpu_env(cs)->tcg_ud_handed_back = false;
        acs->tcg_budget = 0;
        if (dexec_x86_needs_user_tcg(cs)) {
            cs->exception_index = EXCP06_ILLOP;
            cpu_env(cs)->error_code = 0;
            cpu_env(cs)->exception_is_int = 0;
            cpu_env(cs)->exception_next_eip = cpu_env(cs)->eip;
            return DEXEC_ENGINE_TCG;
        }
        xcpu->handback_stay = true;
        revirt = DEXEC_REVIRT_HANDBACK;
        goto to_kvm;
    }
    if (cpu_env(cs)->tcg_ud_handed_back) {
        /* it cannot wait, and TCG delivers no interrupt before it */
        cpu_env(cs)->tcg_ud_handed_back = false;
        acs->tcg_budget = 0;
        if ((cpu_env(cs)->hflags & HF_CPL_MASK) == 3) {
            revirt = DEXEC_REVIRT_HANDBACK;
            goto to_kvm;
        }
    }
    if (acs->tcg_budget > 0) {
        return DEXEC_ENGINE_TCG;
    }
    why = dexec_x86_needs_tcg(cs);
    if (why >= 0) {
        trace_dexec_stay_tcg(cs->cpu_index, why);
        return DEXEC_ENGINE_TCG;
    }
    if (dexec_x86_user_policy(cs) &&
        dexec_x86_tcg_waits(cs, &xcpu->proc, &xcpu->proc_key)) {
        return DEXEC_ENGINE_TCG;
    }
    revirt = DEXEC_REVIRT_STATE;
to_kvm:
    if (dexec_x86_user_policy(cs)) {
        if (!dexec_x86_update_entries(cs)) {
            /*
             * Kernel code must not run in KVM under the user policy.  TCG
             * raises #UD for an instruction that it does not have, rather
             * than hand it back, until the vCPU next enters KVM.
             */
            cpu_env(cs)->tcg_ud_handback = false;
            return DEXEC_ENGINE_TCG;
        }
    } else {
        dexec_x86_drop_entries();
    }
    acs->stats.revirt[revirt]++;
    if (revirt == DEXEC_REVIRT_HANDBACK) {
        /* a stay that TCG forces teaches the adaptive policy nothing */
        xcpu->proc = NULL;
    }
    cpu_env(cs)->tcg_ud_handback = true;
    xcpu->kvm_entry_cr2 = cpu_env(cs)->cr[2];
    dexec_x86_paging(cpu_env(cs), &xcpu->tcg_paging);
    dexec_x86_switch(cs, DEXEC_ENGINE_KVM);
    xcpu->kvm_entered = get_clock();
    return acs->engine;
}

int64_t dexec_arch_tcg_budget(CPUState *cs, int64_t quota_left)
{
    AccelCPUState *acs = cs->accel;

    if (!dexec_kvm_in_use()) {
        return quota_left;
    }
    if (acs->tcg_budget > 0) {
        return MIN(acs->tcg_budget, quota_left);
    }
    if (dexec_vcpu_policy(cs) == DEXEC_POLICY_TCG) {
        /* mode simulate: TCG runs the whole slice */
        return quota_left;
    }
    if (dexec_x86_user_policy(cs)) {
        /* TCG stops by itself when the kernel returns to user mode */
        return quota_left;
    }
    return MIN(DEXEC_TCG_CHUNK, quota_left);
}

int dexec_arch_tcg_exit(CPUState *cs, int r, int64_t executed)
{
    CPUX86State *env = cpu_env(cs);
    AccelCPUState *acs = cs->accel;

    if (acs->tcg_budget > 0) {
        acs->tcg_budget = MAX(acs->tcg_budget - executed, 0);
    }
    if (env->tcg_ud_handed_back) {
        /* an instruction TCG does not have: KVM runs it, in any policy */
        return EXCP_DEXEC_HANDBACK;
    }
    if (dexec_x86_magic_done(cs) && r == EXCP_INTERRUPT && !cs->stop &&
        cpu_work_list_empty(cs)) {
        /* the slice goes on, in the engine that the mode chooses */
        return EXCP_DEXEC_HANDBACK;
    }
    if (env->tcg_returned_to_user) {
        /*
         * TCG stopped because the guest returned to user mode (user
         * policy): unless something else wants the monitor, go back to
         * KVM in the same slice.
         */
        env->tcg_returned_to_user = false;
        if (r == EXCP_INTERRUPT && !cs->stop && cpu_work_list_empty(cs)) {
            qatomic_set(&cs->exit_request, false);
            return EXCP_DEXEC_HANDBACK;
        }
    }
    return r;
}

void dexec_arch_init_vcpu(CPUState *cs)
{
    DexecX86VCPU *xcpu = g_new0(DexecX86VCPU, 1);

    xcpu->wait_timer = timer_new_ns(QEMU_CLOCK_REALTIME, dexec_x86_wait_over,
                                    cs);
    cs->accel->arch = xcpu;
    /* registers, segments and events come and go through kvm_run */
    kvm_arch_enable_sync_regs(cs);
    /* under the user policy, TCG hands user mode back to KVM at once */
    cpu_env(cs)->tcg_exit_to_user = dexec_x86_user_policy(cs);
    /* and, in any policy, an instruction that TCG does not decode there */
    cpu_env(cs)->tcg_ud_handback = true;
    dexec_x86_roi_init_vcpu(cs);
}

void dexec_arch_leave_kvm(CPUState *cs, DexecDevirt why)
{
    AccelCPUState *acs = cs->accel;

    /*
     * What is read of KVM's state, and what TCG's TLB keeps, depend on
     * the policy that ran the vCPU there: leave KVM under that policy.
     */
    if (!dexec_kvm_in_use() || acs->engine != DEXEC_ENGINE_KVM) {
        return;
    }
    if (acs->devirt < 0) {
        acs->devirt = why;
    }
    dexec_x86_devirt(cs);
}

void dexec_arch_policy_changed(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86VCPU *xcpu;

    if (!dexec_kvm_in_use()) {
        return;
    }

    /* no wait of the adaptive policy goes on into another policy */
    xcpu = dexec_x86_vcpu(cs);
    xcpu->tcg_until = 0;
    xcpu->proc = NULL;
    timer_del(xcpu->wait_timer);
    env->tcg_exit_to_other_user = false;
    /* under the user policy, TCG hands user mode back to KVM at once */
    env->tcg_exit_to_user = dexec_vcpu_policy(cs) == DEXEC_POLICY_USER;
}

void dexec_arch_pre_loadvm(CPUState *cs)
{
    CPUX86State *env = cpu_env(cs);
    DexecX86VCPU *xcpu;

    /* what TCG left for dexec after its last cpu_exec() */
    env->tcg_ud_handed_back = false;
    env->tcg_returned_to_user = false;
    env->tcg_magic = 0;
    if (!dexec_kvm_in_use()) {
        return;
    }

    /* all of the loaded state goes to KVM, its TSC and kvmclock too */
    xcpu = dexec_x86_vcpu(cs);
    xcpu->kvm_reset_valid = false;
    xcpu->kvm_xdr_valid = false;
    xcpu->handback_stay = false;
    dexec_kvmclock_loaded = true;
    dexec_kvmclock_valid = false;

    /* the loaded guest's processes and kernel entry points are others */
    dexec_arch_policy_changed(cs);
    memset(dexec_processes, 0, sizeof(dexec_processes));
    if (dexec_entries.valid) {
        /* found again at the next entry into KVM (a limit never loaded) */
        dexec_entries.idt_limit = UINT32_MAX;
    }
}

int dexec_arch_kvm_exit(CPUState *cs, struct kvm_run *run)
{
    switch (run->exit_reason) {
    case KVM_EXIT_INTERNAL_ERROR:
        return run->internal.suberror == KVM_INTERNAL_ERROR_EMULATION ?
               DEXEC_DEVIRT_EMULATION : DEXEC_DEVIRT_INTERNAL;
    case KVM_EXIT_FAIL_ENTRY:
        return DEXEC_DEVIRT_ENTRY;
    case KVM_EXIT_UNKNOWN:
    case KVM_EXIT_EXCEPTION:
        return DEXEC_DEVIRT_INTERNAL;
    case KVM_EXIT_DEBUG:
        if (run->debug.arch.exception == EXCP03_INT3) {
            /* KVM stopped at the INT3 (dexec_x86_roi_init_vcpu()) */
            cs->accel->kvm_failures = 0;
            return DEXEC_DEVIRT_BREAKPOINT;
        }
        return -1;
    default:
        cs->accel->kvm_failures = 0;
        return -1;
    }
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
    if (x86_tcg_kvm_pv_features) {
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
