// bench/fib: recursive fib(35), 20 times over (one fib(35) is too short to
// time well): calls, branches, integer adds.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	sum := 0
	for i := 0; i < 20; i++ {
		sum += fib(35)
	}
	println(sum)
}
