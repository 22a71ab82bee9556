/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2021 Loongson Technology Corporation Limited
 */

#ifndef LOONGARCH_TARGET_SOCKBITS_H
#define LOONGARCH_TARGET_SOCKBITS_H

#include "../generic/sockbits.h"

#endif
