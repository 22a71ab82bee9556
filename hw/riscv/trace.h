#include "trace/trace-hw_riscv.h"
