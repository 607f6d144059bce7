//===- runtime/stack.cpp - goroutine stacks -------------------------------===//
//
// Goroutine stacks cannot grow yet (split stacks come later: see DESIGN.md),
// so a stack must be as big as the deepest recursion a program will do.
// Every stack is therefore a fixed reservation of StackReserve bytes of
// address space, mapped MAP_NORESERVE: only the pages a goroutine touches
// cost memory, so the thousands of goroutines that use a few KiB each stay
// cheap. Below each stack, stackGuardSize bytes are mapped PROT_NONE: running
// off the bottom faults there, and the SIGSEGV handler (signal_unix.cpp)
// reports `fatal error: stack overflow` as Go does when a stack would
// exceed its limit.
//
// stackalloc(n) takes n, the size Go would start the stack with (malg's
// StackMin = 2048 for a goroutine), as a lower bound; g.stack describes
// the whole usable reservation, so stackguard0 and the overflow check are
// exact. Stacks are not GC memory: malloc.cpp pushes the live part of each
// stack as a root.
//
// Reuse happens one level up: a dead g keeps its stack on a free list
// (proc.cpp gfput/gfget), which is the cheap path (the DESIGN measurements:
// a list pop ~2 ns, mmap + first touch ~3 us). stackfree returns the
// memory of g's the GC found idle on the global free list.
//
// Each stack costs two kernel mappings (guard + stack), and the kernel
// allows 65530 per process by default: about 32000 live goroutines, a limit
// split stacks will lift.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#include <sys/mman.h>

enum : uintptr_t {
  // Usable bytes of every stack: a million frames of 256 bytes (gc allows
  // up to 1 GB), yet an infinite recursion dies within a second or so.
  StackReserve = 256 << 20,
};

// 64 KiB rather than a page: a frame bigger than the guard could jump over
// it into unrelated memory.
const uintptr_t stackGuardSize = 64 << 10;

// Allocates a stack of at least n bytes (a power of 2): StackReserve usable
// bytes above a guard region.
stack stackalloc(uint32_t n) {
  if (n & (n - 1))
    throw_("stackalloc: bad n");
  uintptr_t size = n > StackReserve ? n : StackReserve;
  void *mem = mmap(nullptr, stackGuardSize + size, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
  if (mem == MAP_FAILED)
    throw_("out of memory allocating stack");
  if (mprotect(mem, stackGuardSize, PROT_NONE) != 0)
    throw_("stackalloc: cannot protect guard region");
  uintptr_t lo = (uintptr_t)mem + stackGuardSize;
  return stack{lo, lo + size};
}

// Returns a stack (and its guard region) to the OS.
void stackfree(stack stk) {
  if (munmap((void *)(stk.lo - stackGuardSize), stk.hi - stk.lo + stackGuardSize) != 0)
    throw_("stackfree: munmap failed");
}
