package sync

import "sync/atomic"

// A Once runs one function, once.
type Once struct {
	done uint32 // set once f has returned
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o;
// every call returns only after that f has returned. If f panics, Do
// considers it returned: later calls do not call f again.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

// doSlow runs f under o.m; the deferred calls unlock o.m and mark o done
// even when f panics, so that the panic leaves o usable.
func (o *Once) doSlow(f func()) {
	o.m.Lock()
	defer o.m.Unlock()
	if o.done == 0 {
		defer atomic.StoreUint32(&o.done, 1)
		f()
	}
}
