#include "trace/trace-hw_nvram.h"
