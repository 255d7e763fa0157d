/*
 * Rate limits for log lines that a failure can repeat many times a second,
 * such as a consumer's poll errors. The caller passes the clock in, so the
 * limit is tested without sleeping.
 */
#include "log_limit.h"

int log_limit__allow(log_limit_t *limit, int64_t now_us, long *suppressed)
{
    int burst = limit->burst > 0 ? limit->burst : 1;

    if (limit->logged_us == 0 ||
        now_us - limit->logged_us >= limit->interval_us) {
        /* 0 means never logged, so a clock that reads 0 counts as 1 us. */
        limit->logged_us = now_us != 0 ? now_us : 1;
        limit->written = 0;
    }
    if (limit->written >= burst) {
        limit->suppressed++;
        return 0;
    }
    limit->written++;
    *suppressed = limit->suppressed;
    limit->suppressed = 0;
    return 1;
}
