#include "trace/trace-hw_mem.h"
