#include "trace/trace-qapi.h"
