/*
 * dexec: measure what the host's KVM does with x86 guest code
 *
 * At start-up dexec runs two tiny guests in a scratch VM: the same loop in
 * 64-bit user mode (CPL 3) and in 64-bit kernel mode (CPL 0).  Where KVM
 * runs guest code natively both take host time; where KVM emulates guest
 * kernel mode in software (hosts without VMX/SVM) CPL 0 is thousands of
 * times slower.  The ratio chooses the "auto" policy; the CPL 3 speed
 * calibrates the instruction quota in KVM, which has no instruction
 * counter of its own here.  A third guest reads the TSC at CPL 3 with a
 * TSC offset set: some software KVMs let user mode read the host's TSC
 * whatever the offset says.  A fourth executes XGETBV at CPL 3 with
 * CR4.OSXSAVE clear: where that returns the host's XCR0 instead of
 * faulting, KVM does not virtualize XCR0 in user mode.  A fifth executes
 * CPUID at CPL 3 in a vCPU given no CPUID: where it returns the host's
 * feature flags, KVM does not virtualize CPUID in user mode.  A sixth
 * rewrites a page table entry between two reads by user code: if the
 * second read sees the old page, KVM shadows the guest's page tables and
 * misses writes made to them outside KVM, by TCG.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include <sys/ioctl.h>
#include <linux/kvm.h>
#include "qapi/error.h"
#include "qemu/timer.h"
#include "cpu.h"
#include "dexec-x86.h"

#define PROBE_MEM   0x400000
#define PROBE_PML4  0x10000
#define PROBE_GDT   0x20000
#define PROBE_TSS   0x21000
#define PROBE_IDT   0x22000
#define PROBE_STUBS 0x30000
#define PROBE_CODE  0x1000
#define PROBE_STACK 0x1f0000
#define PROBE_PORT  0xe9

typedef struct DexecProbeVM {
    int fd, vcpu;
    uint8_t *mem;
    struct kvm_run *run;
    size_t run_size;
} DexecProbeVM;

static void probe_close(DexecProbeVM *vm)
{
    if (vm->run) {
        munmap(vm->run, vm->run_size);
    }
    if (vm->vcpu >= 0) {
        close(vm->vcpu);
    }
    if (vm->fd >= 0) {
        close(vm->fd);
    }
    if (vm->mem) {
        munmap(vm->mem, PROBE_MEM);
    }
}

static bool probe_open(int kvm_fd, DexecProbeVM *vm, Error **errp)
{
    struct kvm_userspace_memory_region r = {
        .slot = 0, .guest_phys_addr = 0, .memory_size = PROBE_MEM,
    };

    *vm = (DexecProbeVM) { .fd = -1, .vcpu = -1 };
    vm->fd = ioctl(kvm_fd, KVM_CREATE_VM, 0);
    if (vm->fd < 0) {
        error_setg_errno(errp, errno, "probe: KVM_CREATE_VM");
        return false;
    }
    vm->mem = mmap(NULL, PROBE_MEM, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
    if (vm->mem == MAP_FAILED) {
        vm->mem = NULL;
        error_setg_errno(errp, errno, "probe: mmap");
        return false;
    }
    r.userspace_addr = (uintptr_t)vm->mem;
    if (ioctl(vm->fd, KVM_SET_USER_MEMORY_REGION, &r) < 0) {
        error_setg_errno(errp, errno, "probe: KVM_SET_USER_MEMORY_REGION");
        return false;
    }
    vm->vcpu = ioctl(vm->fd, KVM_CREATE_VCPU, 0);
    if (vm->vcpu < 0) {
        error_setg_errno(errp, errno, "probe: KVM_CREATE_VCPU");
        return false;
    }
    vm->run_size = ioctl(kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0);
    vm->run = mmap(NULL, vm->run_size, PROT_READ | PROT_WRITE, MAP_SHARED,
                   vm->vcpu, 0);
    if (vm->run == MAP_FAILED) {
        vm->run = NULL;
        error_setg_errno(errp, errno, "probe: mmap kvm_run");
        return false;
    }
    return true;
}

/* Identity-mapped 64-bit long mode at @cpl, with a GDT, a TSS and an IDT. */
static bool probe_long_mode(DexecProbeVM *vm, int cpl, Error **errp)
{
    uint8_t *m = vm->mem;
    uint64_t *pml4 = (uint64_t *)(m + PROBE_PML4);
    uint64_t *gdt = (uint64_t *)(m + PROBE_GDT);
    uint64_t *idt = (uint64_t *)(m + PROBE_IDT);
    struct kvm_segment cs = {
        .limit = 0xffffffff, .type = 11, .present = 1, .s = 1, .l = 1,
        .g = 1, .selector = cpl ? 0x2b : 0x10, .dpl = cpl,
    };
    struct kvm_segment ds = {
        .limit = 0xffffffff, .type = 3, .present = 1, .s = 1, .db = 1,
        .g = 1, .selector = cpl ? 0x23 : 0x18, .dpl = cpl,
    };
    struct kvm_sregs sregs;
    struct kvm_regs regs = {
        .rip = PROBE_CODE, .rsp = 0x100000,
        .rflags = 0x2 | (3 << 12),      /* IOPL 3: "out" works at CPL 3 */
    };
    int v;

    pml4[0] = (PROBE_PML4 + 0x1000) | 7;
    pml4[512] = (PROBE_PML4 + 0x2000) | 7;
    pml4[1024] = 0x87;                  /* 2 MiB pages, user */
    pml4[1025] = 0x200000 | 0x87;

    gdt[2] = 0x00209a0000000000ULL;     /* 0x10 kernel code */
    gdt[3] = 0x0000920000000000ULL;     /* 0x18 kernel data */
    gdt[4] = 0x00cff2000000ffffULL;     /* 0x23 user data */
    gdt[5] = 0x0020fa0000000000ULL;     /* 0x2b user code */
    gdt[6] = 103 | ((uint64_t)PROBE_TSS << 16) | (0x89ULL << 40);
    *(uint64_t *)(m + PROBE_TSS + 4) = PROBE_STACK;

    /* any exception: out PROBE_PORT; hlt */
    for (v = 0; v < 32; v++) {
        uint64_t h = PROBE_STUBS + v * 16;
        uint8_t stub[] = { 0xb0, v, 0xe6, PROBE_PORT, 0xf4 };

        memcpy(m + h, stub, sizeof(stub));
        idt[v * 2] = (h & 0xffff) | (0x10ULL << 16) | (0x8eULL << 40) |
                     (((h >> 16) & 0xffff) << 48);
        idt[v * 2 + 1] = h >> 32;
    }

    if (ioctl(vm->vcpu, KVM_GET_SREGS, &sregs) < 0) {
        error_setg_errno(errp, errno, "probe: KVM_GET_SREGS");
        return false;
    }
    sregs.cs = cs;
    sregs.ds = sregs.es = sregs.fs = sregs.gs = sregs.ss = ds;
    sregs.tr = (struct kvm_segment) {
        .base = PROBE_TSS, .limit = 103, .selector = 0x30, .type = 11,
        .present = 1,
    };
    sregs.gdt.base = PROBE_GDT;
    sregs.gdt.limit = 63;
    sregs.idt.base = PROBE_IDT;
    sregs.idt.limit = 32 * 16 - 1;
    sregs.cr3 = PROBE_PML4;
    sregs.cr4 = 0x20;                   /* PAE */
    sregs.cr0 = 0x80000011;             /* PG, ET, PE */
    sregs.efer = 0x501;                 /* LMA, LME, SCE */
    if (ioctl(vm->vcpu, KVM_SET_SREGS, &sregs) < 0 ||
        ioctl(vm->vcpu, KVM_SET_REGS, &regs) < 0) {
        error_setg_errno(errp, errno, "probe: setting up long mode");
        return false;
    }
    return true;
}

