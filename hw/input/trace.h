#include "trace/trace-hw_input.h"
