/*
 * A tiny x86-64 kernel for system tests: GDT, TSS, IDT with C handlers,
 * SYSCALL, user mode, 4 KiB page tables and the local APIC.
 *
 * Header-only, for tests built on boot.S and minilib: each test is one .c
 * file that includes this.  The tests run the same under every
 * accelerator; under dexec they make the vCPU cross between engines at
 * every kernel entry and exit.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef X86_SYS_H
#define X86_SYS_H

/* Keep the compiler's hands off the vector registers that tests check. */
#pragma GCC target("general-regs-only")

#include <stdint.h>
#include <stdbool.h>
#include <minilib.h>

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

#define KERNEL_CS   0x08
#define KERNEL_DS   0x10
#define USER_CS32   0x1b
#define USER_DS     0x23
#define USER_CS     0x2b
#define TSS_SEL     0x30

#define SYS_EXIT    0
#define SYS_ADD     1
#define SYS_PING    2

#define APIC_BASE   0xfee00000UL
#define USER_PF_VA  0x40000000UL    /* 4 KiB pages, see x86_init() */

struct x86_frame {
    uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
    uint64_t rbp, rdi, rsi, rdx, rcx, rbx, rax;
    uint64_t vector, error;
    uint64_t rip, cs, rflags, rsp, ss;
};

typedef void (*x86_handler)(struct x86_frame *f);
typedef long (*x86_syscall_fn)(long nr, long a, long b, struct x86_frame *f);

static x86_handler x86_handlers[256];
static x86_syscall_fn x86_syscall_hook;
static int x86_failures;

