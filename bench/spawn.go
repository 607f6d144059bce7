// bench/spawn: goroutine creation and exit. Starts 1,000,000 goroutines,
// each of which sends one value on a channel buffered for all of them (so no
// goroutine ever blocks and each one's g and stack go back to the free list
// at once), then receives the 1,000,000 values. Measures newproc, the first
// schedule of a new g, goexit and g reuse, plus stealing by the idle Ps.
package main

func main() {
	const n = 1000000
	done := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			done <- i & 7
		}(i)
	}
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-done
	}
	println(n, "goroutines, sum", sum)
}
