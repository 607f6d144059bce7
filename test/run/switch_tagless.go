// RUN: %gorun %s | FileCheck %s
// Switches without a tag: the first case whose condition is true runs, later
// conditions are not evaluated; an init statement may come before the
// missing tag; an empty switch does nothing.
package main

func grade(score int) string {
	switch {
	case score >= 90:
		return "A"
	case score >= 80:
		return "B"
	case score >= 70:
		return "C"
	}
	return "F"
}

func cond(tag string, v bool) bool {
	println("cond", tag)
	return v
}

func main() {
	println(grade(95), grade(85), grade(80), grade(10)) // CHECK: A B B F

	switch {
	case cond("first", false):
		println("first")
	case cond("second", true):
		println("second taken")
	case cond("third", true):
		println("third")
	}
	// CHECK-NEXT: cond first
	// CHECK-NEXT: cond second
	// CHECK-NEXT: second taken

	switch x := 42; {
	case x < 0:
		println("negative")
	case x%2 == 0 && x > 40:
		println("even and large", x) // CHECK-NEXT: even and large 42
	default:
		println("other")
	}

	switch {
	}
	switch {
	default:
		println("only default") // CHECK-NEXT: only default
	}

	// FizzBuzz, with the combined case first.
	out := ""
	for i := 1; i <= 15; i++ {
		switch {
		case i%15 == 0:
			out += "FB"
		case i%3 == 0:
			out += "F"
		case i%5 == 0:
			out += "B"
		default:
			out += string(rune('a' + i - 1))
		}
	}
	println(out) // CHECK-NEXT: abFdBFghFBkFmnFB
}
