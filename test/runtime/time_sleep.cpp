// time.Sleep parks the goroutine on a timer: it sleeps at least the
// duration (and not much longer), a zero or negative duration returns at
// once, sleepers wake in the order of their deadlines, and 1000
// goroutines sleeping 10ms each all wake within a small fraction of a
// second, with a handful of threads between them: a sleeping goroutine
// costs no thread. Also time.now: the wall clock and the monotonic one.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O2 %runtime_cflags %s %runtime_link -o %t
// RUN: env GOMAXPROCS=1 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %t 2>&1 | FileCheck %s
#include "Inputs/chantest.h"

#include <fcntl.h>
#include <time.h>
#include <unistd.h>

TEST_TYPE(intType, int64_t, kindInt)

enum : int64_t { ms = 1000000 };

// The number of threads of this process, from /proc/self/status.
static int64_t threads() {
  char buf[4096];
  int fd = open("/proc/self/status", O_RDONLY);
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  buf[n > 0 ? n : 0] = 0;
  const char *t = strstr(buf, "Threads:");
  return t ? atoll(t + 8) : -1;
}

struct nowResult {
  int64_t sec;
  int32_t nsec;
  int64_t mono;
};

// Calls time.now, which returns its three results in rax, edx and rcx as
// golc's code expects them, and stores them at rdi.
extern "C" void callnow(nowResult *r) __asm__("main.callnow");
__asm__(".text\n"
        ".globl main.callnow\n"
        ".type main.callnow, @function\n"
        "main.callnow:\n"
        "  pushq %rbx\n"
        "  movq %rdi, %rbx\n"
        "  call time.now\n"
        "  movq %rax, 0(%rbx)\n"
        "  movl %edx, 8(%rbx)\n"
        "  movq %rcx, 16(%rbx)\n"
        "  popq %rbx\n"
        "  ret\n"
        ".size main.callnow, .-main.callnow\n");

void main_main() {
  int64_t t0 = nanotime();
  timeSleep(0);
  timeSleep(-5 * ms);
  say("zero and negative return at once:", nanotime() - t0 < ms);
  // CHECK: zero and negative return at once: 1

  t0 = nanotime();
  timeSleep(20 * ms);
  int64_t d = nanotime() - t0;
  say("slept at least 20ms:", d >= 20 * ms);
  say("and less than 250ms:", d < 250 * ms);
  // CHECK-NEXT: slept at least 20ms: 1
  // CHECK-NEXT: and less than 250ms: 1

  // Deadlines 110, 10, 60ms: woken 10, 60, 110 (50ms apart, so that a
  // loaded machine does not reorder the wake-ups).
  hchan *order = makechan(&intType, 3);
  static const int64_t deadlines[] = {110, 10, 60};
  for (int64_t k : deadlines)
    go([order, k] {
      timeSleep(k * ms);
      int64_t id = k;
      chansend1(order, &id);
    });
  for (int i = 0; i < 3; i++) {
    int64_t k;
    chanrecv1(order, &k);
    say("woke", k);
  }
  // CHECK-NEXT: woke 10
  // CHECK-NEXT: woke 60
  // CHECK-NEXT: woke 110

  // 1000 sleepers.
  enum { n = 1000 };
  hchan *done = makechan(&intType, n);
  static int64_t early;
  t0 = nanotime();
  for (int i = 0; i < n; i++)
    go([done] {
      int64_t start = nanotime();
      timeSleep(10 * ms);
      if (nanotime() - start < 10 * ms)
        __atomic_add_fetch(&early, 1, __ATOMIC_RELAXED);
      int64_t one = 1;
      chansend1(done, &one);
    });
  timeSleep(5 * ms); // they are all asleep now
  int64_t nthreads = threads();
  for (int i = 0; i < n; i++)
    chanrecv1(done, nullptr);
  d = nanotime() - t0;
  say("1000 sleepers done, early:", early);
  say("within 500ms:", d < 500 * ms);
  say("fewer than 20 threads:", nthreads > 0 && nthreads < 20);
  // CHECK-NEXT: 1000 sleepers done, early: 0
  // CHECK-NEXT: within 500ms: 1
  // CHECK-NEXT: fewer than 20 threads: 1

  // time.now: the wall clock agrees with libc's, the monotonic clock is
  // nanotime.
  int64_t m0 = nanotime();
  nowResult r;
  callnow(&r);
  int64_t m1 = nanotime();
  timespec ts;
  clock_gettime(CLOCK_REALTIME, &ts);
  say("wall clock:", ts.tv_sec - r.sec <= 1 && r.sec <= ts.tv_sec,
      r.nsec >= 0 && r.nsec < 1000000000);
  say("monotonic:", m0 <= r.mono && r.mono <= m1);
  // CHECK-NEXT: wall clock: 1 1
  // CHECK-NEXT: monotonic: 1
  // CHECK-NOT: {{.}}
}
