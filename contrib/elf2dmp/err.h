/*
 * Copyright (c) 2018 Virtuozzo International GmbH
 *
 * This work is licensed under the terms of the GNU GPL, version 2 or later.
 *
 */

#ifndef ERR_H
#define ERR_H

#define eprintf(...) fprintf(stderr, __VA_ARGS__)

#endif /* ERR_H */
