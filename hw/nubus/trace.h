#include "trace/trace-hw_nubus.h"
