/*
 * dexec-roi.h: the region of interest, from inside a guest of QEMU's
 * dexec accelerator (docs/system/dexec.rst, "Region of interest")
 *
 * For guest code in kernel or user mode, 32- or 64-bit x86, with GCC or
 * Clang; no library needed.  Under -accel dexec (with roi=on, the
 * default):
 *
 *   dexec_roi_begin()     every vCPU of the VM goes to mode "simulate":
 *                         from the next instruction, TCG runs them all,
 *                         where plugins and the debugger see every
 *                         instruction
 *   dexec_roi_end()       every vCPU goes back to mode "policy"
 *   dexec_roi_marker(tag) a marker with a 32-bit tag, in the statistics,
 *                         QMP events and trace
 *
 * Each is one magic instruction: INT3 directly followed by the 7-byte
 * NOPL 0xFF786564(%eax), whose displacement's top byte FF is the
 * function (1 begin, 2 end, 3 marker); a marker's tag is in EAX.  It
 * changes no register or flag.  Outside dexec, with roi=off, or with
 * another function, it is a plain INT3: a breakpoint exception (SIGTRAP
 * in a Linux program).  The 8 bytes are aligned, never split by a page
 * boundary, which would make dexec take them for an INT3.
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#ifndef DEXEC_ROI_H
#define DEXEC_ROI_H

#include <stdint.h>

#define DEXEC_ROI_BEGIN     1
#define DEXEC_ROI_END       2
#define DEXEC_ROI_MARKER    3

/* The magic instruction of function @fn, as assembler source */
#define DEXEC_ROI_INSN(fn)                                          \
    ".p2align 3\n\t"                                                \
    ".byte 0xcc, 0x0f, 0x1f, 0x80, 0x64, 0x65, 0x78, " #fn "\n\t"

static inline void dexec_roi_begin(void)
{
    __asm__ __volatile__(DEXEC_ROI_INSN(1) : : : "memory");
}

static inline void dexec_roi_end(void)
{
    __asm__ __volatile__(DEXEC_ROI_INSN(2) : : : "memory");
}

static inline void dexec_roi_marker(uint32_t tag)
{
    __asm__ __volatile__(DEXEC_ROI_INSN(3) : : "a"(tag) : "memory");
}

#endif /* DEXEC_ROI_H */
