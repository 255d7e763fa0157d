#ifndef HERALD_CLOCK_H
#define HERALD_CLOCK_H

#include <stdint.h>

/* Wall-clock time in milliseconds since the Unix epoch, as Kafka stamps
 * records. */
int64_t clock__wall_ms(void);

/* Monotonic time in microseconds, for durations only. */
int64_t clock__mono_us(void);

#endif
