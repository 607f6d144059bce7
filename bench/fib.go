// bench/fib: recursive fib(35) or fib(34), 20 calls (one fib(35) is too
// short to time well). Each argument depends on the previous result, so no
// compiler can hoist or merge the calls: calls, branches, integer adds.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func main() {
	sum, n := 0, 35
	for i := 0; i < 20; i++ {
		sum += fib(n)
		n = 35 - sum&1
	}
	println(sum)
}
