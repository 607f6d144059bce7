// The runtime functions of packages os, math, strings and sync/atomic
// (runtime/stdlib.cpp, runtime/atomic.cpp): the command line and the
// environment, write/read/open/close with -errno results (a read that
// blocks on a pipe lets the other goroutines run), the float bit
// conversions, Sqrt and Mod, Builder's shared string, and the atomics
// raced by goroutines on several Ps. Then os.Exit's status.
// RUN: %clang -std=c++17 -fno-exceptions -fno-rtti -O1 %runtime_cflags %s %runtime_link -lm -o %t
// RUN: env GOLC_TEST_ENV=value GOMAXPROCS=4 %expect-exit 7 %t first second > %t.out 2> %t.err
// RUN: FileCheck %s --match-full-lines < %t.out
#include "Inputs/datatest.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <unistd.h>

// The Go declarations are in stdlib/os/sys.go, stdlib/math/math.go and
// stdlib/sync/atomic/doc.go.
intgo os_argc() __asm__("os.runtime_argc");
String os_argv(intgo i) __asm__("os.runtime_argv");
intgo os_envc() __asm__("os.runtime_envc");
String os_envv(intgo i) __asm__("os.runtime_envv");
NORETURN void os_exit(intgo code) __asm__("os.runtime_exit");
intgo os_write(intgo fd, const uint8_t *p, intgo n) __asm__("os.write");
intgo os_writeString(intgo fd, String s) __asm__("os.writeString");
intgo os_read(intgo fd, uint8_t *p, intgo n) __asm__("os.read");
intgo os_open(String path, intgo flags, intgo mode) __asm__("os.open");
intgo os_closeFd(intgo fd) __asm__("os.closeFd");
uint64_t Float64bits(double f) __asm__("math.Float64bits");
double Float64frombits(uint64_t b) __asm__("math.Float64frombits");
uint32_t Float32bits(float f) __asm__("math.Float32bits");
float Float32frombits(uint32_t b) __asm__("math.Float32frombits");
double Sqrt(double x) __asm__("math.Sqrt");
double Mod(double x, double y) __asm__("math.Mod");
String unsafeString(const uint8_t *p, intgo n) __asm__("strings.unsafeString");
int64_t AddInt64(int64_t *addr, int64_t delta) __asm__("sync/atomic.AddInt64");
uint32_t AddUint32(uint32_t *addr, uint32_t delta) __asm__("sync/atomic.AddUint32");
bool CompareAndSwapInt64(int64_t *addr, int64_t old, int64_t v) __asm__("sync/atomic.CompareAndSwapInt64");
int32_t SwapInt32(int32_t *addr, int32_t v) __asm__("sync/atomic.SwapInt32");
uint64_t LoadUint64(uint64_t *addr) __asm__("sync/atomic.LoadUint64");
void StoreUintptr(uintptr_t *addr, uintptr_t v) __asm__("sync/atomic.StoreUintptr");
uintptr_t LoadUintptr(uintptr_t *addr) __asm__("sync/atomic.LoadUintptr");

static void out(String s) { os_writeString(1, s); }

static void commandLine() {
  // CHECK: args 3 first second
  out(S("args "));
  char n = (char)('0' + os_argc());
  os_write(1, (const uint8_t *)&n, 1);
  for (intgo i = 1; i < os_argc(); i++) {
    out(S(" "));
    out(os_argv(i));
  }
  out(S("\n"));
  bool found = false;
  for (intgo i = 0; i < os_envc(); i++)
    found = found || eqstring(os_envv(i), S("GOLC_TEST_ENV=value"));
  // CHECK-NEXT: env found
  out(found ? S("env found\n") : S("env missing\n"));
}

static void files() {
  // A missing file, a NUL in a path, a bad descriptor: -errno.
  EXPECT(os_open(S("/nonexistent/golc"), O_RDONLY, 0) == -ENOENT);
  EXPECT(os_open(String{(const uint8_t *)"a\0b", 3}, O_RDONLY, 0) == -EINVAL);
  EXPECT(os_write(-1, (const uint8_t *)"x", 1) == -EBADF);
  EXPECT(os_closeFd(-1) == -EBADF);
  // The program's own file: its first bytes are an ELF header.
  intgo fd = os_open(S("/proc/self/exe"), O_RDONLY, 0);
  EXPECT(fd >= 0);
  uint8_t buf[4];
  EXPECT(os_read(fd, buf, 4) == 4 && buf[1] == 'E' && buf[2] == 'L' && buf[3] == 'F');
  EXPECT(os_closeFd(fd) == 0);

  // A read blocked on an empty pipe holds no P: a goroutine on the same P
  // runs and fills the pipe.
  int p[2];
  EXPECT(pipe(p) == 0);
  go([=] { os_write(p[1], (const uint8_t *)"hi", 2); });
  EXPECT(os_read(p[0], buf, 4) == 2 && buf[0] == 'h');
  // CHECK-NEXT: files ok
  out(S("files ok\n"));
}

static void mathFuncs() {
  EXPECT(Float64bits(1.5) == 0x3FF8000000000000);
  EXPECT(Float64frombits(0x4000000000000000) == 2.0);
  EXPECT(Float32bits(0.1f) == 1036831949 && Float32frombits(0x3F800000) == 1.0f);
  EXPECT(Sqrt(2) == 1.4142135623730951 && isnan(Sqrt(-1)) && Sqrt(-0.0) == 0 && signbit(Sqrt(-0.0)));
  EXPECT(Mod(7, 3) == 1 && Mod(-7, 3) == -1 && Mod(7, -3) == 1 && isnan(Mod(1, 0)) && Mod(5.5, INFINITY) == 5.5);
  static const uint8_t bytes[] = "shared";
  String s = unsafeString(bytes, 3);
  EXPECT(s.str == bytes && s.len == 3);
  // CHECK-NEXT: math ok
  out(S("math ok\n"));
}

static void atomics() {
  static int64_t counter;
  static uint32_t small;
  static int64_t max;
  waitgroup wg = {};
  wg.n = 8;
  for (int64_t i = 1; i <= 8; i++) {
    go([&wg, i] {
      for (int j = 0; j < 100000; j++) {
        AddInt64(&counter, 2);
        AddUint32(&small, 1);
      }
      for (;;) {
        int64_t old = __atomic_load_n(&max, __ATOMIC_SEQ_CST);
        if (i * 10 <= old || CompareAndSwapInt64(&max, old, i * 10))
          break;
      }
      wgdone(&wg);
    });
  }
  wgwait(&wg);
  EXPECT(counter == 1600000 && small == 800000 && max == 80);
  int32_t s = 5;
  EXPECT(SwapInt32(&s, 6) == 5 && s == 6);
  uint64_t u = 1ull << 63;
  EXPECT(LoadUint64(&u) == 1ull << 63);
  uintptr_t p = 0;
  StoreUintptr(&p, 99);
  EXPECT(LoadUintptr(&p) == 99);
  // CHECK-NEXT: atomics ok
  out(S("atomics ok\n"));
}

void main_main() {
  commandLine();
  files();
  mathFuncs();
  atomics();
  os_exit(7);
}
