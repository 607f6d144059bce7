// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// make, append and copy of slices, with gc's errors; slices compare only
// with nil.
package main

func main() {
	s := []int{1, 2}
	// CHECK: slice_builtins.go:[[@LINE+1]]:13: first argument to append must be a slice; have 1 (untyped int constant)
	_ = append(1, 2)
	// CHECK: slice_builtins.go:[[@LINE+1]]:16: cannot use "x" (untyped string constant) as int value in argument to append
	_ = append(s, "x")
	// CHECK: slice_builtins.go:[[@LINE+1]]:6: invalid operation: make([]int) expects 2 or 3 arguments; found 1
	_ = make([]int)
	// CHECK: slice_builtins.go:[[@LINE+1]]:18: invalid argument: length and capacity swapped
	_ = make([]int, 5, 2)
	// CHECK: slice_builtins.go:[[@LINE+1]]:11: invalid argument: cannot make int; type must be slice, map, or channel
	_ = make(int)
	// CHECK: slice_builtins.go:[[@LINE+1]]:11: invalid argument: copy expects slice arguments; found s (variable of type []int) and 1 (untyped int constant)
	_ = copy(s, 1)
	// CHECK: slice_builtins.go:[[@LINE+1]]:11: invalid argument: arguments to copy s (variable of type []int) and []string{} (value of type []string) have different element types int and string
	_ = copy(s, []string{})
	// CHECK: slice_builtins.go:[[@LINE+1]]:6: invalid operation: s == s (slice can only be compared to nil)
	_ = s == s
	// CHECK: slice_builtins.go:[[@LINE+1]]:18: invalid argument: index -1 (constant of type int) must not be negative
	_ = make([]int, -1)
}
