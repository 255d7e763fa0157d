/*
 * Links against libherald.a alone, with only the libraries herald.pc
 * names, the way an installed static library is used. The build fails
 * when the archive calls a function that it does not contain.
 */
#include <herald.h>
#include <stdio.h>

int main(void)
{
    herald_event_t *event = NULL;
    herald_bus_t *bus = NULL;

    if (herald_event_new(&event, "demo.created", "/static") != HERALD_OK)
        return 1;
    herald_event_free(event);
    if (herald_bus_open(&bus, "inproc:", NULL) != HERALD_OK)
        return 1;
    herald_bus_close(bus);
    puts("libherald.a alone: ok");
    return 0;
}
