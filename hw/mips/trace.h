#include "trace/trace-hw_mips.h"
