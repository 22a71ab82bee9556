/*
 * Kernel entries from user mode: SYSCALL, int n, page faults, other
 * exceptions, external interrupts (LAPIC timer); the TSC read in both
 * modes never going backwards; and page table entries that the kernel
 * changes between two accesses by user code (KVM may shadow them).
 *
 * Under dexec's user policy each entry leaves KVM for TCG at the first
 * instruction of the kernel's handler, and each return to user mode goes
 * back to KVM: every check here crosses engines, many times.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define ROUNDS 200
#define PKRU_ROUNDS 2000

#define SYS_REMAP   3
#define SYS_UNMAP   4
#define PAGE_MARK   0xd0

/* written by handlers, read by user code: volatile */
static volatile int int80_count, pf_count, ud_count, de_count, timer_count;
static volatile int pkru_ud;        /* #UD at RDPKRU or WRPKRU */
static volatile uint64_t last_tsc; /* shared by kernel and user mode */
static volatile int tsc_backwards; /* shared by kernel and user mode */

static void int80_handler(struct x86_frame *f)
{
    int80_count++;
    f->rax = f->rdi * 2;
}

static void pf_handler(struct x86_frame *f)
{
    uint64_t cr2;

    asm volatile("mov %%cr2, %0" : "=r"(cr2));
    CHECK(cr2 >= USER_PF_VA && cr2 < USER_PF_VA + 4 * 4096,
          "cr2 %lx", (long)cr2);
    CHECK(f->error & 4, "fault not from user mode: error %lx",
          (long)f->error);
    x86_pf_map((cr2 - USER_PF_VA) / 4096, true);
    pf_count++;
}

static void ud_handler(struct x86_frame *f)
{
    const uint8_t *insn = (const uint8_t *)f->rip;

    if (insn[0] == 0x0f && insn[1] == 0x01 && (insn[2] & 0xfe) == 0xee) {
        pkru_ud++;
        f->rip += 3;                    /* rdpkru, wrpkru */
        return;
    }
    ud_count++;
    f->rip += 2;                        /* ud2 */
}

static void de_handler(struct x86_frame *f)
{
    de_count++;
    f->rip += 3;                        /* div %rcx (48 f7 f1) */
}

static void timer_handler(struct x86_frame *f)
{
    timer_count++;
    apic_write(0xb0, 0);                /* EOI */
}

static void tsc_check(uint64_t t)
{
    if (t < last_tsc) {
        tsc_backwards++;
    }
    last_tsc = t;
}

/* the kernel side of SYS_PING: a TSC read in kernel mode */
static long kernel_syscall(long nr, long a, long b, struct x86_frame *f)
{
    if (nr == SYS_PING) {
        tsc_check(rdtsc());
        return a + 1;
    }
    if (nr == SYS_REMAP) {
        /* USER_PF_VA's first page now shows page @a of x86_pf_pages */
        x86_pt[0] = (uint64_t)(uintptr_t)x86_pf_pages[a] | 7;
        x86_invlpg(USER_PF_VA);
        return 0;
    }
    if (nr == SYS_UNMAP) {
        x86_pf_map(0, false);
        return 0;
    }
    return nr == SYS_ADD ? a + b : -1;
}

static long user_entries(long rounds)
{
    long i, bad = 0;

    for (i = 0; i < rounds; i++) {
        /* volatile: the access must fault, and be done again */
        volatile uint32_t *p = (uint32_t *)(USER_PF_VA + (i % 4) * 4096);
        long r;

        /* SYSCALL, and the TSC in user mode between two kernel reads */
        tsc_check(rdtsc());
        if (x86_sys(SYS_PING, i, 0) != i + 1) {
            bad++;
        }
        tsc_check(rdtsc());

        /* int 0x80 */
        asm volatile("int $0x80" : "=a"(r) : "D"(i) : "memory");
        if (r != i * 2) {
            bad++;
        }

        /* a page fault, fixed by the kernel */
        *p = i;
        if (*p != i) {
            bad++;
        }

        /* #UD and #DE, skipped by the kernel */
        asm volatile("ud2");
        asm volatile("xor %%edx, %%edx; div %%rcx"
                     : : "a"(1), "c"(0) : "rdx");
    }
    return bad;
}

/*
 * User code reads a page whose page table entry the kernel changes
 * between the reads: to another page, then to not present.
 */
