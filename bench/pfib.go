// bench/pfib: parallel recursive fib(42). Above a cutoff, each call runs its
// two halves in new goroutines and adds what they send back on a channel;
// at fib(30) and below it recurses serially. That makes 753 goroutines, the
// 377 leaves each a serial fib(30) or fib(29), so with N idle cores it
// should run nearly N times as fast as with GOMAXPROCS=1: measures how well
// the scheduler spreads work over all Ps (run-queue stealing), plus
// goroutine creation and channels.
package main

const cutoff = 30

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func pfib(n int, result chan<- int) {
	if n <= cutoff {
		result <- fib(n)
		return
	}
	halves := make(chan int, 2)
	go pfib(n-1, halves)
	go pfib(n-2, halves)
	result <- <-halves + <-halves
}

func main() {
	result := make(chan int)
	go pfib(42, result)
	println("fib(42) =", <-result)
}
