#include "trace/trace-hw_fsi.h"
