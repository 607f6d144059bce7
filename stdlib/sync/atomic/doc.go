// Package atomic provides atomic memory operations on integers, as Go's
// sync/atomic: Add, Load, Store, Swap and CompareAndSwap for int32,
// int64, uint32, uint64 and uintptr, and the types Int32, Int64, Uint32,
// Uint64 and Bool with those operations as methods. Every operation is
// sequentially consistent, as in Go.
//
// The functions are defined by the runtime (runtime/atomic.cpp) with
// compiler builtins: each is one locked instruction.
//
// Missing from Go's API: the Pointer operations and types (they need
// unsafe.Pointer), and Value.
package atomic

// SwapInt32 stores new into *addr and returns the previous value.
func SwapInt32(addr *int32, new int32) (old int32)

// SwapInt64 stores new into *addr and returns the previous value.
func SwapInt64(addr *int64, new int64) (old int64)

// SwapUint32 stores new into *addr and returns the previous value.
func SwapUint32(addr *uint32, new uint32) (old uint32)

// SwapUint64 stores new into *addr and returns the previous value.
func SwapUint64(addr *uint64, new uint64) (old uint64)

// SwapUintptr stores new into *addr and returns the previous value.
func SwapUintptr(addr *uintptr, new uintptr) (old uintptr)

// CompareAndSwapInt32 stores new into *addr if it holds old, and reports
// whether it did.
func CompareAndSwapInt32(addr *int32, old, new int32) (swapped bool)

// CompareAndSwapInt64 stores new into *addr if it holds old, and reports
// whether it did.
func CompareAndSwapInt64(addr *int64, old, new int64) (swapped bool)

// CompareAndSwapUint32 stores new into *addr if it holds old, and reports
// whether it did.
func CompareAndSwapUint32(addr *uint32, old, new uint32) (swapped bool)

// CompareAndSwapUint64 stores new into *addr if it holds old, and reports
// whether it did.
func CompareAndSwapUint64(addr *uint64, old, new uint64) (swapped bool)

// CompareAndSwapUintptr stores new into *addr if it holds old, and
// reports whether it did.
func CompareAndSwapUintptr(addr *uintptr, old, new uintptr) (swapped bool)

// AddInt32 adds delta to *addr and returns the new value.
func AddInt32(addr *int32, delta int32) (new int32)

// AddUint32 adds delta to *addr and returns the new value (to subtract
// c, add ^uint32(c-1)).
func AddUint32(addr *uint32, delta uint32) (new uint32)

// AddInt64 adds delta to *addr and returns the new value.
func AddInt64(addr *int64, delta int64) (new int64)

// AddUint64 adds delta to *addr and returns the new value (to subtract
// c, add ^uint64(c-1)).
func AddUint64(addr *uint64, delta uint64) (new uint64)

// AddUintptr adds delta to *addr and returns the new value.
func AddUintptr(addr *uintptr, delta uintptr) (new uintptr)

// LoadInt32 returns *addr.
func LoadInt32(addr *int32) (val int32)

// LoadInt64 returns *addr.
func LoadInt64(addr *int64) (val int64)

// LoadUint32 returns *addr.
func LoadUint32(addr *uint32) (val uint32)

// LoadUint64 returns *addr.
func LoadUint64(addr *uint64) (val uint64)

// LoadUintptr returns *addr.
func LoadUintptr(addr *uintptr) (val uintptr)

// StoreInt32 stores val into *addr.
func StoreInt32(addr *int32, val int32)

// StoreInt64 stores val into *addr.
func StoreInt64(addr *int64, val int64)

// StoreUint32 stores val into *addr.
func StoreUint32(addr *uint32, val uint32)

// StoreUint64 stores val into *addr.
func StoreUint64(addr *uint64, val uint64)

// StoreUintptr stores val into *addr.
func StoreUintptr(addr *uintptr, val uintptr)
