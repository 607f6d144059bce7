// RUN: %gorun %s | FileCheck %s
// The concurrent prime sieve: a goroutine per prime filters the numbers
// flowing through a daisy chain of unbuffered channels.
package main

func generate(ch chan<- int) {
	for i := 2; ; i++ {
		ch <- i
	}
}

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
	for i := 0; i < 25; i++ {
		prime := <-ch
		println(prime)
		ch1 := make(chan int)
		go filter(ch, ch1, prime)
		ch = ch1
	}
	// CHECK: 2
	// CHECK-NEXT: 3
	// CHECK-NEXT: 5
	// CHECK: 89
	// CHECK-NEXT: 97
}
