// sieve: the concurrent prime sieve. Each prime found starts a goroutine
// that filters its multiples out of the stream flowing past it.
package main

// generate sends 2, 3, 4, ... on ch.
func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

// filter copies values from in to out, dropping multiples of prime.
func filter(in <-chan int, out chan<- int, prime int) {
	for {
		i := <-in
		if i%prime != 0 {
			out <- i
		}
	}
}

func main() {
	ch := make(chan int)
	go generate(ch)
	for i := 0; i < 100; i++ {
		prime := <-ch
		println(prime)
		next := make(chan int)
		go filter(ch, next, prime)
		ch = next
	}
}
