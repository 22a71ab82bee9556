#include "trace/trace-replay.h"
