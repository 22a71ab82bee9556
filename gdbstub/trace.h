#include "trace/trace-gdbstub.h"
