#include "trace/trace-hw_xen.h"
