//===- runtime/select.cpp - the select statement --------------------------===//
//
// A select statement with more than one case (or one case and a default)
// is compiled into an array of scases, sends first, then receives, and a
// call of selectgo, which returns the index of the case that ran. Go's
// runtime/select.go shape, in three passes:
//
//   1. In a random order (pollorder, a fresh shuffle each time: that is
//      what makes select fair), look for a case that can proceed now: a
//      waiting partner, room or an element in the buffer, a closed
//      channel. Run the first one found.
//   2. If none (and no default), queue a sudog on every channel, all
//      linked from g.waiting, and park.
//   3. Woken by the case that won (it set g.param to its sudog), take the
//      sudogs off every other channel.
//
// Passes 1 and 3 hold the locks of all the channels at once, taken in one
// global order, by channel address (lockorder, heap-sorted), so two
// selects over the same channels cannot deadlock; a channel named in two
// cases is locked once. Pass 2 releases them only after parking
// (selparkcommit), like a single channel operation.
//
// A goroutine in pass 2 sits on several queues, and more than one channel
// may try to wake it. g.selectDone decides: waitqDequeue takes a select's
// sudog only if it changes selectDone from 0 to 1 first, and skips it
// otherwise; the winner completes its operation and readies the goroutine,
// which resets selectDone once it holds all the locks again.
//
// Cases on nil channels never fire and are left out of both orders; a
// select whose cases are all nil blocks forever. `select {}` is block().
//
//===----------------------------------------------------------------------===//

#include "chan.h"

#include <alloca.h>

// Locks the channels of the cases in lockorder, each once.
void sellock(scase *scases, uint16_t *lockorder, intgo n) __asm__("runtime.sellock");
void sellock(scase *scases, uint16_t *lockorder, intgo n) {
  hchan *c = nullptr;
  for (intgo i = 0; i < n; i++) {
    hchan *c0 = scases[lockorder[i]].c;
    if (c0 != c) {
      c = c0;
      lock(&c->lock);
    }
  }
}

// Unlocks them, in reverse order. Once the last lock is released the
// selecting goroutine may already run again elsewhere and leave selectgo:
// nothing here may touch scases or lockorder after that (the duplicate
// check reads ahead, before each unlock).
void selunlock(scase *scases, uint16_t *lockorder, intgo n) __asm__("runtime.selunlock");
void selunlock(scase *scases, uint16_t *lockorder, intgo n) {
  for (intgo i = n - 1; i >= 0; i--) {
    hchan *c = scases[lockorder[i]].c;
    if (i > 0 && c == scases[lockorder[i - 1]].c)
      continue; // will unlock it on the next iteration
    unlock(&c->lock);
  }
}

// The locks of one select: what selparkcommit and the hand-offs of
// pass 1 release.
struct selectLocks {
  scase *scases;
  uint16_t *lockorder;
  intgo n;
};

static void selunlockFn(void *arg) {
  selectLocks *sl = (selectLocks *)arg;
  selunlock(sl->scases, sl->lockorder, sl->n);
}

// gopark's unlockf for pass 2: the goroutine is parked, its sudogs can be
// found.
bool selparkcommit(g *gp, void *arg) __asm__("runtime.selparkcommit");
bool selparkcommit(g *gp, void *arg) {
  selunlockFn(arg);
  return true;
}

// A channel's place in the lock order.
static uintptr_t sortkey(hchan *c) { return (uintptr_t)c; }

