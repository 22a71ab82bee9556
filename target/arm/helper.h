/* SPDX-License-Identifier: GPL-2.0-or-later */

#include "tcg/helper.h"

#ifdef TARGET_AARCH64
#include "tcg/helper-a64.h"
#include "tcg/helper-sve.h"
#include "tcg/helper-sme.h"
#endif

#include "tcg/helper-mve.h"
