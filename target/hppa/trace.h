#include "trace/trace-target_hppa.h"
