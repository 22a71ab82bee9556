#include "trace/trace-hw_timer.h"
