#include "trace/trace-ebpf.h"
