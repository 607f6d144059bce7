// RUN: %gorun %s | FileCheck %s
// Labeled break and continue: leaving or continuing an outer loop from an
// inner loop or from a switch inside a loop, breaking out of a labeled
// switch, and the same label name reused in different functions.
package main

// firstPair finds the first i < j with i*j == target.
func firstPair(target int) (int, int) {
	fi, fj := -1, -1
outer:
	for i := 1; i < 10; i++ {
		for j := i; j < 10; j++ {
			if i*j == target {
				fi, fj = i, j
				break outer
			}
		}
	}
	return fi, fj
}

// primes lists the primes below n, using continue on the outer loop.
func primes(n int) string {
	out := ""
outer:
	for i := 2; i < n; i++ {
		for d := 2; d*d <= i; d++ {
			if i%d == 0 {
				continue outer
			}
		}
		out += " " + string(rune('0'+i/10)) + string(rune('0'+i%10))
	}
	return out
}

func main() {
	println(firstPair(12))         // CHECK: 2 6
	println(firstPair(97))         // CHECK-NEXT: -1 -1
	println("primes" + primes(30)) // CHECK-NEXT: primes 02 03 05 07 11 13 17 19 23 29

	// break with a label from a switch leaves the loop, not just the switch.
	n := 0
loop:
	for {
		switch {
		case n >= 3:
			break loop
		default:
			n++
		}
	}
	println("loop", n) // CHECK-NEXT: loop 3

	// continue with a label from a switch continues the loop.
	skipped := 0
scan:
	for i := 0; i < 6; i++ {
		switch i % 3 {
		case 0:
			skipped++
			continue scan
		}
		print(i, " ")
	}
	println("skipped", skipped) // CHECK-NEXT: 1 2 4 5 skipped 2

	// A labeled switch: break leaves it from inside a nested loop.
	found := -1
search:
	switch {
	default:
		for i := 0; i < 100; i++ {
			if i*i > 50 {
				found = i
				break search
			}
		}
		println("not printed")
	}
	println("found", found) // CHECK-NEXT: found 8

	// Three levels deep, continuing the middle loop.
	count := 0
	for a := 0; a < 3; a++ {
	middle:
		for b := 0; b < 3; b++ {
			for c := 0; c < 3; c++ {
				if c > b {
					continue middle
				}
				count++
			}
		}
	}
	println("count", count) // CHECK-NEXT: count 18
}
