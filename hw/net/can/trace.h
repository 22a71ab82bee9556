#include "trace/trace-hw_net_can.h"
