/*
 * A guest for debuggers (tests/functional/x86_64/test_dexec_gdb.py):
 * functions to stop at in kernel and user mode, a variable to watch, and
 * a loop in user mode that runs for as long as the debugger wants.
 *
 * Alone, it runs straight through.  The test has gdb set gdb_spin before
 * the guest starts, stop it in both modes, and detach: the guest then
 * spins in user mode (in KVM, where dexec's policy puts user code
 * there), with x87 registers pushed, until a debugger that attaches
 * later clears gdb_spin.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define ROUNDS      1000

volatile long gdb_counter;          /* a debugger watches it */
volatile int gdb_spin;              /* a debugger sets and clears it */
volatile long gdb_spins;

long __attribute__((noinline)) gdb_kernel_target(long n)
{
    return n * 3 + 1;
}

long __attribute__((noinline)) gdb_user_step(long i)
{
    gdb_counter += i;
    return gdb_counter;
}

void __attribute__((noinline)) gdb_spin_body(long i)
{
    gdb_spins = i;
}

static long user_work(long rounds)
{
    long i, sum = 0;

    for (i = 0; i < rounds; i++) {
        sum += gdb_user_step(i);
    }
    return sum;
}

/*
 * Spin while gdb_spin is set, with 1, pi and log2(10) on the x87 stack:
 * its top is then physical register 5, not 0, which a debugger must see
 * as ST(0) whichever engine held the vCPU.
 */
static long user_spin(long unused)
{
    long i = 0;

    asm volatile("fninit; fld1; fldpi; fldl2t" : : : "memory");
    while (gdb_spin) {
        gdb_spin_body(i++);
    }
    asm volatile("fstp %%st(0); fstp %%st(0); fstp %%st(0)" : : : "memory");
    return i;
}

int main(void)
{
    long spins;

    x86_init();
    x86_enable_simd();

    /* flags that do not depend on what x86_enable_simd() found */
    asm volatile("xor %%eax, %%eax" : : : "eax", "cc");
    CHECK(gdb_kernel_target(42) == 127, "gdb_kernel_target(42)");
    CHECK(x86_user_call(user_work, ROUNDS) ==
          (long)(ROUNDS - 1) * ROUNDS * (ROUNDS + 1) / 6, "user_work()");
    CHECK(gdb_counter == (long)ROUNDS * (ROUNDS - 1) / 2, "gdb_counter");
    spins = x86_user_call(user_spin, 0);
    ml_printf("dexec-gdb: spun %s\n", spins ? "until released" : "not");
    return x86_done("dexec-gdb");
}