static long user_remaps(long rounds)
{
    long i, bad = 0;
    /* volatile: each read must be done, through the current mapping */
    volatile uint32_t *p = (uint32_t *)USER_PF_VA;

    for (i = 0; i < rounds; i++) {
        x86_sys(SYS_REMAP, i % 4, 0);
        if (*p != PAGE_MARK + i % 4) {
            bad++;
        }
    }
    x86_sys(SYS_UNMAP, 0, 0);
    if (*p != PAGE_MARK) {              /* faults, mapped again */
        bad++;
    }
    return bad;
}

/*
 * PKRU without CR4.PKE: RDPKRU and WRPKRU raise #UD, except where the
 * host lets guest user code use its PKRU natively (kvm_pvm): then what
 * user code writes must stay across kernel entries, whichever engines
 * run the code.  Some user work between the system calls has dexec's
 * adaptive policy try both engines.
 */
static long user_pkru(long rounds)
{
    long i, bad = 0;

    for (i = 0; i < rounds; i++) {
        uint32_t want = i & 1 ? 0xc : 0x30;     /* keys 1 and 2: unused */
        uint32_t v;
        long spin;

        for (spin = 0; spin < 20000; spin++) {
            asm volatile("" : : : "memory");
        }

        asm volatile("wrpkru" : : "a"(want), "c"(0), "d"(0));
        x86_sys(SYS_PING, i, 0);
        /* a #UD leaves eax as it was */
        asm volatile("rdpkru" : "=a"(v) : "0"(0xdead), "c"(0) : "rdx");
        if (v != 0xdead && v != want) {
            bad++;
        }
    }
    asm volatile("wrpkru" : : "a"(0), "c"(0), "d"(0));
    return bad;
}

/* user code that spins until the LAPIC timer has interrupted it */
static long user_wait_timer(long want)
{
    long spins = 0;

    while (timer_count < want && spins < 2000000000L) {
        spins++;
    }
    return timer_count;
}

int main(void)
{
    int i;

    x86_init();
    x86_handlers[0x80] = int80_handler;
    x86_handlers[14] = pf_handler;
    x86_handlers[6] = ud_handler;
    x86_handlers[0] = de_handler;
    x86_handlers[0x40] = timer_handler;
    x86_syscall_hook = kernel_syscall;

    for (i = 0; i < 4; i++) {
        x86_pf_map(i, false);
    }
    CHECK(x86_user_call(user_entries, ROUNDS) == 0, "wrong results");
    CHECK(int80_count == ROUNDS, "int 0x80: %d", int80_count);
    CHECK(ud_count == ROUNDS, "#UD: %d", ud_count);
    CHECK(de_count == ROUNDS, "#DE: %d", de_count);
    CHECK(pf_count == 4, "#PF: %d", pf_count);
    CHECK(tsc_backwards == 0, "the TSC went backwards %d times",
          tsc_backwards);

    /* page table entries changed under user code */
    for (i = 0; i < 4; i++) {
        /* volatile: user code reads it, through another mapping */
        *(volatile uint32_t *)x86_pf_pages[i] = PAGE_MARK + i;
    }
    CHECK(x86_user_call(user_remaps, ROUNDS) == 0, "stale translations");
    CHECK(pf_count == 5, "#PF after unmapping: %d", pf_count - 4);

    CHECK(x86_user_call(user_pkru, PKRU_ROUNDS) == 0, "PKRU lost its value");
    CHECK(pkru_ud == 0 || pkru_ud == 2 * PKRU_ROUNDS + 1,
          "PKRU: %d of %d instructions raised #UD", pkru_ud,
          2 * PKRU_ROUNDS + 1);

    /* external interrupts taken in user mode: the LAPIC timer, periodic */
    apic_write(0xf0, 0x1ff);            /* enable, spurious vector 0xff */
    apic_write(0x3e0, 0xb);             /* divide by 1 */
    apic_write(0x320, 0x40 | (1 << 17));    /* vector 0x40, periodic */
    apic_write(0x380, 100000);
    CHECK(x86_user_call(user_wait_timer, 10) >= 10,
          "timer interrupts: %d", timer_count);
    apic_write(0x320, 1 << 16);         /* masked */

    ml_printf("syscalls %d, int 0x80 %d, #PF %d, #UD %d, #DE %d, "
              "timer %d, PKRU %s\n", ROUNDS, int80_count, pf_count, ud_count,
              de_count, timer_count, pkru_ud ? "#UD" : "native");
    return x86_done("dexec-user");
}
