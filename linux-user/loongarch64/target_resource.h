/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Copyright (c) 2021 Loongson Technology Corporation Limited
 */

#ifndef LOONGARCH_TARGET_RESOURCE_H
#define LOONGARCH_TARGET_RESOURCE_H

#include "../generic/target_resource.h"

#endif
