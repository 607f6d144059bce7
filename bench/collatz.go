// bench/collatz: a loop-heavy integer kernel: the longest Collatz chain
// starting below 3,000,000 (divisions, shifts, data-dependent branches).
package main

func chain(n int) int {
	steps := 1
	for n != 1 {
		if n%2 == 0 {
			n /= 2
		} else {
			n = 3*n + 1
		}
		steps++
	}
	return steps
}

func main() {
	best, bestLen := 0, 0
	for i := 1; i < 3000000; i++ {
		if l := chain(i); l > bestLen {
			best, bestLen = i, l
		}
	}
	println(best, bestLen)
}
