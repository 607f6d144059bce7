//===- runtime/chan.cpp - channels ----------------------------------------===//
//
// Go's channels, as its runtime/chan.go builds them. A channel is an hchan
// (runtime2.h): a ring buffer of dataqsiz elements, the queues of
// goroutines blocked sending (sendq) and receiving (recvq), each a list of
// sudogs, and a lock over all of it.
//
// Invariants:
//   - At least one of sendq and recvq is empty, except for an unbuffered
//     channel with a single goroutine blocked on it both sending and
//     receiving through a select: the size of a sendq/recvq pair is then
//     bounded by the number of cases of that select.
//   - For a buffered channel: qcount > 0 implies recvq is empty, and
//     qcount < dataqsiz implies sendq is empty.
//
// So a sender first looks for a waiting receiver and, if there is one,
// copies its element straight into the receiver's slot (usually a variable
// on the receiver's stack: memmove of elemtype->size bytes) and wakes it;
// only without a receiver does it use the buffer, and only with a full
// buffer (or none) does it block. A receiver mirrors this: a waiting
// sender means the buffer is full (or absent), so it takes the element at
// the head of the ring, puts the sender's element at the tail and wakes
// the sender, keeping the FIFO order.
//
// A goroutine blocks by putting a sudog for itself on the queue and
// calling gopark, whose unlockf (chanparkcommit) releases the channel lock
// only once the goroutine is parked: whoever dequeues the sudog under that
// lock finds it fully asleep, completes the operation for it, sets
// sudog.success and calls goready. close wakes every waiter with success
// false: receivers get the zero value, senders panic.
//
// The non-blocking forms (select with default) first look without the
// lock: a channel that cannot proceed and is not closed returns at once.
// Those fields (closed, qcount and the queue heads) are written atomically
// under the lock so that these peeks are well-defined.
//
// A nil channel blocks forever; send on a closed channel, close of a
// closed or nil channel and a bad size for make panic with gc's messages.
//
//===----------------------------------------------------------------------===//

#include "chan.h"

enum : uint64_t {
  // The largest allocation Go allows on amd64 (48-bit addresses).
  maxAlloc = (uint64_t)1 << 48,
  // Element types are at most 64 KiB (elemsize is a uint16), which the
  // compiler enforces.
  maxElemSize = 1 << 16,
};

//===----------------------------------------------------------------------===//
// Wait queues
//===----------------------------------------------------------------------===//

// q->first is also read without the lock (full, empty).
static void setFirst(waitq *q, sudog *sgp) { __atomic_store_n(&q->first, sgp, __ATOMIC_RELAXED); }

void waitqEnqueue(waitq *q, sudog *sgp) {
  sgp->next = nullptr;
  sudog *x = q->last;
  if (!x) {
    sgp->prev = nullptr;
    setFirst(q, sgp);
    q->last = sgp;
    return;
  }
  sgp->prev = x;
  x->next = sgp;
  q->last = sgp;
}

sudog *waitqDequeue(waitq *q) {
  for (;;) {
    sudog *sgp = q->first;
    if (!sgp)
      return nullptr;
    sudog *y = sgp->next;
    if (!y) {
      setFirst(q, nullptr);
      q->last = nullptr;
    } else {
      y->prev = nullptr;
      setFirst(q, y);
      sgp->next = nullptr; // removed: see waitqDequeueSudoG
    }
    // A goroutine in a select is queued on several channels. Once one of
    // them has won it (selectDone 0 -> 1) it leaves the others' queues, but
    // only after it has taken their locks again: until then its sudogs here
    // are stale, and skipped.
    if (sgp->isSelect) {
      uint32_t zero = 0;
      if (!__atomic_compare_exchange_n(&sgp->g->selectDone, &zero, 1, false, __ATOMIC_ACQ_REL,
                                       __ATOMIC_RELAXED))
        continue;
    }
    return sgp;
  }
}

