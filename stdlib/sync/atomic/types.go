package atomic

// A Bool is an atomic boolean. The zero value is false.
type Bool struct {
	v uint32
}

// Load returns the value.
func (x *Bool) Load() bool { return LoadUint32(&x.v) != 0 }

// Store sets the value.
func (x *Bool) Store(val bool) { StoreUint32(&x.v, b32(val)) }

// Swap sets the value and returns the previous one.
func (x *Bool) Swap(new bool) (old bool) { return SwapUint32(&x.v, b32(new)) != 0 }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Bool) CompareAndSwap(old, new bool) (swapped bool) {
	return CompareAndSwapUint32(&x.v, b32(old), b32(new))
}

func b32(b bool) uint32 {
	if b {
		return 1
	}
	return 0
}

// An Int32 is an atomic int32. The zero value is zero.
type Int32 struct {
	v int32
}

// Load returns the value.
func (x *Int32) Load() int32 { return LoadInt32(&x.v) }

// Store sets the value.
func (x *Int32) Store(val int32) { StoreInt32(&x.v, val) }

// Swap sets the value and returns the previous one.
func (x *Int32) Swap(new int32) (old int32) { return SwapInt32(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Int32) CompareAndSwap(old, new int32) (swapped bool) {
	return CompareAndSwapInt32(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Int32) Add(delta int32) (new int32) { return AddInt32(&x.v, delta) }

// An Int64 is an atomic int64. The zero value is zero.
type Int64 struct {
	v int64
}

// Load returns the value.
func (x *Int64) Load() int64 { return LoadInt64(&x.v) }

// Store sets the value.
func (x *Int64) Store(val int64) { StoreInt64(&x.v, val) }

// Swap sets the value and returns the previous one.
func (x *Int64) Swap(new int64) (old int64) { return SwapInt64(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Int64) CompareAndSwap(old, new int64) (swapped bool) {
	return CompareAndSwapInt64(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Int64) Add(delta int64) (new int64) { return AddInt64(&x.v, delta) }

// A Uint32 is an atomic uint32. The zero value is zero.
type Uint32 struct {
	v uint32
}

// Load returns the value.
func (x *Uint32) Load() uint32 { return LoadUint32(&x.v) }

// Store sets the value.
func (x *Uint32) Store(val uint32) { StoreUint32(&x.v, val) }

// Swap sets the value and returns the previous one.
func (x *Uint32) Swap(new uint32) (old uint32) { return SwapUint32(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Uint32) CompareAndSwap(old, new uint32) (swapped bool) {
	return CompareAndSwapUint32(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uint32) Add(delta uint32) (new uint32) { return AddUint32(&x.v, delta) }

// A Uint64 is an atomic uint64. The zero value is zero.
type Uint64 struct {
	v uint64
}

// Load returns the value.
func (x *Uint64) Load() uint64 { return LoadUint64(&x.v) }

// Store sets the value.
func (x *Uint64) Store(val uint64) { StoreUint64(&x.v, val) }

// Swap sets the value and returns the previous one.
func (x *Uint64) Swap(new uint64) (old uint64) { return SwapUint64(&x.v, new) }

// CompareAndSwap sets the value to new if it is old, and reports whether
// it did.
func (x *Uint64) CompareAndSwap(old, new uint64) (swapped bool) {
	return CompareAndSwapUint64(&x.v, old, new)
}

// Add adds delta and returns the new value.
func (x *Uint64) Add(delta uint64) (new uint64) { return AddUint64(&x.v, delta) }
