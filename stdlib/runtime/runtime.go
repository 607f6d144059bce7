// Package runtime gives programs access to golc's runtime, as Go's package
// runtime: the scheduler (Gosched, NumGoroutine, GOMAXPROCS), the machine
// (NumCPU, GOOS, GOARCH) and the collector (GC, KeepAlive).
//
// The functions without a body are the runtime's own (runtime/proc.cpp,
// malloc.cpp), which define them under these names: compiled code calls
// runtime.Gosched as it calls any Go function.
//
// Missing from Go's API: Caller/Callers/Stack, Goexit, LockOSThread,
// MemStats, SetFinalizer and the rest of the debugging interface.
package runtime

// GOOS and GOARCH are the operating system and architecture golc
// compiles for.
const (
	GOOS   = "linux"
	GOARCH = "amd64"
)

// Gosched yields the processor: the calling goroutine goes to the back
// of the global run queue, and resumes later.
func Gosched()

// NumGoroutine returns the number of goroutines that exist.
func NumGoroutine() int

// NumCPU returns the number of CPUs the process may run on.
func NumCPU() int

// GOMAXPROCS sets the number of Ps, the goroutines that can run at once,
// to n, and returns the previous setting; n < 1 changes nothing.
func GOMAXPROCS(n int) int

// GC runs a full garbage collection now.
func GC()

// KeepAlive keeps x reachable up to the call: golc's collector is
// conservative, so this needs no work.
func KeepAlive(x interface{}) {}
