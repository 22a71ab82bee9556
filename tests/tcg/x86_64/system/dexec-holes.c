/*
 * A kernel whose entry points are on more pages than dexec's user policy
 * can leave out of KVM's memory map (DEXEC_KVM_MAX_HOLES, 64): its entry
 * code must still never run in KVM.  The #UD handler is on the entry
 * page with the highest address, which a policy that left out only the
 * first 64 pages would let KVM run; it writes an MSR, which dexec does
 * not read back from KVM after user code ran there, and the next system
 * call checks it.  Then the same with the entry points on a few pages,
 * where user code runs in KVM again.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define ROUNDS 100
#define ENTRY_PAGES 80              /* more than DEXEC_KVM_MAX_HOLES */
#define FIRST_VECTOR 0x30           /* vectors 0x30-0x7e: never raised */

#define MSR_KERNEL_GS_BASE 0xc0000102
#define SYS_CHECK 3

/* an entry page each: a jump to the vector's stub in x86_vectors */
static uint8_t entry_pages[ENTRY_PAGES][4096] __attribute__((aligned(4096)));
static volatile int ud_count;      /* written by the handler */
static long mismatches;

static void ud_handler(struct x86_frame *f)
{
    ud_count++;
    wrmsr(MSR_KERNEL_GS_BASE, 0x1000 + ud_count);
    f->rip += 2;                    /* ud2 */
}

static long kernel_syscall(long nr, long a, long b, struct x86_frame *f)
{
    if (nr == SYS_CHECK) {
        uint64_t v = rdmsr(MSR_KERNEL_GS_BASE);

        if (v != 0x1000 + a) {
            if (mismatches++ < 5) {
                ml_printf("KERNEL_GS_BASE %lx after #UD %ld\n", (long)v, a);
            }
            return -1;
        }
        return 0;
    }
    return -1;
}

static long user_uds(long rounds)
{
    long i, bad = 0;

    for (i = 1; i <= rounds; i++) {
        asm volatile("ud2");
        if (x86_sys(SYS_CHECK, i, 0) != 0) {
            bad++;
        }
    }
    return bad;
}

/* Point vector @v at page @p of entry_pages, or at its stub if p < 0. */
static void set_entry(int v, int p)
{
    uint8_t *stub = (uint8_t *)x86_vectors + v * 16;
    uint8_t *page;
    int32_t rel;

    if (p < 0) {
        x86_set_gate(v, stub, 0);
        return;
    }
    page = entry_pages[p];
    rel = (int32_t)(stub - (page + 5));
    page[0] = 0xe9;                 /* jmp rel32 */
    *(int32_t *)(page + 1) = rel;
    x86_set_gate(v, page, 0);
}

int main(void)
{
    int p;

    x86_init();
    x86_handlers[6] = ud_handler;
    x86_syscall_hook = kernel_syscall;

    /* entry points on ENTRY_PAGES pages, #UD's on the highest */
    for (p = 0; p < ENTRY_PAGES - 1; p++) {
        set_entry(FIRST_VECTOR + p, p);
    }
    set_entry(6, ENTRY_PAGES - 1);
    CHECK(x86_user_call(user_uds, ROUNDS) == 0,
          "MSR written by the #UD handler lost");
    CHECK(ud_count == ROUNDS, "#UD: %d", ud_count);

    /* and on a few pages again */
    for (p = 0; p < ENTRY_PAGES - 1; p++) {
        set_entry(FIRST_VECTOR + p, -1);
    }
    set_entry(6, -1);
    ud_count = 0;
    CHECK(x86_user_call(user_uds, ROUNDS) == 0,
          "MSR written by the #UD handler lost (few pages)");
    CHECK(ud_count == ROUNDS, "#UD (few pages): %d", ud_count);

    ml_printf("#UD %d\n", ROUNDS);
    return x86_done("dexec-holes");
}
