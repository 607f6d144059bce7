// bench/parked: the memory cost of a blocked goroutine. Starts 100,000
// goroutines that each report on a channel and then block receiving from
// one shared channel; when all have reported, main closes that channel and
// collects an answer from each. Peak RSS is reached while all 100,000 are
// parked, so (peak RSS - the RSS of an empty program) / 100,000 is the
// memory per parked goroutine (bench/run prints it). Time is secondary:
// creating 100k goroutines, then waking all of them at once.
package main

func main() {
	const n = 100000
	gate := make(chan bool)
	ready := make(chan bool, n)
	answers := make(chan int, n)
	for i := 0; i < n; i++ {
		go func(i int) {
			ready <- true
			<-gate
			answers <- i % 3
		}(i)
	}
	for i := 0; i < n; i++ {
		<-ready
	}
	close(gate)
	sum := 0
	for i := 0; i < n; i++ {
		sum += <-answers
	}
	println(n, "parked goroutines, sum", sum)
}
