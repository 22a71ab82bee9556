/*
 * Architectural state across kernel entries and exits: general purpose
 * registers, x87, SSE and (if the CPU has it) AVX registers, MXCSR, and
 * MSRs written by the kernel and read back after user mode ran.
 *
 * Under dexec's user policy user mode runs in KVM and the kernel in
 * TCG, so every value here goes through the state transfer both ways.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define SYS_CHECK   10
#define ROUNDS      50
#define NVEC        16

static bool has_avx, has_rdtscp;
static uint8_t vec_buf[NVEC][32] __attribute__((aligned(32)));
static uint8_t fx_buf[512] __attribute__((aligned(16)));
static uint64_t fs_data[8];

static uint8_t pattern(int round, int reg, int byte, int side)
{
    return (uint8_t)(round * 7 + reg * 13 + byte * 3 + side * 101);
}

static void fill(int round, int side)
{
    for (int r = 0; r < NVEC; r++) {
        for (int b = 0; b < 32; b++) {
            vec_buf[r][b] = pattern(round, r, b, side);
        }
    }
}

static int compare(int round, int side, int bytes)
{
    int bad = 0;

    for (int r = 0; r < NVEC; r++) {
        for (int b = 0; b < bytes; b++) {
            if (vec_buf[r][b] != pattern(round, r, b, side)) {
                bad++;
            }
        }
    }
    return bad;
}

/* Load vec_buf into xmm0-15 (and the upper halves of ymm0-15) */
static void load_vectors(void)
{
    if (has_avx) {
        asm volatile(".irp r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n"
                     "vmovdqu \\r*32(%0), %%ymm\\r\n"
                     ".endr" : : "r"(vec_buf) : "memory");
    } else {
        asm volatile(".irp r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n"
                     "movdqu \\r*32(%0), %%xmm\\r\n"
                     ".endr" : : "r"(vec_buf) : "memory");
    }
}

static void store_vectors(void)
{
    if (has_avx) {
        asm volatile(".irp r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n"
                     "vmovdqu %%ymm\\r, \\r*32(%0)\n"
                     ".endr" : : "r"(vec_buf) : "memory");
    } else {
        asm volatile(".irp r,0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15\n"
                     "movdqu %%xmm\\r, \\r*32(%0)\n"
                     ".endr" : : "r"(vec_buf) : "memory");
    }
}

/* Kernel side: check what user mode left in the registers, change them */
static long kernel_syscall(long nr, long round, long b, struct x86_frame *f)
{
    int bytes = has_avx ? 32 : 16;
    uint32_t mxcsr;
    long bad = 0;

    if (nr != SYS_CHECK) {
        return -1;
    }
    /* general purpose registers, as user mode set them */
    bad += f->rbx != 0x1111111111111111ULL * (round % 15 + 1);
    bad += f->r12 != 0x1212121212121212ULL + round;
    bad += f->r13 != 0x1313131313131313ULL + round;
    bad += f->r14 != 0x1414141414141414ULL + round;
    bad += f->r15 != 0x1515151515151515ULL + round;
    bad += f->r8 != 0x0808080808080808ULL + round;
    bad += f->r9 != 0x0909090909090909ULL + round;
    bad += f->r10 != 0x1010101010101010ULL + round;
    CHECK(bad == 0, "round %ld: general purpose registers", round);

    store_vectors();
    CHECK(compare(round, 0, bytes) == 0, "round %ld: user's vector registers",
          round);

    /* x87 and MXCSR: user mode pushed 1.0 and pi, set MXCSR to 0x1fa0 */
    asm volatile("fxsave (%0)" : : "r"(fx_buf) : "memory");
    mxcsr = *(uint32_t *)(fx_buf + 24);
    CHECK((mxcsr & 0xffbf) == 0x1fa0, "round %ld: MXCSR %x", round, mxcsr);
    CHECK(*(uint64_t *)(fx_buf + 32) == 0x8000000000000000ULL &&
          *(uint16_t *)(fx_buf + 40) == 0x3fff, "round %ld: st0 != 1.0",
          round);
    CHECK(*(uint64_t *)(fx_buf + 48) == 0xc90fdaa22168c235ULL,
          "round %ld: st1 != pi", round);

    /* new values for user mode to find */
    fill(round, 1);
    load_vectors();
    asm volatile("ldmxcsr %0" : : "m"((uint32_t){ 0x1f80 | (round & 0x6000) }));
    return bad;
}

