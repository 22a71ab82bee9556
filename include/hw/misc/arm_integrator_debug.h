/*
 * ARM Integrator Board Debug, switch and LED section
 *
 * Browse the data sheet:
 *
 *  https://developer.arm.com/documentation/dui0159/b/peripherals-and-interfaces/debug-leds-and-dip-switch-interface
 *
 * Copyright (c) 2013 Alex Bennée <alex@bennee.com>
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 * See the COPYING file in the top-level directory.
 */

#ifndef ARM_INTEGRATOR_DEBUG_H
#define ARM_INTEGRATOR_DEBUG_H

#define TYPE_INTEGRATOR_DEBUG "integrator_debug"

#endif
