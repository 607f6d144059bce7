// Helpers for the channel, select, semaphore and timer tests: starting a
// goroutine on a C++ lambda the way compiled code starts one on a closure,
// type descriptors for channel elements, and printing.
//
// go(f) builds what the compiler builds for `go func(){...}()`: a funcval
// whose code receives the funcval's address in r10 (here main.gothunk,
// which passes it on to a C++ body) with the captured lambda after the
// code pointer, and calls runtime.newproc with it. waitparked(r) waits
// until that goroutine is parked (in a channel operation, say).
#ifndef GOLC_TEST_RUNTIME_CHANTEST_H
#define GOLC_TEST_RUNTIME_CHANTEST_H

#include "runtime.h"

#include <new>
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

// The code of every go(f) goroutine: passes the funcval (r10) to the body
// whose address follows the code pointer.
extern "C" void gothunk() __asm__("main.gothunk");
__asm__(".text\n"
        ".globl main.gothunk\n"
        ".type main.gothunk, @function\n"
        "main.gothunk:\n"
        "  movq %r10, %rdi\n"
        "  jmpq *8(%r10)\n"
        ".size main.gothunk, .-main.gothunk\n");

// A goroutine started by go(f): its funcval { main.gothunk, body, ... },
// and the g running it once it has started.
struct goroutine {
  funcval fv;
  void (*body)(goroutine *);
  g *gp;
};

template <class F> struct gofunc : goroutine {
  F f;
};

template <class F> static void gobody(goroutine *r) {
  __atomic_store_n(&r->gp, getg(), __ATOMIC_RELEASE);
  static_cast<gofunc<F> *>(r)->f();
}

// go f(): starts a goroutine running a copy of f.
template <class F> static goroutine *go(F f) {
  auto *fv = (gofunc<F> *)mallocptrs(sizeof(gofunc<F>));
  fv->fv.fn = (uintptr_t)&gothunk;
  fv->body = gobody<F>;
  new (&fv->f) F(f);
  newproc(&fv->fv);
  return fv;
}

// Yields until r's goroutine has started and parked. (A single Gosched is
// not enough: the scheduler may take the yielding goroutine right back
// from the global queue, its every-61st-tick fairness check.)
static inline void waitparked(goroutine *r) {
  for (;;) {
    g *gp = __atomic_load_n(&r->gp, __ATOMIC_ACQUIRE);
    if (gp && readgstatus(gp) == _Gwaiting)
      return;
    Gosched();
  }
}

static inline void say(const char *s) {
  printlock();
  prints(s);
  printnl();
  printunlock();
}

static inline void say(const char *s, int64_t v) {
  printlock();
  prints(s);
  prints(" ");
  printint(v);
  printnl();
  printunlock();
}

static inline void say(const char *s, int64_t v, int64_t w) {
  printlock();
  prints(s);
  prints(" ");
  printint(v);
  prints(" ");
  printint(w);
  printnl();
  printunlock();
}

// A failed expectation: print it and exit 1, so the test fails loudly.
#define EXPECT(cond)                                                                               \
  do {                                                                                             \
    if (!(cond)) {                                                                                 \
      printlock();                                                                                 \
      prints("FAIL: " #cond " at line ");                                                          \
      printint(__LINE__);                                                                          \
      printnl();                                                                                   \
      printunlock();                                                                               \
      exit_(1);                                                                                    \
    }                                                                                              \
  } while (0)

void main_init() __asm__("main.init");
void main_init() {}
void main_main() __asm__("main.main");

#endif // GOLC_TEST_RUNTIME_CHANTEST_H
