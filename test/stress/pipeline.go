// RUN: %golc build -o %t %s
// RUN: env GOMAXPROCS=1 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=2 %timeout %t 2>&1 | FileCheck %s
// RUN: env GOMAXPROCS=8 %timeout %t 2>&1 | FileCheck %s
// Deep pipelines of goroutines, repeated:
//   - 10000 stages connected by unbuffered channels, each adding 1 to
//     what passes through; 200 values pushed through, then the close
//     ripples down the whole pipeline (each stage's range loop ends and it
//     closes its output); 2 pipelines, built and torn down in turn;
//   - the same with buffered channels (capacity 4), so stages run ahead;
//   - a prime sieve, one filter goroutine per prime, each filter started
//     by the go statement of the stage before it: the first 2000 primes.
package main

func stage(in <-chan int, out chan<- int) {
	for v := range in {
		out <- v + 1
	}
	close(out)
}

// pipeline returns the sum and count of what comes out of the last stage.
func pipeline(stages, values, size int) (int, int) {
	first := make(chan int, size)
	in := first
	for i := 0; i < stages; i++ {
		out := make(chan int, size)
		go stage(in, out)
		in = out
	}
	go func() {
		for v := 0; v < values; v++ {
			first <- v
		}
		close(first)
	}()
	sum, n := 0, 0
	for v := range in {
		sum += v
		n++
	}
	return sum, n
}

func generate(out chan<- int) {
	for i := 2; ; i++ {
		out <- i
	}
}

func filter(in <-chan int, out chan<- int, prime int) {
	for {
		if v := <-in; v%prime != 0 {
			out <- v
		}
	}
}

func sieve(n int) int {
	c := make(chan int)
	go generate(c)
	last := 0
	for i := 0; i < n; i++ {
		last = <-c
		next := make(chan int)
		go filter(c, next, last)
		c = next
	}
	return last
}

func main() {
	for round := 0; round < 2; round++ {
		sum, n := pipeline(10000, 200, 0)
		println("unbuffered", sum, n)
	}
	// CHECK-COUNT-2: unbuffered 2019900 200{{$}}
	for round := 0; round < 2; round++ {
		sum, n := pipeline(10000, 200, 4)
		println("buffered", sum, n)
	}
	// CHECK-COUNT-2: buffered 2019900 200{{$}}
	println("prime", sieve(2000)) // CHECK-NEXT: prime 17389
}
