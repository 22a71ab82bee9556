#include "trace/trace-hw_dma.h"
