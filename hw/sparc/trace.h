#include "trace/trace-hw_sparc.h"