void waitqDequeueSudoG(waitq *q, sudog *sgp) {
  sudog *x = sgp->prev;
  sudog *y = sgp->next;
  if (x) {
    if (y) { // middle of the queue
      x->next = y;
      y->prev = x;
      sgp->next = nullptr;
      sgp->prev = nullptr;
      return;
    }
    // end of the queue
    x->next = nullptr;
    q->last = x;
    sgp->prev = nullptr;
    return;
  }
  if (y) { // start of the queue
    y->prev = nullptr;
    setFirst(q, y);
    sgp->next = nullptr;
    return;
  }
  // x == y == nil: sgp is the only element, or a waitqDequeue that lost
  // the select race already removed it.
  if (q->first == sgp) {
    setFirst(q, nullptr);
    q->last = nullptr;
  }
}

//===----------------------------------------------------------------------===//
// make, len, cap
//===----------------------------------------------------------------------===//

// make(chan T, size). elem is T's type descriptor.
hchan *makechan(_type *elem, int64_t size) __asm__("runtime.makechan");
hchan *makechan(_type *elem, int64_t size) {
  if (elem->size >= maxElemSize)
    throw_("makechan: invalid channel element type");
  uint64_t mem;
  bool overflow = __builtin_mul_overflow((uint64_t)elem->size, (uint64_t)size, &mem);
  if (size < 0 || overflow || mem > maxAlloc - sizeof(hchan))
    gopanic(plainError("makechan: size out of range"));

  hchan *c = (hchan *)mallocptrs(sizeof(hchan));
  // The ring: scanned by the GC only if elements hold pointers.
  if (mem > 0)
    c->buf = mallocgc(mem, elem, true);
  c->elemsize = (uint16_t)elem->size;
  c->elemtype = elem;
  c->dataqsiz = (uintgo)size;
  return c;
}

// len(c); 0 for a nil channel.
intgo chanlen(hchan *c) __asm__("runtime.chanlen");
intgo chanlen(hchan *c) { return c ? (intgo)__atomic_load_n(&c->qcount, __ATOMIC_RELAXED) : 0; }

// cap(c); 0 for a nil channel.
intgo chancap(hchan *c) __asm__("runtime.chancap");
intgo chancap(hchan *c) { return c ? (intgo)c->dataqsiz : 0; }

static void setQcount(hchan *c, uintgo n) { __atomic_store_n(&c->qcount, n, __ATOMIC_RELAXED); }