// Sorts the first n entries of lockorder (case indices, initially in
// pollorder) by channel address: a heap sort, which needs no memory and
// has a bounded worst case.
static void sortLockorder(scase *scases, uint16_t *pollorder, uint16_t *lockorder, intgo n) {
  // Build a max-heap of the cases.
  for (intgo i = 0; i < n; i++) {
    intgo j = i;
    hchan *c = scases[pollorder[i]].c;
    while (j > 0 && sortkey(scases[lockorder[(j - 1) / 2]].c) < sortkey(c)) {
      intgo k = (j - 1) / 2;
      lockorder[j] = lockorder[k];
      j = k;
    }
    lockorder[j] = pollorder[i];
  }
  // Move the largest to the end, one at a time, sifting the displaced
  // case down.
  for (intgo i = n - 1; i >= 0; i--) {
    uint16_t o = lockorder[i];
    hchan *c = scases[o].c;
    lockorder[i] = lockorder[0];
    intgo j = 0;
    for (;;) {
      intgo k = j * 2 + 1;
      if (k >= i)
        break;
      if (k + 1 < i && sortkey(scases[lockorder[k]].c) < sortkey(scases[lockorder[k + 1]].c))
        k++;
      if (sortkey(c) < sortkey(scases[lockorder[k]].c)) {
        lockorder[j] = lockorder[k];
        j = k;
        continue;
      }
      break;
    }
    lockorder[j] = o;
  }
}

// What pass 1 found ready.
enum selectReady {
  readyRecv,    // a sender waits: take its element
  readyBufRecv, // an element in the buffer
  readyRClose,  // closed: zero value, !recvOK
  readySend,    // a receiver waits: hand it the element
  readyBufSend, // room in the buffer
  readySClose,  // closed: panic
};

// Runs a select: cases cas0[0..nsends) are sends, then nrecvs receives.
// order0 has room for 2*(nsends+nrecvs) entries: the poll order, then the
// lock order. With block false and no case ready, returns chosen -1.
// Otherwise returns the case that ran and, for a receive, whether a value
// arrived (false: the channel was closed).
SelectResult selectgo(scase *cas0, uint16_t *order0, intgo nsends, intgo nrecvs, bool block)
    __asm__("runtime.selectgo");
