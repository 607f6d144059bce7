//===- runtime/stdlib.cpp - system calls and bits for os, math, strings ---===//
//
// The body-less functions of the stdlib packages os, math and strings
// (stdlib/os/sys.go, stdlib/math/math.go, stdlib/strings/builder.go),
// defined under their packages' names as Go's runtime defines syscall and
// math internals: os.write is `func write(fd int, p *byte, n int) int`. (fmt, sort and errors have
// theirs in reflectlite.cpp; sync/atomic in atomic.cpp; time, sync and
// runtime in the scheduler's files.)
//
// The signatures use strings, pointers and integers: golc and C++ pass
// them in the same registers (docs/runtime-abi.md). System calls return
// -errno on failure, which package os turns into its errors.
//
// A system call that can block for long (a read of a terminal or pipe, a
// write to a full pipe, an open of a FIFO) runs between entersyscall and
// exitsyscall, so that the goroutine's P runs other goroutines meanwhile,
// as gc's syscall package does.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

extern "C" char **environ;

//===----------------------------------------------------------------------===//
// package os (stdlib/os/sys.go)
//===----------------------------------------------------------------------===//

extern int32_t argc __asm__("runtime.argc");
extern char **argv __asm__("runtime.argv");

intgo os_runtime_argc() __asm__("os.runtime_argc");
intgo os_runtime_argc() { return argc; }

// The strings point into the process's argument and environment blocks,
// which live as long as the process and are never written: no copy.
String os_runtime_argv(intgo i) __asm__("os.runtime_argv");
String os_runtime_argv(intgo i) {
  if (i < 0 || i >= argc)
    throw_("os.runtime_argv: index out of range");
  return gostringnocopy(argv[i]);
}

intgo os_runtime_envc() __asm__("os.runtime_envc");
intgo os_runtime_envc() {
  intgo n = 0;
  while (environ && environ[n])
    n++;
  return n;
}

String os_runtime_envv(intgo i) __asm__("os.runtime_envv");
String os_runtime_envv(intgo i) {
  if (i < 0 || i >= os_runtime_envc())
    throw_("os.runtime_envv: index out of range");
  return gostringnocopy(environ[i]);
}

NORETURN void os_runtime_exit(intgo code) __asm__("os.runtime_exit");
void os_runtime_exit(intgo code) { exit_((int32_t)code); }

// The result of a system call: n, or -errno.
static intgo sysret(ssize_t n) { return n < 0 ? -(intgo)errno : (intgo)n; }

intgo os_write(intgo fd, const uint8_t *p, intgo n) __asm__("os.write");
intgo os_write(intgo fd, const uint8_t *p, intgo n) {
  ssize_t r;
  entersyscall();
  do
    r = write((int)fd, p, (size_t)n);
  while (r < 0 && errno == EINTR);
  intgo ret = sysret(r);
  exitsyscall();
  return ret;
}

intgo os_writeString(intgo fd, String s) __asm__("os.writeString");
intgo os_writeString(intgo fd, String s) { return os_write(fd, s.str, s.len); }

intgo os_read(intgo fd, uint8_t *p, intgo n) __asm__("os.read");
intgo os_read(intgo fd, uint8_t *p, intgo n) {
  ssize_t r;
  entersyscall();
  do
    r = read((int)fd, p, (size_t)n);
  while (r < 0 && errno == EINTR);
  intgo ret = sysret(r);
  exitsyscall();
  return ret;
}

intgo os_open(String path, intgo flags, intgo mode) __asm__("os.open");
intgo os_open(String path, intgo flags, intgo mode) {
  // A NUL-terminated copy; a path with a NUL inside is invalid, as in Go.
  if (memchr(path.str, 0, (size_t)path.len))
    return -EINVAL;
  char *cpath = (char *)mallocgc((uintptr_t)path.len + 1, nullptr, true);
  memcpy(cpath, path.str, (size_t)path.len);
  int fd;
  entersyscall();
  do
    fd = open(cpath, (int)flags, (mode_t)mode);
  while (fd < 0 && errno == EINTR);
  intgo ret = sysret(fd);
  exitsyscall();
  return ret;
}

intgo os_closeFd(intgo fd) __asm__("os.closeFd");
intgo os_closeFd(intgo fd) { return sysret(close((int)fd)); }

//===----------------------------------------------------------------------===//
// package strings (stdlib/strings/builder.go)
//===----------------------------------------------------------------------===//

// Builder.String: the buffer as a string, shared (the Builder never writes
// over bytes it has handed out).
String strings_unsafeString(const uint8_t *p, intgo n) __asm__("strings.unsafeString");
String strings_unsafeString(const uint8_t *p, intgo n) { return String{p, n}; }

//===----------------------------------------------------------------------===//
// package math (stdlib/math/math.go)
//===----------------------------------------------------------------------===//

uint64_t math_Float64bits(double f) __asm__("math.Float64bits");
uint64_t math_Float64bits(double f) {
  uint64_t b;
  memcpy(&b, &f, sizeof b);
  return b;
}

double math_Float64frombits(uint64_t b) __asm__("math.Float64frombits");
double math_Float64frombits(uint64_t b) {
  double f;
  memcpy(&f, &b, sizeof f);
  return f;
}

uint32_t math_Float32bits(float f) __asm__("math.Float32bits");
uint32_t math_Float32bits(float f) {
  uint32_t b;
  memcpy(&b, &f, sizeof b);
  return b;
}

float math_Float32frombits(uint32_t b) __asm__("math.Float32frombits");
float math_Float32frombits(uint32_t b) {
  float f;
  memcpy(&f, &b, sizeof f);
  return f;
}

// SQRTSD, as gc compiles math.Sqrt: correctly rounded, NaN for x < 0.
// (Not C's sqrt, which would also set errno.)
double math_Sqrt(double x) __asm__("math.Sqrt");
double math_Sqrt(double x) {
  __asm__("sqrtsd %1, %0" : "=x"(x) : "x"(x));
  return x;
}

// C's fmod (libm, which golc links) is exact and has Go's special cases
// (NaN for an infinite x or a zero y, x for an infinite y, the sign of x).
double math_Mod(double x, double y) __asm__("math.Mod");
double math_Mod(double x, double y) { return fmod(x, y); }