/*
 * A scratch VM at @cpl whose code, at PROBE_CODE, ends with "xor eax, eax;
 * out PROBE_PORT, al": false on error (@vm is then closed).
 */
static bool probe_start(int kvm_fd, DexecProbeVM *vm, int cpl,
                        const uint8_t *code, size_t len, Error **errp)
{
    if (!probe_open(kvm_fd, vm, errp) || !probe_long_mode(vm, cpl, errp)) {
        probe_close(vm);
        return false;
    }
    memcpy(vm->mem + PROBE_CODE, code, len);
    return true;
}

/*
 * Run the scratch VM, with the guest's registers at the exit in @regs and
 * the time KVM_RUN took in @ns: 1 if the code ran to its end, 0 if it
 * exited otherwise (an exception stub ends with the vector in al), -1 on
 * error.
 */
static int probe_exec(DexecProbeVM *vm, struct kvm_regs *regs, int64_t *ns,
                      Error **errp)
{
    int64_t start = get_clock();
    int ret = -1;

    if (ioctl(vm->vcpu, KVM_RUN, 0) < 0) {
        error_setg_errno(errp, errno, "probe: KVM_RUN");
        goto out;
    }
    *ns = get_clock() - start;
    if (ioctl(vm->vcpu, KVM_GET_REGS, regs) < 0) {
        error_setg_errno(errp, errno, "probe: KVM_GET_REGS");
        goto out;
    }
    ret = vm->run->exit_reason == KVM_EXIT_IO &&
          vm->run->io.port == PROBE_PORT &&
          *((uint8_t *)vm->run + vm->run->io.data_offset) == 0;
out:
    return ret;
}

