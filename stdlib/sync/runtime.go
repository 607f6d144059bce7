package sync

// The runtime's side of package sync, defined in runtime/sema.cpp and
// runtime/time.cpp under the names sync.runtime_Semacquire and so on, with
// Go's signatures.

// runtime_Semacquire waits until *s > 0, then decrements it.
func runtime_Semacquire(s *uint32)

// runtime_SemacquireMutex is runtime_Semacquire for a Mutex: lifo puts
// the waiter at the head of the queue (it has waited before).
func runtime_SemacquireMutex(s *uint32, lifo bool, skipframes int)

// runtime_Semrelease increments *s and wakes a waiter if there is one;
// handoff gives the count to that waiter directly and yields to it.
func runtime_Semrelease(s *uint32, handoff bool, skipframes int)

// runtime_canSpin reports whether spinning (for the i'th time) makes
// sense now: several CPUs, and other Ps running.
func runtime_canSpin(i int) bool

// runtime_doSpin spins briefly.
func runtime_doSpin()

// runtime_nanotime returns the monotonic clock, in nanoseconds.
func runtime_nanotime() int64

// The ticket lists of Cond (see notifyList).
func runtime_notifyListAdd(l *notifyList) uint32
func runtime_notifyListWait(l *notifyList, t uint32)
func runtime_notifyListNotifyAll(l *notifyList)
func runtime_notifyListNotifyOne(l *notifyList)

// throw reports a broken invariant of package sync: `fatal error: ...`.
func throw(string)

// fatal reports a misuse of package sync by the program, such as
// unlocking an unlocked mutex: `fatal error: ...`, which no recover can
// stop.
func fatal(string)
