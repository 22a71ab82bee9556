#ifndef HEXAGON_TARGET_ERRNO_DEFS_H
#define HEXAGON_TARGET_ERRNO_DEFS_H

/* Target uses generic errno */
#include "../generic/target_errno_defs.h"

#endif
