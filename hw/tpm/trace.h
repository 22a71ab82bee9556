#include "trace/trace-hw_tpm.h"
