// RUN: %gorun %s | FileCheck %s
// Recursive and mutually recursive functions, including functions that call
// ones declared later in the file.
package main

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func ackermann(m, n uint) uint {
	if m == 0 {
		return n + 1
	}
	if n == 0 {
		return ackermann(m-1, 1)
	}
	return ackermann(m-1, ackermann(m, n-1))
}

func isEven(n int) bool {
	if n == 0 {
		return true
	}
	return isOdd(n - 1)
}

func isOdd(n int) bool {
	if n == 0 {
		return false
	}
	return isEven(n - 1)
}

func gcd(a, b int64) int64 {
	if b == 0 {
		return a
	}
	return gcd(b, a%b)
}

// hanoi returns how many moves n disks take, and prints the first few.
func hanoi(n int, from, to, via string, printed int) (moves int, shown int) {
	if n == 0 {
		return 0, printed
	}
	m1, printed := hanoi(n-1, from, via, to, printed)
	if printed < 3 {
		println("move", n, from, "->", to)
		printed++
	}
	m2, printed := hanoi(n-1, via, to, from, printed)
	return m1 + 1 + m2, printed
}

// reverse builds the reversed string by recursion on the tail.
func reverse(s string) string {
	if len(s) <= 1 {
		return s
	}
	return reverse(s[1:]) + s[:1]
}

func main() {
	println("fib", fib(0), fib(1), fib(10), fib(25))       // CHECK: fib 0 1 55 75025
	println("ackermann", ackermann(2, 3), ackermann(3, 3)) // CHECK-NEXT: ackermann 9 61
	println("parity", isEven(10), isOdd(7), isEven(7))     // CHECK-NEXT: parity true true false
	println("gcd", gcd(1071, 462), gcd(17, 5), gcd(0, 9))  // CHECK-NEXT: gcd 21 1 9
	moves, _ := hanoi(10, "A", "C", "B", 0)
	// CHECK-NEXT: move 1 A -> B
	// CHECK-NEXT: move 2 A -> C
	// CHECK-NEXT: move 1 B -> C
	println("hanoi", moves)                  // CHECK-NEXT: hanoi 1023
	println("reverse", reverse("recursion")) // CHECK-NEXT: reverse noisrucer
}
