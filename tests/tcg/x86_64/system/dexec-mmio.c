/*
 * Instructions that a KVM on hardware virtualization cannot emulate:
 * 16-byte SSE/AVX loads from MMIO (the HPET's registers), in kernel and
 * in user mode.  KVM's instruction emulator has no VEX support, so under
 * dexec's native policy each one is an emulation failure that TCG
 * executes; the values must be those of plain loads.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define HPET_BASE   0xfed00000UL
#define ROUNDS      100

static uint64_t expect[2];
static bool has_avx;

static long vector_loads(long rounds)
{
    uint64_t got[2] __attribute__((aligned(16)));
    long i, bad = 0;

    for (i = 0; i < rounds; i++) {
        if (has_avx) {
            asm volatile("vmovdqu (%1), %%xmm3; vmovdqu %%xmm3, (%0)"
                         : : "r"(got), "r"(HPET_BASE) : "memory");
        } else {
            asm volatile("movdqu (%1), %%xmm3; movdqu %%xmm3, (%0)"
                         : : "r"(got), "r"(HPET_BASE) : "memory");
        }
        bad += got[0] != expect[0] || got[1] != expect[1];
    }
    return bad;
}

int main(void)
{
    x86_init();
    has_avx = x86_enable_simd();
    expect[0] = *(volatile uint64_t *)HPET_BASE; /* MMIO: volatile */
    expect[1] = *(volatile uint64_t *)(HPET_BASE + 8); /* MMIO: volatile */
    ml_printf("HPET capabilities %lx, AVX %s\n", (long)expect[0],
              has_avx ? "yes" : "no");
    CHECK((expect[0] & 0xffff0000ffffULL) != 0, "no HPET");

    CHECK(vector_loads(ROUNDS) == 0, "vector loads in kernel mode");
    CHECK(x86_user_call(vector_loads, ROUNDS) == 0,
          "vector loads in user mode");
    return x86_done("dexec-mmio");
}