/* User side */
static long user_round(long round)
{
    int bytes = has_avx ? 32 : 16;
    uint32_t mxcsr = 0x1fa0, aux;
    uint64_t fs_value;
    long r, bad = 0;

    /* the kernel's FS base and TSC_AUX, as user mode sees them */
    asm volatile("movq %%fs:0, %0" : "=r"(fs_value));
    CHECK(fs_value == 0xf5f5000000000000ULL + round % 8,
          "round %ld: FS base (read %lx)", round, (long)fs_value);
    if (has_rdtscp) {
        asm volatile("rdtscp" : "=c"(aux) : : "rax", "rdx");
        CHECK(aux == (uint32_t)round + 100, "round %ld: TSC_AUX %u", round,
              aux);
    }

    fill(round, 0);
    load_vectors();
    asm volatile("fninit; fldpi; fld1; ldmxcsr %0" : : "m"(mxcsr));
    asm volatile("movq %[rbx], %%rbx\n"
                 "movq %[r12], %%r12\n"
                 "movq %[r13], %%r13\n"
                 "movq %[r14], %%r14\n"
                 "movq %[r15], %%r15\n"
                 "movq %[r8], %%r8\n"
                 "movq %[r9], %%r9\n"
                 "movq %[r10], %%r10\n"
                 "syscall"
                 : "=a"(r)
                 : "a"(SYS_CHECK), "D"(round),
                   [rbx] "m"((uint64_t){ 0x1111111111111111ULL *
                                         (round % 15 + 1) }),
                   [r12] "m"((uint64_t){ 0x1212121212121212ULL + round }),
                   [r13] "m"((uint64_t){ 0x1313131313131313ULL + round }),
                   [r14] "m"((uint64_t){ 0x1414141414141414ULL + round }),
                   [r15] "m"((uint64_t){ 0x1515151515151515ULL + round }),
                   [r8] "m"((uint64_t){ 0x0808080808080808ULL + round }),
                   [r9] "m"((uint64_t){ 0x0909090909090909ULL + round }),
                   [r10] "m"((uint64_t){ 0x1010101010101010ULL + round })
                 : "rbx", "r12", "r13", "r14", "r15", "r8", "r9",
                   "r10", "rcx", "r11", "memory");
    bad += r;
    store_vectors();
    CHECK(compare(round, 1, bytes) == 0, "round %ld: kernel's vector "
          "registers", round);
    asm volatile("stmxcsr %0" : "=m"(mxcsr));
    CHECK(mxcsr == (0x1f80 | (round & 0x6000)), "round %ld: MXCSR %x",
          round, mxcsr);
    return bad;
}

static const uint32_t msrs[] = {
    0xc0000102,         /* KERNEL_GS_BASE */
    0xc0000101,         /* GS_BASE */
    0x174, 0x175, 0x176, /* SYSENTER_CS/ESP/EIP */
    0x277,              /* PAT */
};

int main(void)
{
    uint32_t a, b, c, d;
    int round, i;

    x86_init();
    has_avx = x86_enable_simd();
    cpuid(0x80000001, 0, &a, &b, &c, &d);
    has_rdtscp = d & (1U << 27);
    x86_syscall_hook = kernel_syscall;
    ml_printf("AVX %s, RDTSCP %s\n", has_avx ? "yes" : "no",
              has_rdtscp ? "yes" : "no");
    for (i = 0; i < 8; i++) {
        fs_data[i] = 0xf5f5000000000000ULL + i;
    }

    for (round = 0; round < ROUNDS; round++) {
        uint64_t values[ARRAY_SIZE(msrs)];

        for (i = 0; i < ARRAY_SIZE(msrs); i++) {
            /* SYSENTER_ESP/EIP are 32-bit on AMD CPUs */
            values[i] = msrs[i] == 0x277 ? 0x0007040600070406ULL ^
                        ((uint64_t)(round & 1) << 8) :
                        msrs[i] == 0x174 ? 0x10 + round :
                        msrs[i] >= 0x175 ? 0x80001000U + round * 0x1000 + i :
                        0xffff800000001000ULL + round * 0x1000 + i;
            wrmsr(msrs[i], values[i]);
        }
        wrmsr(0xc0000100, (uint64_t)(uintptr_t)&fs_data[round % 8]);
        if (has_rdtscp) {
            wrmsr(0xc0000103, round + 100);
        }

        CHECK(x86_user_call(user_round, round) == 0, "round %d", round);

        for (i = 0; i < ARRAY_SIZE(msrs); i++) {
            uint64_t v = rdmsr(msrs[i]);

            CHECK(v == values[i], "round %d: MSR %x is %lx, not %lx", round,
                  msrs[i], (long)v, (long)values[i]);
        }
    }
    return x86_done("dexec-state");
}