/*
 * Run @code at @cpl in a scratch VM of its own, as probe_exec() does;
 * -1 on error.
 */
static int probe_once(int kvm_fd, int cpl, const uint8_t *code, size_t len,
                      struct kvm_regs *regs, int64_t *ns, Error **errp)
{
    DexecProbeVM vm;
    int ret;

    if (!probe_start(kvm_fd, &vm, cpl, code, len, errp)) {
        return -1;
    }
    ret = probe_exec(&vm, regs, ns, errp);
    probe_close(&vm);
    return ret;
}

/*
 * Run the loop "dec rcx; jnz" of a scratch VM that probe_loop() set up,
 * @n times from its start: the time KVM_RUN took in *@ns.  False on error.
 */
static bool probe_loop_run(DexecProbeVM *vm, int cpl, uint64_t n,
                           int64_t *ns, Error **errp)
{
    struct kvm_regs regs = {
        .rip = PROBE_CODE, .rsp = 0x100000, .rflags = 0x2 | (3 << 12),
    };
    int ret;

    /* the loop count is the immediate of its first instruction */
    memcpy(vm->mem + PROBE_CODE + 2, &n, sizeof(n));
    if (ioctl(vm->vcpu, KVM_SET_REGS, &regs) < 0) {
        error_setg_errno(errp, errno, "probe: KVM_SET_REGS");
        return false;
    }
    ret = probe_exec(vm, &regs, ns, errp);
    if (ret == 0) {
        error_setg(errp, "probe: the CPL %d loop did not run to its end",
                   cpl);
    }
    return ret > 0;
}

/*
 * ns per iteration of "dec rcx; jnz" at @cpl, < 0 on error.  What entering
 * and leaving KVM costs is measured apart and taken off: on an emulated
 * host with hardware virtualization (a nested KVM host on TCG) a KVM_RUN
 * costs milliseconds, which would otherwise swamp a short loop and make
 * kernel mode look as slow as a software KVM's.  The loop grows until it
 * takes both 20 times that cost and 10 ms, and runs twice.
 */
