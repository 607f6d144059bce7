// bench/ring: the benchmarks-game thread-ring with 1000 goroutines. Each
// goroutine waits on its own unbuffered channel and passes the token, less
// one, to the next; 5,000,007 hops in all. Only one goroutine can run at a
// time, so this measures the cost of a blocking hand-off and a wake-up
// across many goroutines (run-queue and cache behaviour), with nothing to
// gain from a second core.
package main

const size = 1000

func member(id int, in <-chan int, out chan<- int, winner chan<- int) {
	for {
		token := <-in
		if token == 0 {
			winner <- id
			return
		}
		out <- token - 1
	}
}

func main() {
	const hops = 5000007
	winner := make(chan int)
	first := make(chan int)
	in := first
	for id := 1; id <= size; id++ {
		out := first
		if id < size {
			out = make(chan int)
		}
		go member(id, in, out, winner)
		in = out
	}
	first <- hops
	println("token stopped at goroutine", <-winner)
}
