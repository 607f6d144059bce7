// bench/pingpong: 1,000,000 round trips between two goroutines over two
// unbuffered channels. Every operation blocks until its partner arrives, so
// this measures the direct hand-off of an unbuffered send (gopark of one
// side, goready of the other) and the switch between them.
package main

func main() {
	const rounds = 1000000
	ping, pong := make(chan int), make(chan int)
	go func() {
		for v := range ping {
			pong <- v + 1
		}
		close(pong)
	}()
	sum := 0
	for i := 0; i < rounds; i++ {
		ping <- i
		sum += <-pong
	}
	close(ping)
	_, ok := <-pong
	println(rounds, "round trips, sum", sum, ok)
}
