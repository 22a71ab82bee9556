/*
 * dexec stub: for builds without the dexec accelerator
 *
 * SPDX-License-Identifier: GPL-2.0-or-later
 */

#include "qemu/osdep.h"
#include "system/dexec.h"

bool dexec_allowed;