static double probe_loop(int kvm_fd, int cpl, Error **errp)
{
    /* mov rcx, n; 1: dec rcx; jnz 1b; xor eax, eax; out PROBE_PORT, al */
    const uint8_t code[] = {
        0x48, 0xb9, 0, 0, 0, 0, 0, 0, 0, 0,
        0x48, 0xff, 0xc9, 0x75, 0xfb, 0x31, 0xc0, 0xe6, PROBE_PORT,
    };
    int64_t base = INT64_MAX, ns, t;
    double ret = -1;
    DexecProbeVM vm;
    uint64_t n;
    int i;

    if (!probe_start(kvm_fd, &vm, cpl, code, sizeof(code), errp)) {
        return -1;
    }
    /* the first run maps the VM's pages; the fastest of the others */
    for (i = 0; i < 4; i++) {
        if (!probe_loop_run(&vm, cpl, 1, &ns, errp)) {
            goto out;
        }
        if (i) {
            base = MIN(base, ns);
        }
    }
    for (n = 1000;; n *= 4) {
        if (!probe_loop_run(&vm, cpl, n, &ns, errp)) {
            goto out;
        }
        if ((ns > 20 * base && ns > 10 * SCALE_MS) || n >= 200000000) {
            break;
        }
    }
    /* the faster of two runs: the other may have shared the host CPU */
    t = ns;
    if (!probe_loop_run(&vm, cpl, n, &ns, errp)) {
        goto out;
    }
    ret = (double)MAX(MIN(t, ns) - base, 1) / n;
out:
    probe_close(&vm);
    return ret;
}

/* Does RDTSC at CPL 3 see KVM's TSC offset?  -1 on error */
static int probe_tsc_offset(int kvm_fd, Error **errp)
{
    /* rdtsc; shl rdx, 32; or rdx, rax; xor eax, eax; out PROBE_PORT, al */
    const uint8_t code[] = {
        0x0f, 0x31, 0x48, 0xc1, 0xe2, 0x20, 0x48, 0x09, 0xc2,
        0x31, 0xc0, 0xe6, PROBE_PORT,
    };
    /* the guest's TSC starts 2^40 cycles (minutes) behind the host's */
    int64_t offset = -(1LL << 40);
    struct kvm_device_attr attr = {
        .group = KVM_VCPU_TSC_CTRL, .attr = KVM_VCPU_TSC_OFFSET,
        .addr = (uintptr_t)&offset,
    };
    struct kvm_regs regs;
    DexecProbeVM vm;
    uint64_t before;
    int64_t ns;
    int ret;

    if (!probe_start(kvm_fd, &vm, 3, code, sizeof(code), errp)) {
        return -1;
    }
    if (ioctl(vm.vcpu, KVM_SET_DEVICE_ATTR, &attr) < 0) {
        /* no offset control: the TSC is the host's or KVM's own */
        probe_close(&vm);
        return 0;
    }
    before = cpu_get_host_ticks();
    ret = probe_exec(&vm, &regs, &ns, errp);
    probe_close(&vm);
    if (ret == 0) {
        error_setg(errp, "probe: the TSC guest did not run to its end");
    }
    /*
     * With the offset, the guest read about 2^40 cycles less than the
     * host's TSC before: compare the difference, not the values, which
     * wrap where the host has not counted 2^40 cycles yet (a host up for
     * less than some seven minutes, as a freshly booted CI machine).
     */
    return ret > 0 ? (int64_t)(regs.rdx - before) < 0 : -1;
}

/*
 * XCR0 as XGETBV at CPL 3 reads it in a vCPU given no CPUID, whose
 * CR4.OSXSAVE is clear: 0 where that faults (KVM virtualizes XCR0), the
 * host's XCR0 where KVM lets user mode run it natively.  -1 on error.
 */
static int probe_user_xcr0(int kvm_fd, uint64_t *xcr0, Error **errp)
{
    /*
     * xor ecx, ecx; xgetbv; shl rdx, 32; or rdx, rax;
     * xor eax, eax; out PROBE_PORT, al
     */
    const uint8_t code[] = {
        0x31, 0xc9, 0x0f, 0x01, 0xd0, 0x48, 0xc1, 0xe2, 0x20,
        0x48, 0x09, 0xc2, 0x31, 0xc0, 0xe6, PROBE_PORT,
    };
    struct kvm_regs regs;
    int64_t ns;
    int ret;

    ret = probe_once(kvm_fd, 3, code, sizeof(code), &regs, &ns, errp);
    *xcr0 = ret > 0 ? regs.rdx : 0;
    return ret;
}

/*
 * Does CPUID at CPL 3 return the host's leaf 1 (feature flags) in a vCPU
 * given no CPUID?  -1 on error.
 */
