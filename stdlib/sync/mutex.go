// Package sync provides the basic synchronization primitives, as Go's
// package sync: Mutex, RWMutex, WaitGroup, Once, Cond, Pool and Map.
// Goroutines wait on the runtime's semaphores (runtime/sema.cpp): a
// blocked goroutine is parked, never an OS thread.
//
// Mutex follows Go's design, with its normal and starvation modes; Pool
// and Map are simpler than Go's (one lock each; a Pool keeps its objects
// until they are taken again).
package sync

import "sync/atomic"

// A Locker can be locked and unlocked.
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is unlocked. A Mutex
// must not be copied after first use.
//
// state holds mutexLocked, mutexWoken (a waiter has been woken or is
// spinning: Unlock need not wake another), mutexStarving, and above them
// the number of waiters. sema is the semaphore waiters park on.
//
// In normal mode, waiters queue in FIFO order, but a woken waiter
// competes with goroutines arriving just then, which are running and
// usually win; so a waiter that has waited more than 1ms switches the
// mutex to starvation mode, in which Unlock hands the mutex directly to
// the first waiter and newcomers queue behind. The last waiter, or one
// that waited less than 1ms, switches back to normal mode.
type Mutex struct {
	state int32
	sema  uint32
}

const (
	mutexLocked = 1 << iota
	mutexWoken
	mutexStarving
	mutexWaiterShift = iota

	starvationThresholdNs = 1e6
)

// Lock locks m, waiting until it is unlocked if it is locked.
func (m *Mutex) Lock() {
	if atomic.CompareAndSwapInt32(&m.state, 0, mutexLocked) {
		return
	}
	m.lockSlow()
}

// TryLock locks m if it is unlocked and reports whether it did.
func (m *Mutex) TryLock() bool {
	old := m.state
	if old&(mutexLocked|mutexStarving) != 0 {
		return false
	}
	return atomic.CompareAndSwapInt32(&m.state, old, old|mutexLocked)
}

func (m *Mutex) lockSlow() {
	var waitStart int64 // when this goroutine started waiting, 0 before
	starving := false
	awoke := false
	iter := 0
	old := atomic.LoadInt32(&m.state)
	for {
		// Spin while the mutex is locked in normal mode, if worth it; and
		// set mutexWoken, so that Unlock does not wake another waiter.
		if old&(mutexLocked|mutexStarving) == mutexLocked && runtime_canSpin(iter) {
			if !awoke && old&mutexWoken == 0 && old>>mutexWaiterShift != 0 &&
				atomic.CompareAndSwapInt32(&m.state, old, old|mutexWoken) {
				awoke = true
			}
			runtime_doSpin()
			iter++
			old = atomic.LoadInt32(&m.state)
			continue
		}
		new := old
		if old&mutexStarving == 0 {
			new |= mutexLocked // a starving mutex goes to its waiters
		}
		if old&(mutexLocked|mutexStarving) != 0 {
			new += 1 << mutexWaiterShift
		}
		if starving && old&mutexLocked != 0 {
			new |= mutexStarving
		}
		if awoke {
			if new&mutexWoken == 0 {
				throw("sync: inconsistent mutex state")
			}
			new &^= mutexWoken
		}
		if !atomic.CompareAndSwapInt32(&m.state, old, new) {
			old = atomic.LoadInt32(&m.state)
			continue
		}
		if old&(mutexLocked|mutexStarving) == 0 {
			return // locked it
		}
		// Wait; at the front of the queue if this is not the first time.
		queueLifo := waitStart != 0
		if waitStart == 0 {
			waitStart = runtime_nanotime()
		}
		runtime_SemacquireMutex(&m.sema, queueLifo, 1)
		starving = starving || runtime_nanotime()-waitStart > starvationThresholdNs
		old = atomic.LoadInt32(&m.state)
		if old&mutexStarving != 0 {
			// Handed the mutex in starvation mode: it is ours, but state
			// still counts us as a waiter and not as the owner.
			if old&(mutexLocked|mutexWoken) != 0 || old>>mutexWaiterShift == 0 {
				throw("sync: inconsistent mutex state")
			}
			delta := int32(mutexLocked - 1<<mutexWaiterShift)
			if !starving || old>>mutexWaiterShift == 1 {
				delta -= mutexStarving // back to normal mode
			}
			atomic.AddInt32(&m.state, delta)
			return
		}
		awoke = true
		iter = 0
	}
}

// Unlock unlocks m. Unlocking an unlocked mutex is a fatal error. A
// mutex is not tied to a goroutine: another may unlock it.
func (m *Mutex) Unlock() {
	new := atomic.AddInt32(&m.state, -mutexLocked)
	if new != 0 {
		m.unlockSlow(new)
	}
}

func (m *Mutex) unlockSlow(new int32) {
	if (new+mutexLocked)&mutexLocked == 0 {
		fatal("sync: unlock of unlocked mutex")
	}
	if new&mutexStarving != 0 {
		// Hand the mutex to the first waiter and let it run now.
		runtime_Semrelease(&m.sema, true, 1)
		return
	}
	old := new
	for {
		// Nobody to wake, or someone is awake already or has the lock.
		if old>>mutexWaiterShift == 0 || old&(mutexLocked|mutexWoken|mutexStarving) != 0 {
			return
		}
		new = (old - 1<<mutexWaiterShift) | mutexWoken
		if atomic.CompareAndSwapInt32(&m.state, old, new) {
			runtime_Semrelease(&m.sema, false, 1)
			return
		}
		old = atomic.LoadInt32(&m.state)
	}
}
