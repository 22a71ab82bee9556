/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2021 Loongson Technology Corporation Limited
 */

#ifndef LOONGARCH_TARGET_FCNTL_H
#define LOONGARCH_TARGET_FCNTL_H

#include "../generic/fcntl.h"

#endif
