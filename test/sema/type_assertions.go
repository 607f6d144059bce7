// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Type assertions: of interface values only, to a type that could be in
// the interface; x.(type) only as a type switch guard; a pointer to an
// interface has no methods.
package main

type I interface{ M() int }
type T struct{}
type P struct{}

func (*P) M() int { return 1 }

func main() {
	var i I
	x := 3
	// CHECK: type_assertions.go:[[@LINE+1]]:6: invalid operation: x (variable of type int) is not an interface
	_ = x.(int)
	// CHECK: type_assertions.go:[[@LINE+2]]:6: impossible type assertion: i.(T)
	// CHECK-NEXT: {{^}}	T does not implement I (missing M method)
	_ = i.(T)
	// CHECK: type_assertions.go:[[@LINE+2]]:6: impossible type assertion: i.(P)
	// CHECK-NEXT: {{^}}	P does not implement I (M method has pointer receiver)
	_ = i.(P)
	_ = i.(*P)
	_ = i.(interface{ N() })
	// CHECK: type_assertions.go:[[@LINE+1]]:6: invalid AST: use of .(type) outside type switch
	_ = i.(type)
	p := &i
	// CHECK: type_assertions.go:[[@LINE+1]]:4: p.M undefined (type *I is pointer to interface, not interface)
	p.M()
	// CHECK: type_assertions.go:[[@LINE+1]]:9: undefined: Undefined
	_ = i.(Undefined)
	v, ok := i.(*P)
	_, _ = v, ok
}
