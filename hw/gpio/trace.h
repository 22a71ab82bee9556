#include "trace/trace-hw_gpio.h"
