#include "trace/trace-target_sparc.h"
