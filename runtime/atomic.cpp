//===- runtime/atomic.cpp - package sync/atomic ---------------------------===//
//
// The functions of sync/atomic (stdlib/sync/atomic/doc.go), defined under
// their Go names (`sync/atomic.AddInt64`) with the compiler's __atomic
// builtins, sequentially consistent as Go's are: a LOCK XADD, CMPXCHG or
// XCHG each, and plain MOVs for loads (x86-TSO makes them acquire loads;
// stores are XCHG, which orders them against later loads).
//
// They are generated per type by ATOMIC_OPS: Go has the same five
// operations for int32, int64, uint32, uint64 and uintptr.
//
//===----------------------------------------------------------------------===//

#include "runtime.h"

#define ATOMIC_OPS(Name, T)                                                                        \
  T atomic_Swap##Name(T *addr, T v) __asm__("sync/atomic.Swap" #Name);                            \
  T atomic_Swap##Name(T *addr, T v) { return __atomic_exchange_n(addr, v, __ATOMIC_SEQ_CST); }     \
  bool atomic_CompareAndSwap##Name(T *addr, T old, T v) __asm__("sync/atomic.CompareAndSwap" #Name);\
  bool atomic_CompareAndSwap##Name(T *addr, T old, T v) {                                          \
    return __atomic_compare_exchange_n(addr, &old, v, false, __ATOMIC_SEQ_CST, __ATOMIC_SEQ_CST);  \
  }                                                                                                \
  T atomic_Add##Name(T *addr, T delta) __asm__("sync/atomic.Add" #Name);                          \
  T atomic_Add##Name(T *addr, T delta) { return __atomic_add_fetch(addr, delta, __ATOMIC_SEQ_CST); }\
  T atomic_Load##Name(T *addr) __asm__("sync/atomic.Load" #Name);                                 \
  T atomic_Load##Name(T *addr) { return __atomic_load_n(addr, __ATOMIC_SEQ_CST); }                 \
  void atomic_Store##Name(T *addr, T v) __asm__("sync/atomic.Store" #Name);                       \
  void atomic_Store##Name(T *addr, T v) { __atomic_store_n(addr, v, __ATOMIC_SEQ_CST); }

ATOMIC_OPS(Int32, int32_t)
ATOMIC_OPS(Int64, int64_t)
ATOMIC_OPS(Uint32, uint32_t)
ATOMIC_OPS(Uint64, uint64_t)
ATOMIC_OPS(Uintptr, uintptr_t)
