//===- runtime/os_linux.cpp - the process and its threads on Linux --------===//
//
// What the runtime needs from the OS, and the process's entry point.
//
// A golc program starts like a C program: glibc's _start initialises libc
// (which libgc and pthreads rely on) and calls main, defined here, which
// hands argc and argv to runtime.rt0_go and never comes back. From then on
// the runtime owns the thread: the process ends through runtime.exit
// (exit_group, without atexit handlers: nothing in a Go program registers
// any), as gc's runtime does.
//
// Output goes through write1 (write(2), retried until everything is out);
// signals are in signal_unix.cpp, futexes in lock_futex.cpp.
//
// Every M after m0 is a pthread, created through the collector
// (GC_pthread_create) so that Boehm knows it, stops it during collections
// and scans its stack. The thread runs on its g0 stack, which the runtime
// allocates (stack.cpp).
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#define GC_THREADS
#include <gc/gc.h>

#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

uintptr_t physPageSize __asm__("runtime.physPageSize");

// The command line, for os.Args.
int32_t argc __asm__("runtime.argc");
char **argv __asm__("runtime.argv");

// The C entry point, called by glibc's _start.
int main(int c, char **v) { rt0_go(c, v); }

// Saves the command line (rt0_go, before anything else runs).
void args(int32_t c, char **v) {
  argc = c;
  argv = v;
}

// The CPUs this process may run on: the default GOMAXPROCS.
static int32_t getproccount() {
  cpu_set_t set;
  if (sched_getaffinity(0, sizeof set, &set) != 0)
    return 1;
  int n = CPU_COUNT(&set);
  return n > 0 ? n : 1;
}

// Learns about the machine (rt0_go, before schedinit).
void osinit() {
  ncpu = getproccount();
  physPageSize = (uintptr_t)sysconf(_SC_PAGESIZE);
}

// Sets up the calling thread to run mp: its thread id, its signal stack
// and its handle in the GC. Runs on the new M's g0 (m0: from mstart1).
void minit() {
  m *mp = getg()->m;
  mp->procid = (int64_t)syscall(SYS_gettid);
  minitSignalStack(mp);
  gcminit(mp);
  raceminit(mp);
}

int64_t nanotime() {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

// The start routine of an M's thread: becomes mp->g0, with the stack from
// here down as g0's, and runs mstart.
NORACE static void *mstart_stub(void *arg) {
  m *mp = (m *)arg;
  g *g0 = mp->g0;
  g0->stack.hi = (uintptr_t)__builtin_frame_address(0);
  tlsg = g0;
  mstart();
}

void newosproc(m *mp) {
  pthread_attr_t attr;
  if (pthread_attr_init(&attr) != 0)
    throw_("newosproc: pthread_attr_init");
  g *g0 = mp->g0;
  if (pthread_attr_setstack(&attr, (void *)g0->stack.lo, g0->stack.hi - g0->stack.lo) != 0)
    throw_("newosproc: pthread_attr_setstack");
  pthread_t tid;
  int err = GC_pthread_create(&tid, &attr, mstart_stub, mp);
  pthread_attr_destroy(&attr);
  if (err != 0) {
    printlock();
    prints("runtime: failed to create new OS thread (have ");
    printint(sched.mnext);
    prints(" already; errno=");
    printint(err);
    prints(")\n");
    throw_("newosproc");
  }
  mp->thread = (uintptr_t)tid;
}

void usleep_(uint32_t usec) {
  struct timespec ts = {(time_t)(usec / 1000000), (long)(usec % 1000000) * 1000};
  nanosleep(&ts, nullptr);
}

void exit_(int32_t code) {
  syscall(SYS_exit_group, code);
  __builtin_unreachable();
}

void write1(int fd, const void *p, intgo n) {
  const char *b = (const char *)p;
  while (n > 0) {
    ssize_t w = write(fd, b, (size_t)n);
    if (w < 0) {
      if (errno == EINTR)
        continue;
      return;
    }
    b += w;
    n -= w;
  }
}
