package time

import "errors"

// Sleep pauses the calling goroutine for at least d (not at all if d <= 0).
// Defined by the runtime (time.cpp), which parks the goroutine on a timer.
func Sleep(d Duration)

// runtimeTimer is the runtime's timer (runtime2.h, timer), field for
// field: the runtime calls f(arg, seq) on one of its threads when the
// monotonic clock reaches when, then every period ns if period > 0. pp and
// i are the runtime's: which P's heap holds the timer, and where.
type runtimeTimer struct {
	pp     uintptr
	when   int64
	period int64
	f      func(interface{}, uintptr) // a top-level function: no closure
	arg    interface{}
	seq    uintptr
	i      int
}

// The runtime's timer operations (time.cpp).
func startTimer(t *runtimeTimer)
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, when int64) bool
func modTimer(t *runtimeTimer, when, period int64, f func(interface{}, uintptr), arg interface{}, seq uintptr)

// when returns the monotonic time d from now, saturated.
func when(d Duration) int64 {
	if d <= 0 {
		return runtimeNano()
	}
	t := runtimeNano() + int64(d)
	if t < 0 {
		t = 1<<63 - 1 // overflowed: never
	}
	return t
}

// sendTime is the function of the timers of NewTimer and NewTicker: it
// sends the current time on the channel c, unless its buffer is full (a
// ticker drops ticks for a slow reader). It runs on the runtime's thread,
// so it must not block.
func sendTime(c interface{}, seq uintptr) {
	select {
	case c.(chan Time) <- Now():
	default:
	}
}

// goFunc is the function of AfterFunc's timers: it starts arg, a func(),
// in its own goroutine.
func goFunc(arg interface{}, seq uintptr) {
	go arg.(func())()
}

// A Timer sends the time on C once, when it expires; or, made by
// AfterFunc, calls a function in its own goroutine instead.
type Timer struct {
	C <-chan Time
	r runtimeTimer
}

// NewTimer returns a Timer that sends the time on its channel after at
// least d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	t := &Timer{C: c}
	t.r = runtimeTimer{when: when(d), f: sendTime, arg: c}
	startTimer(&t.r)
	return t
}

// Stop prevents the timer from firing, and reports whether it did (false
// if it had expired or was stopped already). It does not drain C.
func (t *Timer) Stop() bool {
	if t.r.f == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	return stopTimer(&t.r)
}

// Reset makes the timer expire after d, and reports whether it was still
// pending. For a Timer with a channel, Reset should follow a Stop and a
// drain of C (unless it is known to have fired and been read).
func (t *Timer) Reset(d Duration) bool {
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	return resetTimer(&t.r, when(d))
}

// After returns a channel that receives the time after at least d:
// NewTimer(d).C.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc calls f in its own goroutine after at least d, and returns a
// Timer whose Stop cancels the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := new(Timer)
	t.r = runtimeTimer{when: when(d), f: goFunc, arg: f}
	startTimer(&t.r)
	return t
}

// A Ticker sends the time on C every period. A slow reader misses ticks
// rather than queueing them.
type Ticker struct {
	C <-chan Time
	r runtimeTimer
}

// NewTicker returns a Ticker with period d, which must be positive.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic(errors.New("non-positive interval for NewTicker"))
	}
	c := make(chan Time, 1)
	t := &Ticker{C: c}
	t.r = runtimeTimer{when: when(d), period: int64(d), f: sendTime, arg: c}
	startTimer(&t.r)
	return t
}

// Stop turns the ticker off (without closing C).
func (t *Ticker) Stop() {
	stopTimer(&t.r)
}

// Reset stops the ticker and restarts it with period d.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r.f == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	modTimer(&t.r, when(d), int64(d), t.r.f, t.r.arg, t.r.seq)
}

// Tick returns NewTicker(d).C, or nil if d <= 0. The ticker cannot be
// stopped.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}