#define CHECK(cond, ...)                                        \
    do {                                                        \
        if (!(cond)) {                                          \
            ml_printf("FAIL %s:%d: %s: ", __FILE__, __LINE__, #cond); \
            ml_printf(__VA_ARGS__);                             \
            ml_printf("\n");                                    \
            x86_failures++;                                     \
        }                                                       \
    } while (0)

/* --- descriptors ------------------------------------------------------ */

struct x86_tss {
    uint32_t reserved0;
    uint64_t rsp[3];
    uint64_t reserved1;
    uint64_t ist[7];
    uint64_t reserved2;
    uint16_t reserved3;
    uint16_t iomap_base;
} __attribute__((packed));

static uint64_t x86_gdt[8] __attribute__((aligned(16))) = {
    0,
    0x00209a0000000000ULL,      /* 0x08 kernel code, 64-bit */
    0x00cf92000000ffffULL,      /* 0x10 kernel data */
    0x00cffa000000ffffULL,      /* 0x18 user code, 32-bit (SYSRET base) */
    0x00cff2000000ffffULL,      /* 0x20 user data */
    0x0020fa0000000000ULL,      /* 0x28 user code, 64-bit */
    0, 0,                       /* 0x30 TSS */
};
static uint64_t x86_idt[512] __attribute__((aligned(16)));
static struct x86_tss x86_tss __attribute__((aligned(16)));
static uint8_t x86_kstack[16384] __attribute__((aligned(16)));
static uint8_t x86_sstack[16384] __attribute__((aligned(16)));
static uint8_t x86_ustack[16384] __attribute__((aligned(16)));

/*
 * Page tables: 0-4 GiB identity with 2 MiB pages, plus 4 KiB pages at
 * USER_PF_VA that tests can unmap to take page faults.
 */
static uint64_t x86_pml4[512] __attribute__((aligned(4096)));
static uint64_t x86_pdpt[512] __attribute__((aligned(4096)));
static uint64_t x86_pd[4][512] __attribute__((aligned(4096)));
static uint64_t x86_pt[512] __attribute__((aligned(4096)));
static uint8_t x86_pf_pages[4][4096] __attribute__((aligned(4096)));

/* --- entry stubs ------------------------------------------------------ */

void x86_trap(struct x86_frame *f);
long x86_syscall(struct x86_frame *f);
extern char x86_vectors[];
extern char x86_syscall_entry[];

/*
 * The entry code has pages of its own, as in a real kernel: dexec's user
 * policy leaves them out of KVM's memory map.
 */
asm(".text\n"
    ".balign 4096\n"
    "x86_trap_common:\n"
    "pushq %rax; pushq %rbx; pushq %rcx; pushq %rdx; pushq %rsi\n"
    "pushq %rdi; pushq %rbp; pushq %r8; pushq %r9; pushq %r10\n"
    "pushq %r11; pushq %r12; pushq %r13; pushq %r14; pushq %r15\n"
    "cld\n"
    "movq %rsp, %rdi\n"
    "call x86_trap\n"
    "popq %r15; popq %r14; popq %r13; popq %r12; popq %r11\n"
    "popq %r10; popq %r9; popq %r8; popq %rbp; popq %rdi\n"
    "popq %rsi; popq %rdx; popq %rcx; popq %rbx; popq %rax\n"
    "addq $16, %rsp\n"
    "iretq\n"
    /* one 16-byte stub per vector */
    ".align 16\n"
    ".globl x86_vectors\n"
    "x86_vectors:\n"
    ".irp v, 0,1,2,3,4,5,6,7\n"
    ".align 16\n pushq $0\n pushq $\\v\n jmp x86_trap_common\n"
    ".endr\n"
    ".align 16\n pushq $8\n jmp x86_trap_common\n"
    ".align 16\n pushq $0\n pushq $9\n jmp x86_trap_common\n"
    ".irp v, 10,11,12,13,14\n"
    ".align 16\n pushq $\\v\n jmp x86_trap_common\n"
    ".endr\n"
    ".irp v, 15,16\n"
    ".align 16\n pushq $0\n pushq $\\v\n jmp x86_trap_common\n"
    ".endr\n"
    ".align 16\n pushq $17\n jmp x86_trap_common\n"
    ".set v, 18\n"
    ".rept 256 - 18\n"
    ".align 16\n pushq $0\n pushq $v\n jmp x86_trap_common\n"
    ".set v, v + 1\n"
    ".endr\n"
    /*
     * SYSCALL: a stack of its own (one user at a time), the frame in the
     * x86_frame layout, SYSRET back.
     */
    ".globl x86_syscall_entry\n"
    "x86_syscall_entry:\n"
    "movq %rsp, x86_syscall_user_rsp(%rip)\n"
    "leaq x86_sstack+16384(%rip), %rsp\n"
    "pushq $0x23\n"                         /* ss */
    "pushq x86_syscall_user_rsp(%rip)\n"    /* rsp */
    "pushq %r11\n"                          /* rflags */
    "pushq $0x2b\n"                         /* cs */
    "pushq %rcx\n"                          /* rip */
    "pushq $0; pushq $-1\n"                 /* error, vector */
    "pushq %rax; pushq %rbx; pushq %rcx; pushq %rdx; pushq %rsi\n"
    "pushq %rdi; pushq %rbp; pushq %r8; pushq %r9; pushq %r10\n"
    "pushq %r11; pushq %r12; pushq %r13; pushq %r14; pushq %r15\n"
    "movq %rsp, %rdi\n"
    "call x86_syscall\n"
    "popq %r15; popq %r14; popq %r13; popq %r12; popq %r11\n"
    "popq %r10; popq %r9; popq %r8; popq %rbp; popq %rdi\n"
    "popq %rsi; popq %rdx; popq %rcx; popq %rbx; popq %rax\n"
    "addq $16, %rsp\n"
    "popq %rcx\n"                           /* rip */
    "addq $8, %rsp\n"
    "popq %r11\n"                           /* rflags */
    "popq %rsp\n"                           /* user rsp */
    "sysretq\n"
    ".balign 4096\n"
    /*
     * x86_user_call(fn, arg): run fn(arg) at CPL 3 on the user stack,
     * return what it returns (SYS_EXIT).
     */
    ".globl x86_user_call\n"
    "x86_user_call:\n"
    "pushq %rbx; pushq %rbp; pushq %r12; pushq %r13; pushq %r14; pushq %r15\n"
    "movq %rsp, x86_user_kernel_rsp(%rip)\n"
    "pushq $0x23\n"
    "leaq x86_ustack+16384(%rip), %rax\n"
    "pushq %rax\n"
    "pushq $0x202\n"
    "pushq $0x2b\n"
    "leaq x86_user_trampoline(%rip), %rax\n"
    "pushq %rax\n"
    "movq %rdi, %rax\n"                     /* fn */
    "movq %rsi, %rdi\n"                     /* arg */
    "iretq\n"
    "x86_user_trampoline:\n"
    "call *%rax\n"
    "movq %rax, %rsi\n"
    "xorl %eax, %eax\n"                     /* SYS_EXIT */
    "syscall\n"
    "ud2\n"
    ".globl x86_user_return\n"
    "x86_user_return:\n"                    /* (value): back to the caller */
    "movq x86_user_kernel_rsp(%rip), %rsp\n"
    "movq %rdi, %rax\n"
    "popq %r15; popq %r14; popq %r13; popq %r12; popq %rbp; popq %rbx\n"
    "ret\n");

uint64_t x86_syscall_user_rsp;
uint64_t x86_user_kernel_rsp;
long x86_user_call(long (*fn)(long), long arg);
void __attribute__((noreturn)) x86_user_return(long value);

/* --- helpers ---------------------------------------------------------- */

static inline uint64_t rdmsr(uint32_t msr)
{
    uint32_t lo, hi;

    asm volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
    return lo | ((uint64_t)hi << 32);
}

static inline void wrmsr(uint32_t msr, uint64_t v)
{
    asm volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v),
                 "d"((uint32_t)(v >> 32)));
}

