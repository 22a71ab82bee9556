/*
 * A long deterministic workload to save and restore in the middle of:
 * rounds that mix a 2 MiB buffer in place and print a checksum each,
 * alternately in kernel and in user mode, while the local APIC timer
 * interrupts user mode.  The console output (but the timer line) is the
 * same in every run, interrupted or not, under every accelerator; a
 * snapshot or migration that loses or corrupts any RAM or register
 * changes the checksums.  Each round also checks that the TSC, and
 * kvmclock where the CPU has it, never went backwards.
 *
 * fw_cfg files (-fw_cfg name=...,string=N) set the run:
 *   opt/dexec-migrate/rounds      rounds (default 150)
 *   opt/dexec-migrate/roi-begin   round that begins a region of interest
 *   opt/dexec-migrate/roi-end     ... and the round that ends it
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"
#include "dexec-roi.h"

#define WORDS       (2 * 1024 * 1024 / 8)
#define ROUNDS      150

static uint64_t buf[WORDS] __attribute__((aligned(4096)));
/* volatile: the interrupt handler counts */
static volatile long timer_count;

/* kvmclock's per-vCPU time structure (struct pvclock_vcpu_time_info) */
struct pvclock {
    uint32_t version;
    uint32_t pad0;
    uint64_t tsc_timestamp;
    uint64_t system_time;
    uint32_t tsc_to_system_mul;
    int8_t tsc_shift;
    uint8_t flags;
    uint8_t pad[2];
} __attribute__((packed));

/* volatile: KVM writes it */
static volatile struct pvclock pvclock __attribute__((aligned(64)));
static bool have_kvmclock;

/* --- fw_cfg ----------------------------------------------------------- */

static void fw_cfg_select(uint16_t key)
{
    asm volatile("outw %w0, %w1" : : "a"(key), "Nd"(0x510));
}

static uint8_t fw_cfg_byte(void)
{
    uint8_t v;

    asm volatile("inb %w1, %b0" : "=a"(v) : "Nd"(0x511));
    return v;
}

static uint32_t fw_cfg_be(int bytes)
{
    uint32_t v = 0;

    while (bytes--) {
        v = v << 8 | fw_cfg_byte();
    }
    return v;
}

/* The number in fw_cfg file @name, or @dflt if there is no such file */
static long fw_cfg_number(const char *name, long dflt)
{
    uint32_t n, size, i, j;
    uint16_t key;
    char file[56];
    long v;

    fw_cfg_select(0x19);                /* the file directory */
    n = fw_cfg_be(4);
    for (i = 0; i < n; i++) {
        size = fw_cfg_be(4);
        key = fw_cfg_be(2);
        fw_cfg_be(2);
        for (j = 0; j < sizeof(file); j++) {
            file[j] = fw_cfg_byte();
        }
        for (j = 0; name[j] && name[j] == file[j]; j++) {
            continue;
        }
        if (name[j] || file[j]) {
            continue;
        }
        fw_cfg_select(key);
        v = 0;
        for (j = 0; j < size; j++) {
            char c = fw_cfg_byte();

            if (c >= '0' && c <= '9') {
                v = v * 10 + c - '0';
            }
        }
        return v;
    }
    return dflt;
}

/* --- clocks ----------------------------------------------------------- */

static void kvmclock_init(void)
{
    uint32_t a, b, c, d;

    cpuid(0x40000000, 0, &a, &b, &c, &d);
    if (b != 0x4b4d564b || a < 0x40000001) {     /* "KVMK" */
        return;
    }
    cpuid(0x40000001, 0, &a, &b, &c, &d);
    if (!(a & (1 << 3))) {                       /* KVM_FEATURE_CLOCKSOURCE2 */
        return;
    }
    wrmsr(0x4b564d01, (uint64_t)(uintptr_t)&pvclock | 1);
    have_kvmclock = true;
}

static uint64_t kvmclock_ns(void)
{
    uint32_t version;
    uint64_t delta, ns;

    do {
        version = pvclock.version;
        asm volatile("lfence" : : : "memory");
        delta = rdtsc() - pvclock.tsc_timestamp;
        if (pvclock.tsc_shift < 0) {
            delta >>= -pvclock.tsc_shift;
        } else {
            delta <<= pvclock.tsc_shift;
        }
        ns = pvclock.system_time +
             (uint64_t)(((unsigned __int128)delta *
                         pvclock.tsc_to_system_mul) >> 32);
        asm volatile("lfence" : : : "memory");
    } while ((version & 1) || version != pvclock.version);
    return ns;
}

/* --- the workload ----------------------------------------------------- */

static void timer_handler(struct x86_frame *f)
{
    timer_count++;
    apic_write(0xb0, 0);                /* EOI */
}

/* INT3, for a magic instruction where it is not one */
static void bp_handler(struct x86_frame *f)
{
}

/* One round: mix every word with another, return the round's checksum */
static long mix(long round)
{
    uint64_t sum = round, x;
    long i, stride = 1 + round * 4099;

    for (i = 0; i < WORDS; i++) {
        x = buf[i] ^ (buf[(i + stride) % WORDS] >> 3);
        x = x * 0x9e3779b97f4a7c15ULL + round;
        buf[i] = x;
        sum = (sum << 5 | sum >> 59) ^ x;
    }
    return sum;
}

int main(void)
{
    long rounds, roi_begin, roi_end, r;
    uint64_t sum, all = 0, tsc, last_tsc = 0, ns, last_ns = 0;
    long i;

    x86_init();
    x86_handlers[3] = bp_handler;
    x86_handlers[0x40] = timer_handler;
    rounds = fw_cfg_number("opt/dexec-migrate/rounds", ROUNDS);
    roi_begin = fw_cfg_number("opt/dexec-migrate/roi-begin", -1);
    roi_end = fw_cfg_number("opt/dexec-migrate/roi-end", -1);
    kvmclock_init();
    ml_printf("dexec-migrate: %ld rounds\n", rounds);

    for (i = 0; i < WORDS; i++) {
        buf[i] = i * 0x100000001b3ULL;
    }

    /* the LAPIC timer interrupts user mode, periodically */
    apic_write(0xf0, 0x1ff);            /* enable, spurious vector 0xff */
    apic_write(0x3e0, 0xb);             /* divide by 1 */
    apic_write(0x320, 0x40 | (1 << 17));    /* vector 0x40, periodic */
    apic_write(0x380, 1000000);

    for (r = 0; r < rounds; r++) {
        if (r == roi_begin) {
            ml_printf("dexec-migrate: region of interest begins\n");
            dexec_roi_begin();
        }
        if (r == roi_end) {
            dexec_roi_end();
            ml_printf("dexec-migrate: region of interest ends\n");
        }
        sum = r & 1 ? x86_user_call(mix, r) : mix(r);
        all = (all << 7 | all >> 57) ^ sum;
        ml_printf("round %ld: %lx\n", r, sum);

        tsc = rdtsc();
        CHECK(tsc > last_tsc, "TSC went back from %lx to %lx", last_tsc,
              tsc);
        last_tsc = tsc;
        if (have_kvmclock) {
            ns = kvmclock_ns();
            CHECK(ns > last_ns, "kvmclock went back from %lu to %lu ns",
                  last_ns, ns);
            last_ns = ns;
        }
    }
    apic_write(0x320, 1 << 16);         /* masked */

    ml_printf("dexec-migrate: timer interrupts: %s\n",
              timer_count ? "some" : "none");
    ml_printf("dexec-migrate: checksum %lx\n", all);
    return x86_done("dexec-migrate");
}
