#include "trace/trace-hw_misc_macio.h"
