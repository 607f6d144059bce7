package sync

import "sync/atomic"

// A Once runs one function, once.
type Once struct {
	done uint32 // set once f has returned
	m    Mutex
}

// Do calls f if and only if Do is being called for the first time on o;
// every call returns only after that f has returned.
func (o *Once) Do(f func()) {
	if atomic.LoadUint32(&o.done) == 0 {
		o.doSlow(f)
	}
}

func (o *Once) doSlow(f func()) {
	o.m.Lock()
	if o.done == 0 {
		f()
		atomic.StoreUint32(&o.done, 1)
	}
	o.m.Unlock()
}
