#include "trace/trace-target_arm.h"
