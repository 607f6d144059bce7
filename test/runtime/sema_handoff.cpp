// The semaphores under package sync: an acquire of a zero count parks
// until a release (a release that comes first is not lost); waiters on
// one address wake in FIFO order, a lifo waiter first; a release with
// handoff gives the count to the waiter it wakes, leaving none to take
// back; waiters on 1000 distinct addresses (one treap) each wake by their
// own address. (This part runs on one P, where "after release" comes
// before the woken waiter runs; a Mutex does not spin there.) Under 8 Ps a
// binary semaphore keeps a counter exact. Then sync.Cond's notify lists:
// Signal wakes the oldest waiter, Broadcast the rest, and a notification
// between Add and Wait is not lost. sync's fatal errors print as gc's.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t mutex 2>&1 | FileCheck %s --check-prefix=MUTEX
// RUN: %expect-exit 2 %t fatal 2>&1 | FileCheck %s --check-prefix=FATAL
#include "Inputs/chantest.h"

extern char **argv __asm__("runtime.argv");

extern "C" void sync_runtime_SemacquireMutex(uint32_t *addr, bool lifo, intgo skipframes)
    __asm__("sync.runtime_SemacquireMutex");
extern "C" NORETURN void sync_fatal(String s) __asm__("sync.fatal");
extern "C" bool sync_runtime_canSpin(intgo i) __asm__("sync.runtime_canSpin");
extern "C" uint32_t notifyListAdd(notifyList *l) __asm__("sync.runtime_notifyListAdd");
extern "C" void notifyListWait(notifyList *l, uint32_t t) __asm__("sync.runtime_notifyListWait");
extern "C" void notifyListNotifyOne(notifyList *l) __asm__("sync.runtime_notifyListNotifyOne");
extern "C" void notifyListNotifyAll(notifyList *l) __asm__("sync.runtime_notifyListNotifyAll");

TEST_TYPE(intType, int64_t, kindInt)

// 8 goroutines add 1 to a counter 20000 times each, under a semaphore of
// count 1; the counter's read-modify-write is deliberately not atomic.
static void mutex() {
  static uint32_t sema = 1;
  static volatile int64_t counter;
  hchan *done = makechan(&intType, 8);
  for (int k = 0; k < 8; k++)
    go([done] {
      for (int i = 0; i < 20000; i++) {
        sync_runtime_Semacquire(&sema);
        counter = counter + 1;
        sync_runtime_Semrelease(&sema, i % 2, 0);
      }
      int64_t one = 1;
      chansend1(done, &one);
    });
  for (int k = 0; k < 8; k++)
    chanrecv1(done, nullptr);
  say("counter", counter);
  say("sema", sema);
}

