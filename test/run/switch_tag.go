// RUN: %gorun %s | FileCheck %s
// Expression switches: cases tried top to bottom, several values per case,
// default wherever it is written (even in the middle) taken only when nothing
// matches, an init statement, no implicit fallthrough, break leaving the
// switch, and the tag evaluated exactly once.
package main

func kind(c byte) string {
	switch c {
	case 'a', 'e', 'i', 'o', 'u':
		return "vowel"
	default:
		return "other"
	case ' ', '\t', '\n':
		return "space"
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return "digit"
	}
}

var evaluations = 0

func tag(v int) int {
	evaluations++
	return v
}

func main() {
	s := "a1 x"
	for i := 0; i < len(s); i++ {
		println(kind(s[i]))
	}
	// CHECK: vowel
	// CHECK-NEXT: digit
	// CHECK-NEXT: space
	// CHECK-NEXT: other

	switch tag(3) {
	case 1:
		println("one")
	case 2, 3:
		println("two or three") // CHECK-NEXT: two or three
	case 4:
		println("four")
	}
	println("evaluations", evaluations) // CHECK-NEXT: evaluations 1

	// Init statement; the case list may hold non-constant expressions.
	limit := 10
	switch n := limit * 2; n {
	case limit:
		println("limit")
	case limit + limit:
		println("double", n) // CHECK-NEXT: double 20
	}

	// No case matches and there is no default: nothing happens.
	switch "go" {
	case "c", "rust":
		println("unreachable")
	}

	// break leaves the switch, not the enclosing loop.
	count := 0
	for i := 0; i < 5; i++ {
		switch {
		case i == 2:
			break
		default:
			count++
		}
	}
	println("breaks", count) // CHECK-NEXT: breaks 4

	// Strings, floats and named types as tags.
	switch w := "beta"; w {
	case "alpha":
		println("a")
	case "be" + "ta":
		println("string tag", w) // CHECK-NEXT: string tag beta
	}
	f := 0.5
	switch f * 2 {
	case 1:
		println("float tag") // CHECK-NEXT: float tag
	default:
		println("float default")
	}
	type Color int
	const (
		Red Color = iota
		Green
		Blue
	)
	switch c := Blue; c {
	case Red, Green:
		println("warm")
	default:
		println("default in the middle, not taken")
	case Blue:
		println("blue", c) // CHECK-NEXT: blue 2
	}
	switch x := 7; x {
	case 1:
		println("no")
	default:
		println("default taken") // CHECK-NEXT: default taken
	case 2:
		println("no")
	}
}
