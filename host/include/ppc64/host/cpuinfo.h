#include "host/include/ppc/host/cpuinfo.h"
