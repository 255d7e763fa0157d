/*
 * An order service built on libherald: consumes order.created, reserves
 * stock in an in-memory table, and emits inventory.reserved. Orders that
 * are malformed or ask for more than is in stock end in
 * order.created.dlq.
 *
 *   order_service [bus-url] [--publish N]
 *
 * The default bus is kafka://127.0.0.1:9092. --publish N first publishes
 * N sample orders. Stop with Ctrl-C; the handler counters are printed on
 * the way out.
 */
#include <jansson.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "herald.h"

struct order {
    char id[64];
    char sku[32];
    int qty;
};

struct stock {
    pthread_mutex_t lock;
    const char *sku[3];
    int left[3];
};

static herald_err_t decode_order(herald_ctx_t *ctx, const herald_event_t *ev,
                                 void **decoded)
{
    const char *data = herald_event_data(ev, NULL);
    struct order *o = calloc(1, sizeof(*o));
    json_t *root = data ? json_loads(data, 0, NULL) : NULL;
    const char *id, *sku;

    if (o == NULL || root == NULL ||
        json_unpack(root, "{s:s, s:s, s:i}", "order_id", &id, "sku", &sku,
                    "qty", &o->qty) != 0) {
        herald_ctx_set_reason(ctx, "data is not an order object");
        json_decref(root);
        free(o);
        return HERALD_EPROTO;
    }
    snprintf(o->id, sizeof(o->id), "%s", id);
    snprintf(o->sku, sizeof(o->sku), "%s", sku);
    json_decref(root);
    *decoded = o;
    return HERALD_OK;
}

static void free_order(void *decoded, void *user_data)
{
    free(decoded);
}

static herald_err_t validate_order(herald_ctx_t *ctx,
                                   const herald_event_t *ev, void *decoded)
{
    const struct order *o = decoded;

    if (o->qty < 1 || o->qty > 100) {
        herald_ctx_set_reason(ctx, "qty must be 1 to 100");
        return HERALD_EINVAL;
    }
    return HERALD_OK;
}

/* Takes qty from the stock of sku. Returns 0, or -1 when short. */
static int take_stock(struct stock *s, const char *sku, int qty)
{
    int rc = -1;

    pthread_mutex_lock(&s->lock);
    for (int i = 0; i < 3; i++) {
        if (strcmp(s->sku[i], sku) == 0 && s->left[i] >= qty) {
            s->left[i] -= qty;
            rc = 0;
        }
    }
    pthread_mutex_unlock(&s->lock);
    return rc;
}

static herald_result_t reserve(herald_ctx_t *ctx, const herald_event_t *ev,
                               void *decoded)
{
    struct stock *stock = herald_ctx_user_data(ctx);
    const struct order *o = decoded;
    herald_event_t *out;
    char data[160];

    if (take_stock(stock, o->sku, o->qty) < 0) {
        herald_ctx_set_reason(ctx, "not enough stock");
        return HERALD_RESULT_FAIL;
    }
    if (herald_event_new(&out, "inventory.reserved", "/order-service") !=
        HERALD_OK)
        return HERALD_RESULT_RETRY;
    snprintf(data, sizeof(data),
             "{\"order_id\":\"%s\",\"sku\":\"%s\",\"qty\":%d}", o->id, o->sku,
             o->qty);
    herald_event_set_attr(out, "datacontenttype", "application/json");
    herald_event_set_attr(out, "partitionkey", o->id);
    herald_event_set_data(out, data, strlen(data));
    /* Published once this returns ok; the library continues the trace. */
    herald_ctx_emit(ctx, out);
    return HERALD_RESULT_OK;
}

static void publish_samples(herald_bus_t *bus, int n)
{
    static const char *const skus[] = {"apple", "pear", "plum"};

    for (int i = 0; i < n; i++) {
        herald_event_t *ev;
        char data[160], id[32];
        herald_err_t err;

        snprintf(id, sizeof(id), "order-%d", i);
        snprintf(data, sizeof(data),
                 "{\"order_id\":\"%s\",\"sku\":\"%s\",\"qty\":%d}", id,
                 skus[i % 3], 1 + i % 4);
        herald_event_new(&ev, "order.created", "/shop");
        herald_event_set_attr(ev, "datacontenttype", "application/json");
        herald_event_set_attr(ev, "partitionkey", id);
        herald_event_set_data(ev, data, strlen(data));
        err = herald_bus_publish(bus, ev);
        if (err != HERALD_OK)
            fprintf(stderr, "publish failed: %s\n", herald_strerror(err));
        herald_event_free(ev);
    }
}

/* Waits for SIGINT or SIGTERM and stops the bus, which ends
 * herald_bus_run() in main. */
static void *signal_main(void *arg)
{
    sigset_t set;
    int sig;

    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    sigwait(&set, &sig);
    herald_bus_stop(arg);
    return NULL;
}

int main(int argc, char **argv)
{
    const char *url = "kafka://127.0.0.1:9092?acks=all&linger.ms=5";
    struct stock stock = {PTHREAD_MUTEX_INITIALIZER,
                          {"apple", "pear", "plum"},
                          {50, 20, 5}};
    herald_handler_t handler = {
        .name = "reserve-inventory",
        .decode = decode_order,
        .free_decoded = free_order,
        .validate = validate_order,
        .handle = reserve,
    };
    herald_handler_stats_t stats;
    herald_bus_t *bus;
    herald_sub_t *sub;
    pthread_t signals;
    sigset_t set;
    int publish = 0;
    herald_err_t err;

    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--publish") == 0 && i + 1 < argc)
            publish = atoi(argv[++i]);
        else
            url = argv[i];
    }
    /* Signals go to the waiting thread only. */
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    herald_set_log_cb(herald_log_stderr, NULL, HERALD_LOG_INFO);

    err = herald_bus_open(&bus, url, NULL);
    if (err != HERALD_OK) {
        fprintf(stderr, "order_service: cannot open %s: %s\n", url,
                herald_strerror(err));
        return 1;
    }
    err = herald_bus_subscribe(bus, "order.created", "order-service",
                               &handler, &stock, &sub);
    if (err != HERALD_OK) {
        fprintf(stderr, "order_service: subscribe failed: %s\n",
                herald_strerror(err));
        herald_bus_close(bus);
        return 1;
    }
    publish_samples(bus, publish);
    pthread_create(&signals, NULL, signal_main, bus);
    herald_bus_run(bus);
    pthread_join(signals, NULL);

    herald_sub_stats(sub, &stats);
    printf("handled=%llu retried=%llu failed=%llu invalid=%llu "
           "dead_lettered=%llu p50_us=%llu p99_us=%llu\n",
           (unsigned long long)stats.handled,
           (unsigned long long)stats.retried,
           (unsigned long long)stats.failed,
           (unsigned long long)stats.invalid,
           (unsigned long long)stats.dead_lettered,
           (unsigned long long)stats.p50_us, (unsigned long long)stats.p99_us);
    herald_bus_close(bus);
    return 0;
}
