/*
 * The region of interest from inside the guest: dexec's magic
 * instructions (scripts/dexec/guest/dexec-roi.h) in kernel and user mode.
 *
 * Under dexec (roi=on) they begin and end the region of interest and
 * leave markers, and change nothing the guest can see: no register, no
 * flag, no exception.  Elsewhere (plain TCG or KVM, roi=off) each is an
 * INT3, whose #BP handler returns past it.  A magic instruction with an
 * unknown function is always an INT3.  The first marker tells which
 * case this is; the test then expects the same of every instruction, and
 * says which it saw: "PASS (magic)" or "PASS (int3)".
 *
 * In the region of interest, a loop in user mode, with system calls,
 * runs in TCG under every policy; the host side (test_dexec_accel.py)
 * checks what dexec saw.  The guest powers off with a region of interest
 * open, for the host to check that a reset closes it.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"
#include "dexec-roi.h"

#define LOOPS       100000
#define ROUNDS      20

static volatile int bp_count;       /* #BP taken: the handler's count */
static uint8_t bp_stack[4096] __attribute__((aligned(16)));
static bool magic;                  /* the magic instructions are dexec's */
static int bp_expected;

static void bp_handler(struct x86_frame *f)
{
    bp_count++;
}

static long kernel_syscall(long nr, long a, long b, struct x86_frame *f)
{
    return nr == SYS_PING ? a + 1 : -1;
}

/* One instruction, with the #BP it is expected to cause if any */
static void expect_bp(int n, const char *what)
{
    bp_expected += n;
    CHECK(bp_count == bp_expected, "%s: %d #BP, %d expected", what,
          bp_count, bp_expected);
    bp_count = bp_expected;
}

/*
 * A marker changes no register and no flag: every general purpose
 * register holds a pattern, and RFLAGS is read on both sides.
 */
static long marker_keeps_registers(long tag)
{
    register uint64_t r8 asm("r8") = 0x0808080808080808ULL;
    register uint64_t r9 asm("r9") = 0x0909090909090909ULL;
    register uint64_t r10 asm("r10") = 0x1010101010101010ULL;
    register uint64_t r11 asm("r11") = 0x1111111111111111ULL;
    register uint64_t r12 asm("r12") = 0x1212121212121212ULL;
    register uint64_t r13 asm("r13") = 0x1313131313131313ULL;
    register uint64_t r14 asm("r14") = 0x1414141414141414ULL;
    register uint64_t r15 asm("r15") = 0x1515151515151515ULL;
    uint64_t a = 0xaaaaaaaa00000000ULL | (uint32_t)tag;
    uint64_t b = 0xbbbbbbbbbbbbbbbbULL, c = 0xccccccccccccccccULL;
    uint64_t d = 0xddddddddddddddddULL, si = 0x5151515151515151ULL;
    uint64_t di = 0xd1d1d1d1d1d1d1d1ULL;
    uint64_t f0, f1;
    long bad = 0;

    asm volatile("stc\n\t"
                 "pushfq\n\t"
                 "popq %[f0]\n\t"
                 DEXEC_ROI_INSN(3)
                 "pushfq\n\t"
                 "popq %[f1]"
                 : [f0] "=&m"(f0), [f1] "=&m"(f1), "+a"(a), "+b"(b), "+c"(c),
                   "+d"(d), "+S"(si), "+D"(di), "+r"(r8), "+r"(r9),
                   "+r"(r10), "+r"(r11), "+r"(r12), "+r"(r13), "+r"(r14),
                   "+r"(r15)
                 : : "memory");
    bad += a != (0xaaaaaaaa00000000ULL | (uint32_t)tag);
    bad += b != 0xbbbbbbbbbbbbbbbbULL;
    bad += c != 0xccccccccccccccccULL;
    bad += d != 0xddddddddddddddddULL;
    bad += si != 0x5151515151515151ULL;
    bad += di != 0xd1d1d1d1d1d1d1d1ULL;
    bad += r8 != 0x0808080808080808ULL;
    bad += r9 != 0x0909090909090909ULL;
    bad += r10 != 0x1010101010101010ULL;
    bad += r11 != 0x1111111111111111ULL;
    bad += r12 != 0x1212121212121212ULL;
    bad += r13 != 0x1313131313131313ULL;
    bad += r14 != 0x1414141414141414ULL;
    bad += r15 != 0x1515151515151515ULL;
    bad += (f0 & 0x8d5) != (f1 & 0x8d5) || !(f1 & 1);  /* CF kept */
    return bad;
}

