#define TEST_LIST_TYPE 2
#include "test-rcu-list.c"
