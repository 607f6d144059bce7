// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Type switches: on an interface, each case a type the value could have
// (or nil), listed once; the symbol is declared in every clause and unused
// only if no clause uses it.
package main

type I interface{ M() int }
type T struct{}

func main() {
	var i I
	var e interface{}
	x := 3
	// CHECK: type_switches.go:[[@LINE+1]]:9: x (variable of type int) is not an interface
	switch x.(type) {
	}
	switch v := i.(type) {
	// CHECK: type_switches.go:[[@LINE+2]]:7: impossible type switch case: T
	// CHECK-NEXT: {{^}}	i (variable of type I) cannot have dynamic type T (missing M method)
	case T:
	// CHECK: type_switches.go:[[@LINE+2]]:12: duplicate case nil in type switch
	// CHECK-NEXT: type_switches.go:[[@LINE+1]]:7: previous case
	case nil, nil:
		_ = v
	}
	switch e.(type) {
	// CHECK: type_switches.go:[[@LINE+2]]:12: duplicate case int in type switch
	// CHECK-NEXT: type_switches.go:[[@LINE+1]]:7: previous case
	case int, int:
	// CHECK: type_switches.go:[[@LINE+1]]:7: x (variable of type int) is not a type
	case x:
	}
	// CHECK: type_switches.go:[[@LINE+1]]:9: y declared but not used
	switch y := e.(type) {
	case int:
	default:
	// CHECK: type_switches.go:[[@LINE+1]]:2: multiple defaults (first at {{.*}}type_switches.go:[[@LINE-1]]:2)
	default:
	}
	// CHECK: type_switches.go:[[@LINE+1]]:9: no new variable on left side of :=
	switch _ := e.(type) {
	}
}
