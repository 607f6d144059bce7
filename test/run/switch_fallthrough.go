// RUN: %gorun %s | FileCheck %s
// fallthrough transfers control to the next clause's body without testing
// its condition, including into a default clause written in the middle and
// out of it into the clause after; it chains across several clauses.
package main

func describe(n int) {
	print(n, ":")
	switch n {
	case 0:
		print(" zero")
		fallthrough
	case 1:
		print(" small")
		fallthrough
	default:
		print(" number")
		fallthrough
	case 100:
		print(" hundred-or-after")
	case 200:
		print(" two hundred")
	}
	println()
}

func main() {
	describe(0)   // CHECK: 0: zero small number hundred-or-after
	describe(1)   // CHECK-NEXT: 1: small number hundred-or-after
	describe(7)   // CHECK-NEXT: 7: number hundred-or-after
	describe(100) // CHECK-NEXT: 100: hundred-or-after
	describe(200) // CHECK-NEXT: 200: two hundred

	// fallthrough into a case whose condition is false still runs its body.
	x := 5
	switch {
	case x > 3:
		println("greater than 3") // CHECK-NEXT: greater than 3
		fallthrough
	case x > 100:
		println("body of x > 100") // CHECK-NEXT: body of x > 100
	case x > 4:
		println("not reached")
	}

	// A fallthrough in a loop body's switch, with a counter.
	total := 0
	for i := 0; i < 4; i++ {
		switch i {
		case 1:
			total += 10
			fallthrough
		case 2:
			total += 100
		case 3:
			total += 1000
		}
	}
	println("total", total) // CHECK-NEXT: total 1210
}