SelectResult selectgo(scase *cas0, uint16_t *order0, intgo nsends, intgo nrecvs, bool block) {
  intgo ncases = nsends + nrecvs;
  scase *scases = cas0;
  uint16_t *pollorder = order0;
  uint16_t *lockorder = order0 + ncases;

  // The poll order: a random permutation of the cases with a channel,
  // built by inserting each case at a random position.
  intgo norder = 0;
  for (intgo i = 0; i < ncases; i++) {
    scase *cas = &scases[i];
    if (!cas->c) {
      cas->elem = nullptr; // allow GC
      continue;
    }
    uint32_t j = fastrandn((uint32_t)(norder + 1));
    pollorder[norder] = pollorder[j];
    pollorder[j] = (uint16_t)i;
    norder++;
  }
  sortLockorder(scases, pollorder, lockorder, norder);

  sellock(scases, lockorder, norder);
  selectLocks locks = {scases, lockorder, norder};

  // Pass 1: look for something already waiting.
  intgo casi = -1;
  scase *cas = nullptr;
  hchan *c = nullptr;
  sudog *sg = nullptr;
  selectReady ready = readyRecv;
  for (intgo i = 0; i < norder && casi < 0; i++) {
    intgo o = pollorder[i];
    c = scases[o].c;
    if (o >= nsends) {
      if ((sg = waitqDequeue(&c->sendq)))
        ready = readyRecv;
      else if (c->qcount > 0)
        ready = readyBufRecv;
      else if (c->closed)
        ready = readyRClose;
      else
        continue;
    } else {
      if (c->closed)
        ready = readySClose;
      else if ((sg = waitqDequeue(&c->recvq)))
        ready = readySend;
      else if (c->qcount < c->dataqsiz)
        ready = readyBufSend;
      else
        continue;
    }
    casi = o;
    cas = &scases[o];
  }

  if (casi >= 0) {
    switch (ready) {
    case readyRecv:
      // Can receive from a sleeping sender.
      recv(c, sg, cas->elem, unlockFunc{selunlockFn, &locks});
      return {casi, true};
    case readyBufRecv: {
      // Can receive from the buffer.
      void *qp = chanbuf(c, c->recvx);
      if (cas->elem)
        typedmemmove(c->elemtype, cas->elem, qp);
      typedmemclr(c->elemtype, qp);
      if (++c->recvx == c->dataqsiz)
        c->recvx = 0;
      __atomic_store_n(&c->qcount, c->qcount - 1, __ATOMIC_RELAXED);
      selunlock(scases, lockorder, norder);
      return {casi, true};
    }
    case readyRClose:
      // Read at the end of a closed channel.
      selunlock(scases, lockorder, norder);
      if (cas->elem)
        typedmemclr(c->elemtype, cas->elem);
      return {casi, false};
    case readySend:
      // Can send to a sleeping receiver.
      send(c, sg, cas->elem, unlockFunc{selunlockFn, &locks});
      return {casi, false};
    case readyBufSend:
      // Can send to the buffer.
      typedmemmove(c->elemtype, chanbuf(c, c->sendx), cas->elem);
      if (++c->sendx == c->dataqsiz)
        c->sendx = 0;
      __atomic_store_n(&c->qcount, c->qcount + 1, __ATOMIC_RELAXED);
      selunlock(scases, lockorder, norder);
      return {casi, false};
    case readySClose:
      // Send on a closed channel.
      selunlock(scases, lockorder, norder);
      gopanic(plainError("send on closed channel"));
    }
  }

  if (!block) {
    selunlock(scases, lockorder, norder);
    return {-1, false};
  }

  // Pass 2: enqueue on all the channels, in lock order, one sudog each
  // (in this frame, which waits: see sudog in runtime2.h).
  g *gp = getg();
  if (gp->waiting)
    throw_("gp.waiting != nil");
  sudog *sgs = (sudog *)alloca(norder * sizeof(sudog));
  memset(sgs, 0, norder * sizeof(sudog));
  sudog **nextp = &gp->waiting;
  for (intgo i = 0; i < norder; i++) {
    intgo o = lockorder[i];
    sudog *s = &sgs[i];
    s->g = gp;
    s->isSelect = true;
    s->elem = scases[o].elem;
    s->c = scases[o].c;
    *nextp = s;
    nextp = &s->waitlink;
    if (o < nsends)
      waitqEnqueue(&s->c->sendq, s);
    else
      waitqEnqueue(&s->c->recvq, s);
  }

  // Wait for someone to wake us up.
  gp->param = nullptr;
  gopark(selparkcommit, &locks, waitReasonSelect);

  sellock(scases, lockorder, norder);
  __atomic_store_n(&gp->selectDone, 0, __ATOMIC_RELAXED);
  sg = (sudog *)gp->param;
  gp->param = nullptr;

  // Pass 3: dequeue from the unsuccessful channels; note the winning case,
  // whose sudog the waker already dequeued.
  casi = -1;
  cas = nullptr;
  bool caseSuccess = false;
  sudog *sglist = gp->waiting;
  // Clear every elem before unlinking from gp.waiting.
  for (sudog *sg1 = gp->waiting; sg1; sg1 = sg1->waitlink) {
    sg1->isSelect = false;
    sg1->elem = nullptr;
    sg1->c = nullptr;
  }
  gp->waiting = nullptr;

  for (intgo i = 0; i < norder; i++) {
    intgo o = lockorder[i];
    scase *k = &scases[o];
    if (sg == sglist) {
      // sg has already been dequeued by the G that woke us up.
      casi = o;
      cas = k;
      caseSuccess = sglist->success;
    } else if (o < nsends) {
      waitqDequeueSudoG(&k->c->sendq, sglist);
    } else {
      waitqDequeueSudoG(&k->c->recvq, sglist);
    }
    sudog *sgnext = sglist->waitlink;
    sglist->waitlink = nullptr;
    sglist = sgnext;
  }

  if (!cas)
    throw_("selectgo: bad wakeup");

  selunlock(scases, lockorder, norder);
  if (casi < nsends) {
    if (!caseSuccess) // woken by close
      gopanic(plainError("send on closed channel"));
    return {casi, false};
  }
  return {casi, caseSuccess};
}

// select {}: blocks forever.
NORETURN void block() __asm__("runtime.block");
void block() {
  gopark(nullptr, nullptr, waitReasonSelectNoCases);
  throw_("unreachable");
}
