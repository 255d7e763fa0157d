/*
 * The librdkafka plumbing of the data commands. Every command makes one
 * client with admin__conf(), so they all name themselves alike to the
 * broker and keep librdkafka's own log lines off the terminal. A command
 * prints one error line, and the last log line that librdkafka wrote goes
 * into it when the error is a local one. A broker that cannot be reached
 * shows up as a timeout or transport error, and only the log line contains
 * "Connection refused".
 *
 * Admin requests run one at a time on a private queue, so a command can
 * issue a request and wait for its result with admin__wait().
 */
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "output.h"

/* The last warning or error that any librdkafka client logged. The log
 * callback runs on librdkafka's threads, hence the mutex. */
static pthread_mutex_t last_log_lock = PTHREAD_MUTEX_INITIALIZER;
static char last_log[512];

static void on_log(const rd_kafka_t *rk, int level, const char *fac,
                   const char *buf)
{
    /* Syslog levels: 4 is warning, lower numbers are worse. */
    if (level > 4)
        return;
    pthread_mutex_lock(&last_log_lock);
    snprintf(last_log, sizeof(last_log), "%s", buf);
    pthread_mutex_unlock(&last_log_lock);
}

int admin__conf_set(const char *prog, rd_kafka_conf_t *conf,
                    const char *key, const char *value)
{
    char err[512];

    if (rd_kafka_conf_set(conf, key, value, err, sizeof(err)) ==
        RD_KAFKA_CONF_OK)
        return 0;
    output__error(prog, "invalid client setting %s=%s: %s", key, value, err);
    return -1;
}

rd_kafka_conf_t *admin__conf(const char *prog, const char *brokers)
{
    rd_kafka_conf_t *conf = rd_kafka_conf_new();

    if (admin__conf_set(prog, conf, "bootstrap.servers", brokers) != 0 ||
        admin__conf_set(prog, conf, "client.id", "herald-cli") != 0) {
        rd_kafka_conf_destroy(conf);
        return NULL;
    }
    rd_kafka_conf_set_log_cb(conf, on_log);
    return conf;
}

int admin__open(admin_t *admin, const char *prog, const char *brokers)
{
    rd_kafka_conf_t *conf = admin__conf(prog, brokers);
    char err[512];

    memset(admin, 0, sizeof(*admin));
    admin->prog = prog;
    if (conf == NULL)
        return -1;
    /* Metadata requests for one topic must not create it. */
    if (admin__conf_set(prog, conf, "allow.auto.create.topics", "false")) {
        rd_kafka_conf_destroy(conf);
        return -1;
    }
    admin->rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof(err));
    if (admin->rk == NULL) {
        rd_kafka_conf_destroy(conf);
        output__error(prog, "cannot create a Kafka client: %s", err);
        return -1;
    }
    admin->queue = rd_kafka_queue_new(admin->rk);
    return 0;
}

void admin__close(admin_t *admin)
{
    if (admin->queue != NULL)
        rd_kafka_queue_destroy(admin->queue);
    if (admin->rk != NULL)
        rd_kafka_destroy(admin->rk);
    admin->queue = NULL;
    admin->rk = NULL;
}

rd_kafka_AdminOptions_t *admin__options(admin_t *admin,
                                        rd_kafka_admin_op_t op)
{
    rd_kafka_AdminOptions_t *options = rd_kafka_AdminOptions_new(admin->rk,
                                                                 op);
    char err[256];

    rd_kafka_AdminOptions_set_request_timeout(options, ADMIN_TIMEOUT_MS, err,
                                              sizeof(err));
    /* Only some requests take an operation timeout. The others reject it
     * and keep their defaults. */
    rd_kafka_AdminOptions_set_operation_timeout(options, ADMIN_TIMEOUT_MS,
                                                err, sizeof(err));
    return options;
}

rd_kafka_event_t *admin__wait(admin_t *admin, const char *what)
{
    /* librdkafka reports a result by the request timeout, and the margin
     * covers its own scheduling. */
    rd_kafka_event_t *ev = rd_kafka_queue_poll(admin->queue,
                                               ADMIN_TIMEOUT_MS + 5000);

    if (ev == NULL) {
        admin__fail(admin->prog, what, RD_KAFKA_RESP_ERR__TIMED_OUT, NULL);
        return NULL;
    }
    if (rd_kafka_event_error(ev) != RD_KAFKA_RESP_ERR_NO_ERROR) {
        admin__fail(admin->prog, what, rd_kafka_event_error(ev),
                    rd_kafka_event_error_string(ev));
        rd_kafka_event_destroy(ev);
        return NULL;
    }
    return ev;
}

void admin__last_log(char *buf, size_t size)
{
    pthread_mutex_lock(&last_log_lock);
    snprintf(buf, size, "%s", last_log);
    pthread_mutex_unlock(&last_log_lock);
}

void admin__fail(const char *prog, const char *what, rd_kafka_resp_err_t err,
                 const char *detail)
{
    char log_line[sizeof(last_log)];

    if (detail == NULL || detail[0] == '\0')
        detail = rd_kafka_err2str(err);
    admin__last_log(log_line, sizeof(log_line));

    /* Local errors (negative codes) are the client's view of a failure,
     * and the log line shows what the client saw. */
    if ((int)err < 0 && log_line[0] != '\0')
        output__error(prog, "%s failed: %s (%s); last client log: %s", what,
                      rd_kafka_err2name(err), detail, log_line);
    else
        output__error(prog, "%s failed: %s (%s)", what,
                      rd_kafka_err2name(err), detail);
}

int admin__metadata(admin_t *admin, const char *topic, const char *what,
                    const struct rd_kafka_metadata **out)
{
    rd_kafka_topic_t *rkt = NULL;
    rd_kafka_resp_err_t err;

    if (topic != NULL) {
        rkt = rd_kafka_topic_new(admin->rk, topic, NULL);
        if (rkt == NULL) {
            admin__fail(admin->prog, what, rd_kafka_last_error(), NULL);
            return -1;
        }
    }
    err = rd_kafka_metadata(admin->rk, rkt == NULL, rkt, out,
                            ADMIN_TIMEOUT_MS);
    if (rkt != NULL)
        rd_kafka_topic_destroy(rkt);
    if (err != RD_KAFKA_RESP_ERR_NO_ERROR) {
        admin__fail(admin->prog, what, err, NULL);
        return -1;
    }
    return 0;
}

int admin__parse_int(const char *prog, const char *opt, const char *text,
                     long long min, long long max, long long *out)
{
    char *end;
    long long v;

    errno = 0;
    v = strtoll(text, &end, 10);
    if (errno != 0 || end == text || *end != '\0' || v < min || v > max) {
        output__error(prog, "invalid %s '%s': expected an integer from %lld "
                      "to %lld", opt, text, min, max);
        return -1;
    }
    *out = v;
    return 0;
}
