#include "trace/trace-hw_net.h"
