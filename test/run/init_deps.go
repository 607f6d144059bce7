// RUN: %gorun %s | FileCheck %s
// Package-level variables of any type are initialised in dependency order,
// whatever their order in the source, then the init functions run in
// source order, then main.
package main

var total = sum(table) + offset

var table = []int{1, 2, offset}

var offset = compute()

var registry = map[string]func() int{
	"total": func() int { return total },
}

var origin = &Point{X: offset}

type Point struct{ X, Y int }

var order []string

func compute() int {
	order = append(order, "compute")
	return 10
}

func sum(xs []int) int {
	s := 0
	for _, x := range xs {
		s += x
	}
	return s
}

func init() {
	order = append(order, "init1")
	origin.Y = total
}

func init() {
	order = append(order, "init2")
}

func main() {
	println(total, len(table), offset, registry["total"]()) // CHECK: 23 3 10 23
	println(origin.X, origin.Y)                              // CHECK-NEXT: 10 23
	for _, s := range order {
		print(s, " ")
	}
	println() // CHECK-NEXT: compute init1 init2
}
