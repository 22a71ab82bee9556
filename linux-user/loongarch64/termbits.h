/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2021 Loongson Technology Corporation Limited
 */

#ifndef LOONGARCH_TARGET_TERMBITS_H
#define LOONGARCH_TARGET_TERMBITS_H

#include "../generic/termbits.h"

#endif