void main_main() {
  if (argv[1] && !strcmp(argv[1], "fatal")) {
    // What Mutex.Unlock does when the mutex is not locked.
    const char msg[] = "sync: unlock of unlocked mutex";
    sync_fatal(String{(const uint8_t *)msg, sizeof msg - 1});
    // FATAL:      fatal error: sync: unlock of unlocked mutex
    // FATAL-EMPTY:
    // FATAL-NEXT: goroutine 1 [running]:
    // FATAL-NEXT: sync.fatal(...)
    // FATAL-NEXT: {{^}}	?:0 +0x{{[0-9a-f]+$}}
    // FATAL-NEXT: main.main(...)
  }
  if (argv[1] && !strcmp(argv[1], "mutex")) {
    mutex();
    // MUTEX: counter 160000
    // MUTEX-NEXT: sema 1
    return;
  }

  // A release before the acquire is kept.
  static uint32_t s1;
  sync_runtime_Semrelease(&s1, false, 0);
  sync_runtime_Semacquire(&s1);
  say("early release kept, count", s1);
  // CHECK: early release kept, count 0

  // FIFO wake-ups: three goroutines park in order (the third one lifo,
  // so it goes first). Each release wakes one, which reports on done.
  static uint32_t s2;
  hchan *done = makechan(&intType, 0);
  for (int64_t i = 0; i < 3; i++)
    waitparked(go([i, done] {
      say("waits", i);
      sync_runtime_SemacquireMutex(&s2, i == 2, 0);
      say("acquired", i);
      int64_t v = i;
      chansend1(done, &v);
    }));
  // CHECK-NEXT: waits 0
  // CHECK-NEXT: waits 1
  // CHECK-NEXT: waits 2
  for (int i = 0; i < 3; i++) {
    sync_runtime_Semrelease(&s2, false, 0);
    chanrecv1(done, nullptr);
  }
  // CHECK-NEXT: acquired 2
  // CHECK-NEXT: acquired 0
  // CHECK-NEXT: acquired 1

  // Handoff: the release gives the count to the waiter it wakes at once,
  // leaving none for the releaser (or a newcomer) to take back; without
  // handoff the count waits for whoever comes first.
  static uint32_t s3;
  waitparked(go([done] {
    sync_runtime_Semacquire(&s3);
    int64_t one = 1;
    chansend1(done, &one);
  }));
  sync_runtime_Semrelease(&s3, true, 0);
  uint32_t left = s3;
  chanrecv1(done, nullptr);
  say("handoff: count after release, after acquire:", left, s3);
  // CHECK-NEXT: handoff: count after release, after acquire: 0 0
  waitparked(go([done] {
    sync_runtime_Semacquire(&s3);
    int64_t one = 1;
    chansend1(done, &one);
  }));
  sync_runtime_Semrelease(&s3, false, 0);
  left = s3;
  chanrecv1(done, nullptr);
  say("no handoff: count after release, after acquire:", left, s3);
  // CHECK-NEXT: no handoff: count after release, after acquire: 1 0

  // 1000 addresses, released in a scrambled order: each wakes its own.
  enum { naddr = 1000 };
  static uint32_t sems[naddr];
  static goroutine *waiters[naddr];
  for (int64_t i = 0; i < naddr; i++)
    waiters[i] = go([i, done] {
      sync_runtime_Semacquire(&sems[i]);
      int64_t v = i;
      chansend1(done, &v);
    });
  for (goroutine *r : waiters)
    waitparked(r);
  bool ok = true;
  int64_t nwoke = 0;
  for (int64_t k = 0; k < naddr; k++) {
    int64_t i = (k * 337) % naddr; // 337 is prime to 1000: a permutation
    sync_runtime_Semrelease(&sems[i], false, 0);
    int64_t w;
    chanrecv1(done, &w);
    ok &= w == i;
    nwoke++;
  }
  say("1000 addresses:", ok, nwoke);
  // CHECK-NEXT: 1000 addresses: 1 1000

  // Notify lists.
  static notifyList l;
  for (int64_t i = 0; i < 3; i++)
    waitparked(go([i, done] {
      uint32_t t = notifyListAdd(&l);
      notifyListWait(&l, t);
      say("notified", i);
      int64_t v = i;
      chansend1(done, &v);
    }));
  notifyListNotifyOne(&l);
  chanrecv1(done, nullptr);
  // CHECK-NEXT: notified 0
  notifyListNotifyAll(&l);
  chanrecv1(done, nullptr);
  chanrecv1(done, nullptr);
  // CHECK-NEXT: notified {{[12]}}
  // CHECK-NEXT: notified {{[12]}}
  uint32_t t = notifyListAdd(&l);
  notifyListNotifyOne(&l);
  notifyListWait(&l, t); // already notified: returns at once
  say("not lost");
  // CHECK-NEXT: not lost
  notifyListNotifyAll(&l); // nobody waits
  say("wait", l.wait, l.notify);
  // CHECK-NEXT: wait 4 4

  say("spin on one P:", sync_runtime_canSpin(0));
  // CHECK-NEXT: spin on one P: 0

  mutex();
  // CHECK-NEXT: counter 160000
  // CHECK-NEXT: sema 1
  // CHECK-NOT: {{.}}
}
