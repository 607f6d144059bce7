// RUN: %gorun %s | FileCheck %s
// String comparison is bytewise and lexicographic with bytes as unsigned
// values: a proper prefix sorts first, "\xff" sorts after every ASCII
// string, upper case before lower case; == compares contents, not storage.
package main

func cmp(a, b string) int {
	if a < b {
		return -1
	}
	if a > b {
		return 1
	}
	return 0
}

func main() {
	println(cmp("abc", "abd"), cmp("abd", "abc"), cmp("abc", "abc")) // CHECK: -1 1 0
	println(cmp("ab", "abc"), cmp("", "a"), cmp("", ""))             // CHECK-NEXT: -1 -1 0
	println(cmp("Z", "a"), cmp("\xff", "z"), cmp("é", "z"))          // CHECK-NEXT: -1 1 1
	println(cmp("a\x00", "a"), cmp("b", "abcdef"))                   // CHECK-NEXT: 1 1

	x := "abc"
	y := "ab"
	y += "c"                                                          // equal contents built at run time
	println("eq", x == y, x != y, x <= y, x >= y, x < y, x > y)       // CHECK-NEXT: eq true false true true false false
	println("slices", x[1:] == "bc", x[:2] == y[:2], x[0:1] < x[1:2]) // CHECK-NEXT: slices true true true

	// Finding the smallest of several words.
	words := "pear apple fig banana"
	min, start := "", 0
	for i := 0; i <= len(words); i++ {
		if i == len(words) || words[i] == ' ' {
			w := words[start:i]
			if min == "" || w < min {
				min = w
			}
			start = i + 1
		}
	}
	println("min", min) // CHECK-NEXT: min apple
}