static inline uint64_t rdtsc(void)
{
    uint32_t lo, hi;

    asm volatile("rdtsc" : "=a"(lo), "=d"(hi));
    return lo | ((uint64_t)hi << 32);
}

static inline void cpuid(uint32_t leaf, uint32_t sub, uint32_t *a,
                         uint32_t *b, uint32_t *c, uint32_t *d)
{
    asm volatile("cpuid" : "=a"(*a), "=b"(*b), "=c"(*c), "=d"(*d)
                 : "a"(leaf), "c"(sub));
}

static inline uint32_t apic_read(uint32_t reg)
{
    return *(volatile uint32_t *)(APIC_BASE + reg); /* MMIO: volatile */
}

static inline void apic_write(uint32_t reg, uint32_t v)
{
    *(volatile uint32_t *)(APIC_BASE + reg) = v; /* MMIO: volatile */
}

static inline long x86_sys(long nr, long a, long b)
{
    long ret;

    asm volatile("syscall" : "=a"(ret) : "a"(nr), "D"(a), "S"(b)
                 : "rcx", "r11", "memory");
    return ret;
}

static inline void x86_invlpg(uint64_t va)
{
    asm volatile("invlpg (%0)" : : "r"(va) : "memory");
}

/* Map or unmap 4 KiB page @i of the USER_PF_VA area */
static void x86_pf_map(int i, bool present)
{
    x86_pt[i] = (uint64_t)(uintptr_t)x86_pf_pages[i] | 6 | (present ? 1 : 0);
    x86_invlpg(USER_PF_VA + i * 4096UL);
}

static void x86_set_gate(int v, void *handler, int dpl)
{
    uint64_t h = (uint64_t)(uintptr_t)handler;

    x86_idt[v * 2] = (h & 0xffff) | ((uint64_t)KERNEL_CS << 16) |
                     ((0x8eULL | (dpl << 5)) << 40) |
                     (((h >> 16) & 0xffff) << 48);
    x86_idt[v * 2 + 1] = h >> 32;
}

void x86_trap(struct x86_frame *f)
{
    if (f->vector < 256 && x86_handlers[f->vector]) {
        x86_handlers[f->vector](f);
        return;
    }
    ml_printf("FAIL: unexpected vector %ld error %lx at %lx (cs %lx)\n",
              (long)f->vector, (long)f->error, (long)f->rip, (long)f->cs);
    asm volatile("outw %w0, %w1" : : "a"(3), "Nd"(0xf4));
    for (;;) {
        asm volatile("hlt");
    }
}

long x86_syscall(struct x86_frame *f)
{
    long nr = f->rax;

    if (nr == SYS_EXIT) {
        x86_user_return(f->rsi);
    }
    if (x86_syscall_hook) {
        f->rax = x86_syscall_hook(nr, f->rdi, f->rsi, f);
    } else if (nr == SYS_ADD) {
        f->rax = f->rdi + f->rsi;
    } else {
        f->rax = -1;
    }
    return f->rax;
}

