/*
 * dexec: direct execution monitor (KVM direct execution with TCG)
 *
 * Copyright (c) 2026 The dexec authors
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

/* header to be included in non-dexec-specific code */

#ifndef SYSTEM_DEXEC_H
#define SYSTEM_DEXEC_H

#ifdef COMPILING_PER_TARGET
# ifdef CONFIG_DEXEC
#  define CONFIG_DEXEC_IS_POSSIBLE
# endif
#else
# define CONFIG_DEXEC_IS_POSSIBLE
#endif

#ifdef CONFIG_DEXEC_IS_POSSIBLE
extern bool dexec_allowed;
#define dexec_enabled() (dexec_allowed)
#else
#define dexec_enabled() 0
#endif

#endif /* SYSTEM_DEXEC_H */
