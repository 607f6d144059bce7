// bench/sieve: the concurrent prime sieve of the Go documentation: a
// generator goroutine feeds 2, 3, 4, ... into a chain of filter goroutines,
// one per prime found so far, each passing on what its prime does not
// divide. Finds the first 3000 primes, so the chain grows to 3000 goroutines
// and about 4.5 million values cross unbuffered channels. Measures unbuffered
// channel hand-offs along a long pipeline.
package main

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		if i := <-in; i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	const n = 3000
	ch := make(chan int)
	go generate(ch)
	sum, prime := 0, 0
	for i := 0; i < n; i++ {
		prime = <-ch
		sum += prime
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
	println(n, "primes, last", prime, "sum", sum)
}
