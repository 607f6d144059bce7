// Helpers for the channel, select, semaphore and timer tests: the runtime
// entry points they call, declared as compiled code sees them, and type
// descriptors for channel elements. Starting goroutines, printing and
// EXPECT come from testutil.h.
#ifndef GOLC_TEST_RUNTIME_CHANTEST_H
#define GOLC_TEST_RUNTIME_CHANTEST_H

#include "testutil.h"

#include <stdlib.h>
#include <string.h>

extern "C" hchan *makechan(_type *elem, int64_t size) __asm__("runtime.makechan");
extern "C" void chansend1(hchan *c, void *elem) __asm__("runtime.chansend1");
extern "C" void chanrecv1(hchan *c, void *elem) __asm__("runtime.chanrecv1");
extern "C" bool chanrecv2(hchan *c, void *elem) __asm__("runtime.chanrecv2");
extern "C" void closechan(hchan *c) __asm__("runtime.closechan");
extern "C" intgo chanlen(hchan *c) __asm__("runtime.chanlen");
extern "C" intgo chancap(hchan *c) __asm__("runtime.chancap");
extern "C" SelectResult selectgo(scase *cases, uint16_t *order, intgo nsends, intgo nrecvs,
                                 bool block) __asm__("runtime.selectgo");
extern "C" bool selectnbsend(hchan *c, void *elem) __asm__("runtime.selectnbsend");
extern "C" SelectNBRecv selectnbrecv(void *elem, hchan *c) __asm__("runtime.selectnbrecv");
extern "C" NORETURN void block() __asm__("runtime.block");
extern "C" void timeSleep(int64_t ns) __asm__("time.Sleep");
extern "C" void startTimer(timer *t) __asm__("time.startTimer");
extern "C" bool stopTimer(timer *t) __asm__("time.stopTimer");
extern "C" bool resetTimer(timer *t, int64_t when) __asm__("time.resetTimer");
extern "C" void sync_runtime_Semacquire(uint32_t *addr) __asm__("sync.runtime_Semacquire");
extern "C" void sync_runtime_Semrelease(uint32_t *addr, bool handoff, intgo skipframes)
    __asm__("sync.runtime_Semrelease");

// Type descriptors, as the compiler emits them (pointer-free types).
#define TEST_TYPE(name, T, kind)                                                                   \
  static _type name = {sizeof(T), 0, 0, 0, alignof(T), alignof(T), kind, nullptr, nullptr,         \
                       {(const uint8_t *)#T, sizeof(#T) - 1}};

#endif // GOLC_TEST_RUNTIME_CHANTEST_H
