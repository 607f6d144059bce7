// RUN: %gorun %s | FileCheck %s
// The three for forms (infinite, condition only, init; cond; post), with
// break and continue; continue still runs the post statement; each clause of
// the three-clause form is optional; the loop variable is scoped to the loop.
package main

func main() {
	// for init; cond; post
	sum := 0
	for i := 1; i <= 100; i++ {
		sum += i
	}
	println("sum", sum) // CHECK: sum 5050

	// for cond
	n, steps := 27, 0
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	println("collatz", steps) // CHECK-NEXT: collatz 111

	// for { } with break
	k := 0
	for {
		k++
		if k*k > 200 {
			break
		}
	}
	println("infinite", k) // CHECK-NEXT: infinite 15

	// continue skips the rest of the body but runs the post statement.
	odd := ""
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		odd += string(rune('0' + i))
	}
	println("odd", odd) // CHECK-NEXT: odd 13579

	// Omitted clauses.
	j := 0
	for ; j < 3; {
		j++
	}
	for ; ; j++ {
		if j >= 6 {
			break
		}
	}
	println("clauses", j) // CHECK-NEXT: clauses 6

	// The loop variable is scoped to the loop; the outer one is untouched.
	i := 100
	for i := 0; i < 3; i++ {
		i := i * 10 // a fresh variable in the body
		print(i, " ")
	}
	println("|", i) // CHECK-NEXT: 0 10 20 | 100

	// Counting down with an unsigned index stops before wrapping.
	var u uint8
	count := 0
	for u = 5; u > 0; u-- {
		count++
	}
	println("down", count, u) // CHECK-NEXT: down 5 0

	// Two variables in the clauses via tuple assignment.
	mismatches := 0
	s := "stressed"
	for a, b := 0, len(s)-1; a < b; a, b = a+1, b-1 {
		if s[a] != s[b] {
			mismatches++
		}
	}
	println("pairs", mismatches) // CHECK-NEXT: pairs 4
}
