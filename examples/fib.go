// fib: recursion, multiple results and integer arithmetic.
package main

// fib returns the n-th Fibonacci number, recursively.
func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

// fibPair returns fib(n) and fib(n+1), iteratively, with parallel assignment.
func fibPair(n int) (a, b int) {
	a, b = 0, 1
	for i := 0; i < n; i++ {
		a, b = b, a+b
	}
	return
}

func main() {
	for i := 0; i <= 20; i++ {
		println("fib", i, "=", fib(i))
	}
	a, b := fibPair(90)
	println("fib 90 =", a, "fib 91 =", b)
	// int64 wraps around as in Go: fib(93) does not fit.
	x, _ := fibPair(93)
	println("fib 93 wraps to", x)
}