static int probe_user_cpuid(int kvm_fd, Error **errp)
{
    /*
     * mov eax, 1; xor ecx, ecx; cpuid; shl rdx, 32; or rdx, rcx;
     * xor eax, eax; out PROBE_PORT, al
     */
    const uint8_t code[] = {
        0xb8, 0x01, 0x00, 0x00, 0x00, 0x31, 0xc9, 0x0f, 0xa2,
        0x48, 0xc1, 0xe2, 0x20, 0x48, 0x09, 0xca,
        0x31, 0xc0, 0xe6, PROBE_PORT,
    };
    uint32_t eax, ebx, ecx, edx;
    struct kvm_regs regs;
    int64_t ns;
    int ret;

    ret = probe_once(kvm_fd, 3, code, sizeof(code), &regs, &ns, errp);
    if (ret <= 0) {
        /* a CPUID that faults is virtualized */
        return ret;
    }
    host_cpuid(1, 0, &eax, &ebx, &ecx, &edx);
    return regs.rdx == ((uint64_t)edx << 32 | ecx);
}

/*
 * Does KVM keep shadow page tables that miss writes made to the guest's
 * page tables outside KVM (by TCG)?  User code reads a page, the page
 * table entry is changed behind KVM's back, and the code reads again.
 * -1 on error.
 */
static int probe_shadow_paging(int kvm_fd, Error **errp)
{
    /* mov rdx, [0x200000]; xor eax, eax; out PROBE_PORT, al */
    const uint8_t code[] = {
        0x48, 0x8b, 0x14, 0x25, 0x00, 0x00, 0x20, 0x00,
        0x31, 0xc0, 0xe6, PROBE_PORT,
    };
    /* a 4 KiB page table for [2 MiB, 4 MiB), and two data pages */
    const uint64_t pt = PROBE_PML4 + 0x3000, a = pt + 0x1000, b = a + 0x1000;
    uint64_t *pd, *pte;
    struct kvm_regs regs;
    DexecProbeVM vm;
    int64_t ns;
    int ret;

    if (!probe_start(kvm_fd, &vm, 3, code, sizeof(code), errp)) {
        return -1;
    }
    pd = (uint64_t *)(vm.mem + PROBE_PML4 + 0x2000);
    pte = (uint64_t *)(vm.mem + pt);
    pd[1] = pt | 7;
    pte[0] = a | 7;
    *(uint64_t *)(vm.mem + a) = 1;
    *(uint64_t *)(vm.mem + b) = 2;
    ret = probe_exec(&vm, &regs, &ns, errp);
    if (ret > 0) {
        pte[0] = b | 7;
        regs.rip = PROBE_CODE;
        if (ioctl(vm.vcpu, KVM_SET_REGS, &regs) < 0) {
            error_setg_errno(errp, errno, "probe: KVM_SET_REGS");
            ret = -1;
        } else {
            ret = probe_exec(&vm, &regs, &ns, errp);
        }
    }
    probe_close(&vm);
    if (ret == 0) {
        error_setg(errp, "probe: the page table guest did not run to its "
                   "end");
    }
    return ret > 0 ? regs.rdx == 1 : -1;
}

bool dexec_x86_probe(int kvm_fd, DexecX86Probe *p, Error **errp)
{
    int tsc_offset, shadow, cpuid;

    p->cpl3_ns = probe_loop(kvm_fd, 3, errp);
    if (p->cpl3_ns < 0) {
        return false;
    }
    p->cpl0_ns = probe_loop(kvm_fd, 0, errp);
    if (p->cpl0_ns < 0) {
        return false;
    }
    tsc_offset = probe_tsc_offset(kvm_fd, errp);
    if (tsc_offset < 0) {
        return false;
    }
    p->tsc_offset = tsc_offset;
    shadow = probe_shadow_paging(kvm_fd, errp);
    if (shadow < 0) {
        return false;
    }
    p->shadow_paging = shadow;
    cpuid = probe_user_cpuid(kvm_fd, errp);
    if (cpuid < 0) {
        return false;
    }
    p->user_cpuid = cpuid;
    return probe_user_xcr0(kvm_fd, &p->user_xcr0, errp) >= 0;
}
