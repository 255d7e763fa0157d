/* libherald: CloudEvents, an event bus over three transports, and handler
 * pipelines. Include this header alone, or the ones below. */
#ifndef HERALD_H
#define HERALD_H

#include "herald/error.h"
#include "herald/event.h"
#include "herald/handler.h"
#include "herald/bus.h"
#include "herald/log.h"

#endif
