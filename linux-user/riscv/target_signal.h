#ifndef RISCV_TARGET_SIGNAL_H
#define RISCV_TARGET_SIGNAL_H

#include "../generic/signal.h"

#define TARGET_ARCH_HAS_SIGTRAMP_PAGE 1

#endif /* RISCV_TARGET_SIGNAL_H */
