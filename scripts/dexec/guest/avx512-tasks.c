/*
 * Two processes keep different values in their AVX-512 registers (ZMM0-31
 * and K1-7) across many system calls, context switches and, under dexec,
 * engine switches, and check them after each round.
 *
 * Built statically by scripts/dexec/make-guest.sh into the demo guest's
 * initramfs; run by its init in mode "avx512".  Prints
 *   avx512-tasks: PASS (...)       every value intact
 *   avx512-tasks: FAIL (...)       a register lost its value
 *   avx512-tasks: no AVX-512       the kernel or XCR0 do not offer it
 *
 * Only inline assembly touches vector registers: the file is built with
 * -mgeneral-regs-only, and the loop makes system calls directly.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include <cpuid.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#define ROUNDS 2000
#define SPIN 20000

/*
 * Does the kernel manage AVX-512 state?  Its CPU flags say, not CPUID:
 * under dexec, user code that TCG runs is not told of AVX-512 (TCG
 * hands its instructions to KVM), while user code in KVM may read the
 * host's CPUID.
 */
static bool has_avx512(void)
{
    unsigned int a, b, c, d, lo, hi;
    char line[4096];
    bool flag = false;
    FILE *f;

    f = fopen("/proc/cpuinfo", "r");
    while (f && !flag && fgets(line, sizeof(line), f)) {
        flag = !strncmp(line, "flags", 5) && strstr(line, " avx512f");
    }
    if (f) {
        fclose(f);
    }
    if (!flag || !__get_cpuid(1, &a, &b, &c, &d) || !(c & bit_OSXSAVE)) {
        return false;
    }
    asm volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return (lo & 0xe6) == 0xe6;     /* SSE, AVX, opmask, ZMM_Hi256, Hi16 */
}

#define ZMM(i) "vpbroadcastq %[v" #i "], %%zmm" #i "\n"
#define ZST(i) "vmovdqu64 %%zmm" #i ", " #i "*64(%[buf])\n"

/* ZMMi = 8 x (seed + i), Ki = seed + 100 + i */
static void set_regs(uint64_t seed)
{
    uint64_t v[32];
    int i;

    for (i = 0; i < 32; i++) {
        v[i] = seed + i;
    }
    asm volatile(ZMM(0) ZMM(1) ZMM(2) ZMM(3) ZMM(4) ZMM(5) ZMM(6) ZMM(7)
                 :: [v0] "m"(v[0]), [v1] "m"(v[1]), [v2] "m"(v[2]),
                    [v3] "m"(v[3]), [v4] "m"(v[4]), [v5] "m"(v[5]),
                    [v6] "m"(v[6]), [v7] "m"(v[7]));
    asm volatile(ZMM(8) ZMM(9) ZMM(10) ZMM(11) ZMM(12) ZMM(13) ZMM(14)
                 ZMM(15)
                 :: [v8] "m"(v[8]), [v9] "m"(v[9]), [v10] "m"(v[10]),
                    [v11] "m"(v[11]), [v12] "m"(v[12]), [v13] "m"(v[13]),
                    [v14] "m"(v[14]), [v15] "m"(v[15]));
    asm volatile(ZMM(16) ZMM(17) ZMM(18) ZMM(19) ZMM(20) ZMM(21) ZMM(22)
                 ZMM(23)
                 :: [v16] "m"(v[16]), [v17] "m"(v[17]), [v18] "m"(v[18]),
                    [v19] "m"(v[19]), [v20] "m"(v[20]), [v21] "m"(v[21]),
                    [v22] "m"(v[22]), [v23] "m"(v[23]));
    asm volatile(ZMM(24) ZMM(25) ZMM(26) ZMM(27) ZMM(28) ZMM(29) ZMM(30)
                 ZMM(31)
                 :: [v24] "m"(v[24]), [v25] "m"(v[25]), [v26] "m"(v[26]),
                    [v27] "m"(v[27]), [v28] "m"(v[28]), [v29] "m"(v[29]),
                    [v30] "m"(v[30]), [v31] "m"(v[31]));
    for (i = 1; i < 8; i++) {
        v[i] = seed + 100 + i;
    }
    asm volatile("kmovq %[k1], %%k1\n kmovq %[k2], %%k2\n"
                 "kmovq %[k3], %%k3\n kmovq %[k4], %%k4\n"
                 "kmovq %[k5], %%k5\n kmovq %[k6], %%k6\n"
                 "kmovq %[k7], %%k7\n"
                 :: [k1] "m"(v[1]), [k2] "m"(v[2]), [k3] "m"(v[3]),
                    [k4] "m"(v[4]), [k5] "m"(v[5]), [k6] "m"(v[6]),
                    [k7] "m"(v[7]));
}

