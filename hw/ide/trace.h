#include "trace/trace-hw_ide.h"
