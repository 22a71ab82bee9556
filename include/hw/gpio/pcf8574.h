/* SPDX-License-Identifier: GPL-2.0-only */

/*
 * NXP PCF8574 8-port I2C GPIO expansion chip.
 *
 * Copyright (c) 2024 KNS Group (YADRO).
 * Written by Dmitrii Sharikhin <d.sharikhin@yadro.com>
 */

#ifndef _HW_GPIO_PCF8574
#define _HW_GPIO_PCF8574

#define TYPE_PCF8574 "pcf8574"

#endif /* _HW_GPIO_PCF8574 */