/* The same magic bytes with function 4, which no dexec knows: an INT3 */
static void unknown_function(void)
{
    asm volatile(DEXEC_ROI_INSN(4) : : : "memory");
}

/*
 * The region of interest's work: arithmetic, and in user mode system
 * calls, whose result kernel mode computes itself.
 */
static long roi_work(long loops)
{
    uint16_t cs;
    uint64_t x = 1;
    long i;

    asm volatile("mov %%cs, %0" : "=r"(cs));
    for (i = 0; i < loops; i++) {
        x = x * 6364136223846793005ULL + 1442695040888963407ULL;
        if (i % (loops / 4) == 0) {
            x ^= (cs & 3) ? x86_sys(SYS_PING, i, 0) : i + 1;
        }
    }
    return (long)(x >> 1);
}

/* The region of interest from user mode, with markers, and its result */
static long user_roi(long loops)
{
    long r;

    dexec_roi_marker(0x75736572);       /* "user" */
    dexec_roi_begin();
    r = roi_work(loops);
    dexec_roi_marker(0x600d);
    dexec_roi_end();
    return r;
}

/*
 * A region of interest whose instructions a plugin counts, from one XCHG
 * %BX, %BX to the other (tests/tcg/plugins/region.c, run by
 * test_dexec_accel.py): the same number under plain TCG and under dexec,
 * where TCG runs all of it in mode simulate.
 */
static long user_counted(long loops)
{
    long r;

    dexec_roi_begin();
    asm volatile("xchg %%bx, %%bx" : : : "memory");
    r = roi_work(loops);
    asm volatile("xchg %%bx, %%bx" : : : "memory");
    dexec_roi_end();
    return r;
}

/* Markers and an unknown function in user mode; returns wrong results */
static long user_markers(long rounds)
{
    long i, bad = 0;

    for (i = 0; i < rounds; i++) {
        bad += marker_keeps_registers(0x1000 + i);
        unknown_function();
    }
    return bad;
}

int main(void)
{
    long expect, i;

    x86_init();
    x86_handlers[3] = bp_handler;
    x86_syscall_hook = kernel_syscall;
    /*
     * INT3 from user mode, as under any OS with debuggers; on a stack of
     * its own (IST 1), since the kernel's code has a red zone.
     */
    x86_set_gate(3, x86_vectors + 3 * 16, 3);
    x86_tss.ist[0] = (uint64_t)(uintptr_t)(bp_stack + sizeof(bp_stack));
    x86_idt[3 * 2] |= 1ULL << 32;

    /* which case: a marker in kernel mode */
    dexec_roi_marker(0x6b65726e);       /* "kern" */
    magic = bp_count == 0;
    expect_bp(magic ? 0 : 1, "first marker");

    /* kernel mode */
    CHECK(marker_keeps_registers(0x42) == 0, "a marker changed registers");
    expect_bp(magic ? 0 : 1, "marker");
    unknown_function();
    expect_bp(1, "unknown function");
    dexec_roi_begin();
    expect = roi_work(LOOPS);
    dexec_roi_end();
    expect_bp(magic ? 0 : 2, "kernel region of interest");

    /* user mode */
    CHECK(x86_user_call(user_roi, LOOPS) == expect,
          "the region of interest computed another result in user mode");
    expect_bp(magic ? 0 : 4, "user region of interest");
    CHECK(x86_user_call(user_counted, LOOPS) == expect,
          "the counted region of interest computed another result");
    expect_bp(magic ? 0 : 2, "counted region of interest");
    /* and outside any: under the user policy, KVM runs it, unseen */
    CHECK(x86_user_call(roi_work, 10 * LOOPS) == roi_work(10 * LOOPS),
          "user work outside the region of interest");
    CHECK(x86_user_call(user_markers, ROUNDS) == 0,
          "markers changed registers in user mode");
    expect_bp((magic ? 0 : ROUNDS) + ROUNDS, "user markers");

    /* begin and end in kernel mode, what runs between them in user mode */
    for (i = 0; i < ROUNDS; i++) {
        dexec_roi_begin();
        CHECK(x86_user_call(roi_work, LOOPS / 10) == roi_work(LOOPS / 10),
              "round %ld", i);
        dexec_roi_end();
    }
    expect_bp(magic ? 0 : 2 * ROUNDS, "rounds");

    ml_printf("magic instructions: %s, #BP taken: %d\n",
              magic ? "dexec's" : "INT3", bp_count);
    if (x86_failures) {
        return x86_done("dexec-roi");
    }
    ml_printf("dexec-roi: PASS (%s)\n", magic ? "magic" : "int3");
    dexec_roi_begin();
    return 0;
}
