/*
 * Self-modifying code across modes: code written in user mode and run by
 * the kernel, and the other way round, many times.
 *
 * Under dexec's user policy user mode runs in KVM and the kernel in TCG:
 * code that TCG translated and KVM then rewrites must be translated
 * afresh (KVM's dirty log invalidates it), and code that TCG writes is
 * what KVM executes.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define ROUNDS 100

/* a function: mov $imm32, %eax; ret -- on a page of its own */
static uint8_t code[4096] __attribute__((aligned(4096))) = {
    0xb8, 0, 0, 0, 0, 0xc3,
};

typedef uint32_t (*code_fn)(void);

static void patch(uint32_t value)
{
    /* volatile: the stores are the code's new instructions */
    volatile uint8_t *p = code;

    p[1] = value;
    p[2] = value >> 8;
    p[3] = value >> 16;
    p[4] = value >> 24;
}

static long user_patch(long value)
{
    patch(value);
    return 0;
}

static long user_run(long unused)
{
    return ((code_fn)code)();
}

int main(void)
{
    uint32_t v;
    int i;

    x86_init();
    for (i = 0; i < ROUNDS; i++) {
        /* the kernel runs the code, user mode rewrites it */
        patch(3 * i);
        v = ((code_fn)code)();
        CHECK(v == 3 * i, "kernel ran %u, not %u", v, 3 * i);
        x86_user_call(user_patch, 3 * i + 1);
        v = ((code_fn)code)();
        CHECK(v == 3 * i + 1, "kernel ran %u after user mode wrote %u", v,
              3 * i + 1);

        /* the kernel rewrites it, user mode runs it */
        patch(3 * i + 2);
        v = x86_user_call(user_run, 0);
        CHECK(v == 3 * i + 2, "user mode ran %u after the kernel wrote %u",
              v, 3 * i + 2);
    }
    return x86_done("dexec-smc");
}