/* Number of registers that lost their value; the first is reported. */
static int check_regs(uint64_t seed)
{
    static uint64_t buf[32 * 8] __attribute__((aligned(64)));
    static bool reported;
    uint64_t k[8];
    int i, j, bad = 0, first = -1;

    asm volatile(ZST(0) ZST(1) ZST(2) ZST(3) ZST(4) ZST(5) ZST(6) ZST(7)
                 ZST(8) ZST(9) ZST(10) ZST(11) ZST(12) ZST(13) ZST(14)
                 ZST(15) ZST(16) ZST(17) ZST(18) ZST(19) ZST(20) ZST(21)
                 ZST(22) ZST(23) ZST(24) ZST(25) ZST(26) ZST(27) ZST(28)
                 ZST(29) ZST(30) ZST(31)
                 :: [buf] "r"(buf) : "memory");
    asm volatile("kmovq %%k1, %[k1]\n kmovq %%k2, %[k2]\n"
                 "kmovq %%k3, %[k3]\n kmovq %%k4, %[k4]\n"
                 "kmovq %%k5, %[k5]\n kmovq %%k6, %[k6]\n"
                 "kmovq %%k7, %[k7]\n"
                 : [k1] "=m"(k[1]), [k2] "=m"(k[2]), [k3] "=m"(k[3]),
                   [k4] "=m"(k[4]), [k5] "=m"(k[5]), [k6] "=m"(k[6]),
                   [k7] "=m"(k[7]));
    for (i = 0; i < 32; i++) {
        for (j = 0; j < 8; j++) {
            if (buf[i * 8 + j] != seed + i) {
                first = first < 0 ? i * 8 + j : first;
                bad++;
                break;
            }
        }
    }
    for (i = 1; i < 8; i++) {
        if (k[i] != seed + 100 + i) {
            first = first < 0 ? 1000 + i : first;
            bad++;
        }
    }
    if (bad && !reported) {
        reported = true;
        if (first >= 1000) {
            printf("avx512-tasks: %d: k%d is 0x%llx, not 0x%llx\n", getpid(),
                   first - 1000, (unsigned long long)k[first - 1000],
                   (unsigned long long)(seed + 100 + first - 1000));
        } else {
            printf("avx512-tasks: %d: zmm%d qword %d is 0x%llx, not 0x%llx\n",
                   getpid(), first / 8, first % 8,
                   (unsigned long long)buf[first],
                   (unsigned long long)(seed + first / 8));
        }
        fflush(stdout);
    }
    return bad;
}

static long sys_sched_yield(void)
{
    long ret = 24;                  /* __NR_sched_yield */

    asm volatile("syscall" : "+a"(ret) : : "rcx", "r11", "memory");
    return ret;
}

/* One process: its own values, many rounds; exit status: rounds failed */
static int task(uint64_t seed)
{
    int round, failed = 0;
    volatile int spin;          /* a busy loop the compiler keeps */

    set_regs(seed);
    for (round = 0; round < ROUNDS; round++) {
        sys_sched_yield();
        for (spin = 0; spin < SPIN; spin++) {
            continue;
        }
        if (check_regs(seed)) {
            failed++;
            set_regs(seed);
        }
    }
    return failed > 255 ? 255 : failed;
}

int main(void)
{
    pid_t pid[2];
    int i, status, failed = 0;

    if (!has_avx512()) {
        printf("avx512-tasks: no AVX-512\n");
        return 0;
    }
    fflush(stdout);
    for (i = 0; i < 2; i++) {
        pid[i] = fork();
        if (pid[i] < 0) {
            perror("avx512-tasks: fork");
            return 1;
        }
        if (pid[i] == 0) {
            _exit(task(0x1000 * (i + 1)));
        }
    }
    for (i = 0; i < 2; i++) {
        if (waitpid(pid[i], &status, 0) < 0 || !WIFEXITED(status)) {
            failed += ROUNDS;
        } else {
            failed += WEXITSTATUS(status);
        }
    }
    printf("avx512-tasks: %s (2 processes, %d rounds each, %d rounds "
           "with lost registers)\n", failed ? "FAIL" : "PASS", ROUNDS,
           failed);
    return failed != 0;
}
