// RUN: %gorun %s | FileCheck %s
// `go func(){...}()`: the literal shares the variables it captures with
// the function that made it, so the goroutine sees their values when it
// reads them, not when the go statement ran; arguments of
// `go func(a int){...}(x)` are evaluated by the go statement, so passing
// a loop variable as an argument gives each goroutine its own value.
package main

func main() {
	gate := make(chan bool)
	done := make(chan bool)

	x := 1
	go func() {
		<-gate
		println("captured", x)
		x = 100
		done <- true
	}()
	x = 2
	gate <- true
	<-done     // CHECK: captured 2
	println(x) // CHECK-NEXT: 100

	go func(a int, s string) {
		<-gate
		println("args", a, s, x)
		done <- true
	}(x+1, "s")
	x = 3
	gate <- true
	<-done // CHECK-NEXT: args 101 s 3

	// Nested literals: the inner goroutine captures through the outer one.
	total := 0
	go func() {
		inner := 5
		step := make(chan bool)
		go func(k int) {
			<-step
			total = inner*10 + k
			done <- true
		}(inner + 1)
		inner = 7
		step <- true
	}()
	<-done
	println("nested", total) // CHECK-NEXT: nested 76

	results := make(chan int, 10)
	for i := 0; i < 3; i++ {
		go func(i int) { results <- i * i }(i)
	}
	sum := 0
	for k := 0; k < 3; k++ {
		sum += <-results
	}
	println("squares", sum) // CHECK-NEXT: squares 5

	// Each goroutine counts down its own copy of n.
	for n := 1; n <= 3; n++ {
		go func(n int) {
			for ; n > 0; n-- {
				results <- n
			}
		}(n)
	}
	sum = 0
	for k := 0; k < 6; k++ {
		sum += <-results
	}
	println("countdown", sum) // CHECK-NEXT: countdown 10
}
