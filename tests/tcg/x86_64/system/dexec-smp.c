/*
 * Every vCPU at work: the BSP starts the APs with INIT and SIPI into a
 * real-mode trampoline (16-bit code, then protected mode, then long
 * mode), and all CPUs add to a shared counter, with the TSC that each
 * reads never going backwards.  Run with -smp 4 (the CPU count comes from
 * the CMOS, as QEMU's PC machine sets it).
 *
 * Under dexec all vCPUs run on one monitor thread, round-robin; the APs'
 * real-mode start runs where the policy puts it (TCG under the user
 * policy, KVM under the native one).
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "x86-sys.h"

#define TRAMPOLINE  0x8000
#define ADDS        200000
#define MAX_CPUS    16

static uint64_t counter;
static uint32_t started, finished, tsc_backwards;
static uint8_t ap_stacks[MAX_CPUS][8192] __attribute__((aligned(16)));

/*
 * The trampoline, copied to TRAMPOLINE: addresses inside it are
 * (label - tramp_start + TRAMPOLINE).  It ends with its data: the GDT, the
 * CR3 to load and the 64-bit entry point.
 */
asm(".text\n"
    "tramp_start:\n"
    ".code16\n"
    "cli\n"
    "xorw %ax, %ax\n"
    "movw %ax, %ds\n"
    "lgdtl tramp_gdtr - tramp_start + 0x8000\n"
    "movl %cr0, %eax\n"
    "orl $1, %eax\n"
    "movl %eax, %cr0\n"
    "ljmpl $0x08, $(tramp_32 - tramp_start + 0x8000)\n"
    ".code32\n"
    "tramp_32:\n"
    "movw $0x10, %ax\n"
    "movw %ax, %ds\n"
    "movw %ax, %es\n"
    "movw %ax, %ss\n"
    "movl %cr4, %eax\n"
    "orl $0x20, %eax\n"                     /* PAE */
    "movl %eax, %cr4\n"
    "movl tramp_cr3 - tramp_start + 0x8000, %eax\n"
    "movl %eax, %cr3\n"
    "movl $0xc0000080, %ecx\n"
    "rdmsr\n"
    "orl $0x100, %eax\n"                    /* LME */
    "wrmsr\n"
    "movl %cr0, %eax\n"
    "orl $0x80000000, %eax\n"
    "movl %eax, %cr0\n"
    "ljmpl $0x18, $(tramp_64 - tramp_start + 0x8000)\n"
    ".code64\n"
    "tramp_64:\n"
    "movq tramp_entry - tramp_start + 0x8000, %rax\n"
    "jmp *%rax\n"
    ".balign 8\n"
    "tramp_gdt:\n"
    ".quad 0\n"
    ".quad 0x00cf9a000000ffff\n"            /* 0x08 code, 32-bit */
    ".quad 0x00cf92000000ffff\n"            /* 0x10 data */
    ".quad 0x00209a0000000000\n"            /* 0x18 code, 64-bit */
    "tramp_gdtr:\n"
    ".word 31\n"
    ".long tramp_gdt - tramp_start + 0x8000\n"
    ".balign 8\n"
    "tramp_cr3: .quad 0\n"
    "tramp_entry: .quad 0\n"
    "tramp_end:\n"
    /* 64-bit entry of an AP: a stack of its own, then C */
    "ap_entry64:\n"
    "movl $1, %eax\n"
    "lock xaddl %eax, started(%rip)\n"
    "leaq ap_stacks(%rip), %rsp\n"
    "incl %eax\n"
    "shlq $13, %rax\n"                       /* 8192 per AP */
    "addq %rax, %rsp\n"
    "call ap_main\n"
    "1: cli; hlt; jmp 1b\n");

/* the address of an assembler label */
#define LABEL(l) \
    ({ uint8_t *p_; asm("leaq " #l "(%%rip), %0" : "=r"(p_)); p_; })

static void add_to_counter(void)
{
    uint64_t last = rdtsc(), now;
    int i;

    for (i = 0; i < ADDS; i++) {
        asm volatile("lock incq %0" : "+m"(counter));
        if ((i & 255) == 0) {
            now = rdtsc();
            if (now < last) {
                __atomic_add_fetch(&tsc_backwards, 1, __ATOMIC_SEQ_CST);
            }
            last = now;
        }
    }
}

static void __attribute__((used)) ap_main(void)
{
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) idtr = {
        sizeof(x86_idt) - 1, (uint64_t)(uintptr_t)x86_idt,
    }, gdtr = {
        sizeof(x86_gdt) - 1, (uint64_t)(uintptr_t)x86_gdt,
    };

    /* the kernel's GDT and IDT, as the BSP has them */
    asm volatile("lgdt %0\n"
                 "pushq $0x08\n"
                 "leaq 1f(%%rip), %%rax\n"
                 "pushq %%rax\n"
                 "lretq\n"
                 "1: movl $0x10, %%eax\n"
                 "movl %%eax, %%ds; movl %%eax, %%es; movl %%eax, %%ss\n"
                 "lidt %1"
                 : : "m"(gdtr), "m"(idtr) : "rax", "memory");
    add_to_counter();
    __atomic_add_fetch(&finished, 1, __ATOMIC_SEQ_CST);
}

static int cmos_cpus(void)
{
    uint8_t v;

    asm volatile("outb %%al, $0x70; inb $0x71, %%al" : "=a"(v) : "a"(0x5f));
    return v + 1;
}

static void delay(uint64_t cycles)
{
    uint64_t start = rdtsc();

    while (rdtsc() - start < cycles) {
        asm volatile("pause");
    }
}

int main(void)
{
    int cpus = cmos_cpus();
    uint64_t cr3, spins;
    uint8_t *t = (uint8_t *)TRAMPOLINE;
    int i;

    x86_init();
    ml_printf("%d CPUs\n", cpus);
    CHECK(cpus > 1 && cpus <= MAX_CPUS, "run with -smp 2..%d", MAX_CPUS);

    for (i = 0; i < LABEL(tramp_end) - LABEL(tramp_start); i++) {
        t[i] = LABEL(tramp_start)[i];
    }
    asm volatile("mov %%cr3, %0" : "=r"(cr3));
    *(uint64_t *)(t + (LABEL(tramp_cr3) - LABEL(tramp_start))) = cr3;
    *(uint64_t *)(t + (LABEL(tramp_entry) - LABEL(tramp_start))) =
        (uint64_t)(uintptr_t)LABEL(ap_entry64);

    apic_write(0xf0, 0x1ff);
    apic_write(0x310, 0);
    apic_write(0x300, 0xc4500);             /* INIT to all but self */
    delay(10000000);
    for (i = 0; i < 2; i++) {
        apic_write(0x300, 0xc4600 | (TRAMPOLINE >> 12));    /* SIPI */
        delay(1000000);
    }

    add_to_counter();
    for (spins = 0; __atomic_load_n(&finished, __ATOMIC_SEQ_CST) < cpus - 1 &&
         spins < 20000000000ULL; spins++) {
        asm volatile("pause");
    }

    CHECK(started == cpus - 1, "%u APs started, not %d", started, cpus - 1);
    CHECK(finished == cpus - 1, "%u APs finished, not %d", finished,
          cpus - 1);
    CHECK(counter == (uint64_t)cpus * ADDS, "counter %lu, not %lu",
          (unsigned long)counter, (unsigned long)cpus * ADDS);
    CHECK(tsc_backwards == 0, "the TSC went backwards %u times",
          tsc_backwards);
    ml_printf("%d CPUs added %lu\n", cpus, (unsigned long)counter);
    return x86_done("dexec-smp");
}
