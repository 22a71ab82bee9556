/* SPDX-License-Identifier: GPL-2.0-or-later */
/*
 * Define target-specific memory model
 * Copyright (c) 2013 Huawei Technologies Duesseldorf GmbH
 */

#ifndef TCG_TARGET_MO_H
#define TCG_TARGET_MO_H

#define TCG_TARGET_DEFAULT_MO  0

#endif