// Whether a send on c would block now. Reads without the lock: the answer
// may be stale by the time the caller acts on it, which only a non-blocking
// operation may accept (it then behaves as if it ran at the moment of the
// reads).
static bool full(hchan *c) {
  if (c->dataqsiz == 0)
    return __atomic_load_n(&c->recvq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == c->dataqsiz;
}

// Whether a receive on c would block now (c not closed). As full.
static bool empty(hchan *c) {
  if (c->dataqsiz == 0)
    return __atomic_load_n(&c->sendq.first, __ATOMIC_RELAXED) == nullptr;
  return __atomic_load_n(&c->qcount, __ATOMIC_RELAXED) == 0;
}

static bool isClosed(hchan *c) { return __atomic_load_n(&c->closed, __ATOMIC_RELAXED) != 0; }

// gopark's unlockf for a goroutine blocking on a channel: the goroutine is
// parked, so the lock that let others find its sudog can go.
bool chanparkcommit(g *gp, void *chanLock) __asm__("runtime.chanparkcommit");
bool chanparkcommit(g *gp, void *chanLock) {
  unlock((mutex *)chanLock);
  return true;
}

static void unlockChan(void *c) { unlock(&((hchan *)c)->lock); }

// Blocks the current goroutine on q, one of c's wait queues (c locked),
// until the other side completes its operation on ep, which stays valid
// because this frame waits, or close wakes it. Returns the sudog's success:
// false if close woke it.
static bool chanpark(hchan *c, waitq *q, void *ep, waitReason reason) {
  g *gp = getg();
  sudog mysg = {};
  mysg.elem = ep;
  mysg.g = gp;
  mysg.c = c;
  gp->waiting = &mysg;
  gp->param = nullptr;
  waitqEnqueue(q, &mysg);
  gopark(chanparkcommit, &c->lock, reason);

  if (gp->waiting != &mysg)
    throw_("G waiting list is corrupted");
  gp->waiting = nullptr;
  gp->param = nullptr;
  return mysg.success;
}

//===----------------------------------------------------------------------===//
// Send
//===----------------------------------------------------------------------===//

// The send of c <- *ep. With block false (select with default) it gives up
// instead of waiting, and reports whether it sent.
bool chansend(hchan *c, void *ep, bool block) __asm__("runtime.chansend");
bool chansend(hchan *c, void *ep, bool block) {
  if (!c) {
    if (!block)
      return false;
    gopark(nullptr, nullptr, waitReasonChanSendNilChan);
    throw_("unreachable");
  }

  // Fast path for a failed non-blocking send: not closed, then full. The
  // order matters: a channel cannot go from closed back to open, so if it
  // was open when it was full, it was full while open.
  if (!block && !isClosed(c) && full(c))
    return false;

  lock(&c->lock);

  if (c->closed) {
    unlock(&c->lock);
    gopanic(plainError("send on closed channel"));
  }

  if (sudog *sg = waitqDequeue(&c->recvq)) {
    // A receiver is waiting: the value goes straight to it, past the
    // buffer (which is empty).
    send(c, sg, ep, unlockFunc{unlockChan, c});
    return true;
  }

  if (c->qcount < c->dataqsiz) {
    // Room in the buffer: enqueue the element.
    typedmemmove(c->elemtype, chanbuf(c, c->sendx), ep);
    if (++c->sendx == c->dataqsiz)
      c->sendx = 0;
    setQcount(c, c->qcount + 1);
    unlock(&c->lock);
    return true;
  }

  if (!block) {
    unlock(&c->lock);
    return false;
  }

  // Block until a receiver takes the element from ep, or close wakes us.
  if (!chanpark(c, &c->sendq, ep, waitReasonChanSend)) {
    if (!isClosed(c))
      throw_("chansend: spurious wakeup");
    gopanic(plainError("send on closed channel"));
  }
  return true;
}

void send(hchan *c, sudog *sg, void *ep, unlockFunc unlockf) {
  if (sg->elem) {
    // Straight onto the receiver's stack (or wherever it receives into).
    typedmemmove(c->elemtype, sg->elem, ep);
    sg->elem = nullptr;
  }
  g *gp = sg->g;
  unlockf.fn(unlockf.arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// c <- *elem.
void chansend1(hchan *c, void *elem) __asm__("runtime.chansend1");
void chansend1(hchan *c, void *elem) { chansend(c, elem, true); }

// select { case c <- *elem: ...; default: ... }: whether it sent.
bool selectnbsend(hchan *c, void *elem) __asm__("runtime.selectnbsend");
bool selectnbsend(hchan *c, void *elem) { return chansend(c, elem, false); }

//===----------------------------------------------------------------------===//
// Receive
//===----------------------------------------------------------------------===//

// The receive of *ep = <-c (ep nil: the value is discarded). With block
// false it gives up instead of waiting. Returns whether it completed
// (selected) and whether a value arrived (received; false: c is closed and
// drained, and *ep got the zero value).
SelectNBRecv chanrecv(hchan *c, void *ep, bool block) __asm__("runtime.chanrecv");
SelectNBRecv chanrecv(hchan *c, void *ep, bool block) {
  if (!c) {
    if (!block)
      return {false, false};
    gopark(nullptr, nullptr, waitReasonChanReceiveNilChan);
    throw_("unreachable");
  }

  // Fast path for a non-blocking receive that must fail.
  if (!block && empty(c)) {
    // Empty and still open when looked at: nothing to receive, at that
    // moment. Closed is re-read after empty (a closed channel stays
    // closed), then empty again: a send may have come just before close.
    if (!isClosed(c))
      return {false, false};
    if (empty(c)) {
      if (ep)
        typedmemclr(c->elemtype, ep);
      return {true, false};
    }
  }

  lock(&c->lock);

  if (c->closed) {
    if (c->qcount == 0) {
      unlock(&c->lock);
      if (ep)
        typedmemclr(c->elemtype, ep);
      return {true, false};
    }
    // Closed with elements left in the buffer: they are received first.
  } else if (sudog *sg = waitqDequeue(&c->sendq)) {
    // A sender is waiting: unbuffered, the value comes straight from it;
    // buffered (and so full), from the head of the buffer, and the
    // sender's value goes to the tail.
    recv(c, sg, ep, unlockFunc{unlockChan, c});
    return {true, true};
  }

  if (c->qcount > 0) {
    // Receive directly from the buffer.
    void *qp = chanbuf(c, c->recvx);
    if (ep)
      typedmemmove(c->elemtype, ep, qp);
    typedmemclr(c->elemtype, qp);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    setQcount(c, c->qcount - 1);
    unlock(&c->lock);
    return {true, true};
  }

  if (!block) {
    unlock(&c->lock);
    return {false, false};
  }

  // Block until a sender fills ep, or close wakes us.
  return {true, chanpark(c, &c->recvq, ep, waitReasonChanReceive)};
}

void recv(hchan *c, sudog *sg, void *ep, unlockFunc unlockf) {
  if (c->dataqsiz == 0) {
    // Unbuffered: straight from the sender.
    if (ep)
      typedmemmove(c->elemtype, ep, sg->elem);
  } else {
    // The buffer is full (a sender waits): take the head element, and put
    // the sender's at the tail, the slot just freed, since the ring is
    // full.
    void *qp = chanbuf(c, c->recvx);
    if (ep)
      typedmemmove(c->elemtype, ep, qp);
    typedmemmove(c->elemtype, qp, sg->elem);
    if (++c->recvx == c->dataqsiz)
      c->recvx = 0;
    c->sendx = c->recvx; // c->sendx = (c->sendx+1) % c->dataqsiz
  }
  sg->elem = nullptr;
  g *gp = sg->g;
  unlockf.fn(unlockf.arg);
  gp->param = sg;
  sg->success = true;
  goready(gp);
}

// *elem = <-c (elem nil: the value is discarded).
void chanrecv1(hchan *c, void *elem) __asm__("runtime.chanrecv1");
void chanrecv1(hchan *c, void *elem) { chanrecv(c, elem, true); }

// v, ok := <-c, and for-range over a channel: ok.
bool chanrecv2(hchan *c, void *elem) __asm__("runtime.chanrecv2");
bool chanrecv2(hchan *c, void *elem) { return chanrecv(c, elem, true).received; }

// select { case v, ok = <-c: ...; default: ... }.
SelectNBRecv selectnbrecv(void *elem, hchan *c) __asm__("runtime.selectnbrecv");
SelectNBRecv selectnbrecv(void *elem, hchan *c) { return chanrecv(c, elem, false); }

//===----------------------------------------------------------------------===//
// Close
//===----------------------------------------------------------------------===//

// close(c): every receiver waiting gets the zero value and ok false, every
// sender waiting panics, and later operations see the channel closed.
void closechan(hchan *c) __asm__("runtime.closechan");
void closechan(hchan *c) {
  if (!c)
    gopanic(plainError("close of nil channel"));

  lock(&c->lock);
  if (c->closed) {
    unlock(&c->lock);
    gopanic(plainError("close of closed channel"));
  }
  __atomic_store_n(&c->closed, 1, __ATOMIC_RELAXED);

  // Collect the waiters under the lock, wake them after it.
  gList glist = {};

  // Release all readers.
  while (sudog *sg = waitqDequeue(&c->recvq)) {
    if (sg->elem) {
      typedmemclr(c->elemtype, sg->elem);
      sg->elem = nullptr;
    }
    g *gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist.head;
    glist.head = gp;
  }

  // Release all writers (they will panic).
  while (sudog *sg = waitqDequeue(&c->sendq)) {
    sg->elem = nullptr;
    g *gp = sg->g;
    gp->param = sg;
    sg->success = false;
    gp->schedlink = glist.head;
    glist.head = gp;
  }
  unlock(&c->lock);

  // Ready all Gs now that the channel lock is dropped.
  while (g *gp = glist.head) {
    glist.head = gp->schedlink;
    gp->schedlink = nullptr;
    goready(gp);
  }
}
