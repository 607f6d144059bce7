package sync

// A Cond is a condition variable: a rendezvous for goroutines waiting for
// or announcing an event. L is held while the condition is checked or
// changed.
type Cond struct {
	L      Locker
	notify notifyList
}

// notifyList is the runtime's ticket list of waiters (runtime2.h): wait
// is the next ticket to give out, notify the next to wake; lock is a
// runtime mutex and head, tail the waiters (on their goroutines' stacks).
type notifyList struct {
	wait   uint32
	notify uint32
	lock   uintptr
	head   uintptr
	tail   uintptr
}

// NewCond returns a Cond with Locker l.
func NewCond(l Locker) *Cond {
	return &Cond{L: l}
}

// Wait unlocks c.L, waits for a Signal or Broadcast, and locks c.L again
// before it returns. Since the condition may have changed again by then,
// it is checked in a loop: for !condition() { c.Wait() }.
func (c *Cond) Wait() {
	t := runtime_notifyListAdd(&c.notify)
	c.L.Unlock()
	runtime_notifyListWait(&c.notify, t)
	c.L.Lock()
}

// Signal wakes one goroutine waiting on c, if there is one.
func (c *Cond) Signal() {
	runtime_notifyListNotifyOne(&c.notify)
}

// Broadcast wakes all goroutines waiting on c.
func (c *Cond) Broadcast() {
	runtime_notifyListNotifyAll(&c.notify)
}