/* Enable SSE, and AVX when the CPU has it; returns whether AVX is on. */
static bool x86_enable_simd(void)
{
    uint32_t a, b, c, d;
    uint64_t cr0, cr4;

    asm volatile("mov %%cr0, %0" : "=r"(cr0));
    cr0 = (cr0 & ~(1UL << 2)) | (1UL << 1);      /* EM off, MP on */
    asm volatile("mov %0, %%cr0" : : "r"(cr0));
    asm volatile("mov %%cr4, %0" : "=r"(cr4));
    cr4 |= (1UL << 9) | (1UL << 10);             /* OSFXSR, OSXMMEXCPT */
    cpuid(1, 0, &a, &b, &c, &d);
    if (c & (1U << 26)) {                        /* XSAVE */
        cr4 |= 1UL << 18;                        /* OSXSAVE */
    }
    asm volatile("mov %0, %%cr4" : : "r"(cr4));
    if ((c & (1U << 26)) && (c & (1U << 28))) {  /* XSAVE, AVX */
        asm volatile("xsetbv" : : "c"(0), "a"(7), "d"(0));
        return true;
    }
    return false;
}

static void x86_init(void)
{
    uint64_t tss = (uint64_t)(uintptr_t)&x86_tss;
    struct {
        uint16_t limit;
        uint64_t base;
    } __attribute__((packed)) gdtr, idtr;
    uint64_t efer;
    int i, j;

    /* the legacy PIC's vectors (from the BIOS) clash with exceptions */
    asm volatile("outb %%al, $0x21; outb %%al, $0xa1" : : "a"(0xff));

    /* page tables */
    x86_pml4[0] = (uint64_t)(uintptr_t)x86_pdpt | 7;
    for (i = 0; i < 4; i++) {
        x86_pdpt[i] = (uint64_t)(uintptr_t)x86_pd[i] | 7;
        for (j = 0; j < 512; j++) {
            x86_pd[i][j] = ((uint64_t)i << 30) | ((uint64_t)j << 21) | 0x87;
        }
    }
    /* USER_PF_VA (1 GiB): a page table of 4 KiB pages */
    x86_pd[1][0] = (uint64_t)(uintptr_t)x86_pt | 7;
    for (i = 0; i < 4; i++) {
        x86_pt[i] = (uint64_t)(uintptr_t)x86_pf_pages[i] | 7;
    }
    asm volatile("mov %0, %%cr3" : : "r"(x86_pml4) : "memory");

    /* GDT with a TSS */
    x86_tss.rsp[0] = (uint64_t)(uintptr_t)(x86_kstack + sizeof(x86_kstack));
    x86_tss.iomap_base = sizeof(x86_tss);
    x86_gdt[6] = (sizeof(x86_tss) - 1) | ((tss & 0xffffff) << 16) |
                 (0x89ULL << 40) | (((tss >> 24) & 0xff) << 56);
    x86_gdt[7] = tss >> 32;
    gdtr.limit = sizeof(x86_gdt) - 1;
    gdtr.base = (uint64_t)(uintptr_t)x86_gdt;
    asm volatile("lgdt %0\n"
                 "pushq $0x08\n"
                 "leaq 1f(%%rip), %%rax\n"
                 "pushq %%rax\n"
                 "lretq\n"
                 "1: movl $0x10, %%eax\n"
                 "movl %%eax, %%ds; movl %%eax, %%es; movl %%eax, %%ss\n"
                 "xorl %%eax, %%eax\n"
                 "movl %%eax, %%fs; movl %%eax, %%gs\n"
                 "movw $0x30, %%ax; ltr %%ax"
                 : : "m"(gdtr) : "rax", "memory");

    /* IDT: every vector to its stub, user-callable int 0x80 */
    for (i = 0; i < 256; i++) {
        x86_set_gate(i, x86_vectors + i * 16, i == 0x80 ? 3 : 0);
    }
    idtr.limit = sizeof(x86_idt) - 1;
    idtr.base = (uint64_t)(uintptr_t)x86_idt;
    asm volatile("lidt %0" : : "m"(idtr));

    /* SYSCALL */
    efer = rdmsr(0xc0000080);
    wrmsr(0xc0000080, efer | 1);                     /* SCE */
    wrmsr(0xc0000081, ((uint64_t)0x18 << 48) | ((uint64_t)KERNEL_CS << 32));
    wrmsr(0xc0000082, (uint64_t)(uintptr_t)x86_syscall_entry);
    wrmsr(0xc0000084, 0x47700);                      /* TF DF IF AC NT... */
}

/* End the test: report and exit through boot.S's _exit path. */
static int x86_done(const char *name)
{
    if (x86_failures) {
        ml_printf("%s: %d failure(s)\n", name, x86_failures);
        return 1;
    }
    ml_printf("%s: PASS\n", name);
    return 0;
}

#endif /* X86_SYS_H */
