//===- runtime/chan.h - what chan.cpp shares with select.cpp --------------===//
//
// Go's select.go calls chan.go's helpers directly (one package); here they
// are declared for select.cpp: the wait queues, the buffer slots, the
// direct hand-offs send and recv, and the element copies. The layouts are
// in runtime2.h, the design in chan.cpp's header comment.
//
//===----------------------------------------------------------------------===//
#ifndef GOLC_RUNTIME_CHAN_H
#define GOLC_RUNTIME_CHAN_H

#include "runtime.h"

#include <string.h>

// Copies a value of type t from src to dst (Go's typedmemmove: with a
// non-moving, conservative GC there is no write barrier to run).
static inline void typedmemmove(_type *t, void *dst, const void *src) {
  if (t->size)
    memmove(dst, src, t->size);
}

// Zeroes a value of type t at ptr.
static inline void typedmemclr(_type *t, void *ptr) {
  if (t->size)
    memset(ptr, 0, t->size);
}

// The address of slot i of c's buffer.
static inline void *chanbuf(hchan *c, uintgo i) { return (uint8_t *)c->buf + i * c->elemsize; }

void waitqEnqueue(waitq *q, sudog *sgp) __asm__("runtime.(*waitq).enqueue");
// Removes and returns the first sudog of q whose goroutine can still take
// it: a goroutine in a select is skipped if another case already won it.
sudog *waitqDequeue(waitq *q) __asm__("runtime.(*waitq).dequeue");
// Removes sgp from q, if it is still there.
void waitqDequeueSudoG(waitq *q, sudog *sgp) __asm__("runtime.(*waitq).dequeueSudoG");

// The callback send and recv run once the element has moved, before they
// wake the other goroutine: it releases the channel lock (or every lock of
// a select).
struct unlockFunc {
  void (*fn)(void *arg);
  void *arg;
};

// Completes a send on c to the receiver sg, which the caller dequeued with
// c's lock held: copies ep into the receiver's slot, runs unlockf, wakes the
// receiver.
void send(hchan *c, sudog *sg, void *ep, unlockFunc unlockf) __asm__("runtime.send");
// Completes a receive on c from the sender sg (c's buffer is full if it
// has one): takes the element into ep (nil: discard), runs unlockf, wakes
// the sender.
void recv(hchan *c, sudog *sg, void *ep, unlockFunc unlockf) __asm__("runtime.recv");

#endif // GOLC_RUNTIME_CHAN_H
