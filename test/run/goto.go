// RUN: %gorun %s | FileCheck %s
// goto: backward jumps forming a loop, forward jumps skipping statements,
// jumping out of nested blocks and loops, and labels that are only targets.
package main

// countdown loops with a backward goto.
func countdown(n int) {
top:
	if n > 0 {
		print(n, " ")
		n--
		goto top
	}
	println("liftoff")
}

// classify jumps forward over the statements it must not run.
func classify(n int) string {
	var s string
	if n < 0 {
		goto negative
	}
	if n == 0 {
		s = "zero"
		goto done
	}
	s = "positive"
	goto done
negative:
	s = "negative"
done:
	return s
}

// find leaves two nested loops with a forward goto.
func find(target int) int {
	steps := 0
	for i := 0; i < 10; i++ {
		for j := 0; j < 10; j++ {
			steps++
			if i*10+j == target {
				goto found
			}
		}
	}
	return -1
found:
	return steps
}

func main() {
	countdown(5)                                    // CHECK: 5 4 3 2 1 liftoff
	println(classify(-3), classify(0), classify(8)) // CHECK-NEXT: negative zero positive
	println("find", find(42), find(100))            // CHECK-NEXT: find 43 -1

	// A loop written with goto, with a conditional exit.
	i, sum := 0, 0
again:
	i++
	if i%2 == 0 {
		goto again
	}
	sum += i
	if i < 9 {
		goto again
	}
	println("odd sum", sum) // CHECK-NEXT: odd sum 25

	// Jumping forward out of a block.
	{
		if sum > 0 {
			goto out
		}
		println("skipped")
	}
out:
	println("out") // CHECK-NEXT: out
}
