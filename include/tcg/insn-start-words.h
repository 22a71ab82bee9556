/* SPDX-License-Identifier: MIT */
/*
 * Define INSN_START_WORDS
 * Copyright (c) 2008 Fabrice Bellard
 */

#ifndef TCG_INSN_START_WORDS
#define TCG_INSN_START_WORDS

#define INSN_START_WORDS 3

#endif /* TCG_INSN_START_WORDS */
