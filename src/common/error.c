#include "herald/error.h"

#include <stddef.h>

static const struct {
    int code;
    const char *name;
    const char *text;
} errors[] = {
    {HERALD_OK, "HERALD_OK", "success"},
    {HERALD_EINVAL, "HERALD_EINVAL", "invalid argument"},
    {HERALD_ENOMEM, "HERALD_ENOMEM", "out of memory"},
    {HERALD_EIO, "HERALD_EIO", "input/output error"},
    {HERALD_ENOSPC, "HERALD_ENOSPC", "no space left on device"},
    {HERALD_ENOENT, "HERALD_ENOENT", "not found"},
    {HERALD_EEXIST, "HERALD_EEXIST", "already exists"},
    {HERALD_ECORRUPT, "HERALD_ECORRUPT", "data is corrupt"},
    {HERALD_ETOOBIG, "HERALD_ETOOBIG", "too large"},
    {HERALD_ERANGE, "HERALD_ERANGE", "out of range"},
    {HERALD_EAGAIN, "HERALD_EAGAIN", "would block"},
    {HERALD_ETIMEDOUT, "HERALD_ETIMEDOUT", "timed out"},
    {HERALD_ECLOSED, "HERALD_ECLOSED", "closed"},
    {HERALD_EPROTO, "HERALD_EPROTO", "malformed message"},
    {HERALD_EUNSUPPORTED, "HERALD_EUNSUPPORTED", "not supported"},
    {HERALD_ETRANSPORT, "HERALD_ETRANSPORT", "transport failed"},
    {HERALD_ESEQUENCE, "HERALD_ESEQUENCE", "sequence out of order"},
    {HERALD_EDUPLICATE, "HERALD_EDUPLICATE", "duplicate batch"},
    {HERALD_EFENCED, "HERALD_EFENCED", "producer epoch fenced"},
    {HERALD_ELOOP, "HERALD_ELOOP", "emit depth limit reached"},
    {HERALD_EMFILE, "HERALD_EMFILE", "too many open files"},
};

const char *herald_err_name(int err)
{
    for (size_t i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
        if (errors[i].code == err)
            return errors[i].name;
    }
    return "HERALD_EUNKNOWN";
}

const char *herald_strerror(int err)
{
    for (size_t i = 0; i < sizeof(errors) / sizeof(errors[0]); i++) {
        if (errors[i].code == err)
            return errors[i].text;
    }
    return "unknown error";
}
