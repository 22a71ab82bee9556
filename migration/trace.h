#include "trace/trace-migration.h"
