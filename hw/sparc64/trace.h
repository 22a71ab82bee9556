#include "trace/trace-hw_sparc64.h"
