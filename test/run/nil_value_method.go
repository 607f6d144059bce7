// RUN: %gorun %s | FileCheck %s
// A value method called through a nil pointer dereferences it, and so
// panics, even when the method never reads its receiver: directly, and
// through an interface holding the nil pointer (the itab's wrapper).
package main

type V struct{}

func (V) M() string { return "called" }

type I interface{ M() string }

func direct() (msg string) {
	defer func() { msg = recover().(error).Error() }()
	var p *V
	return p.M()
}

func viaIface() (msg string) {
	defer func() { msg = recover().(error).Error() }()
	var p *V
	var i I = p
	return i.M()
}

func main() {
	println(direct())
	// CHECK: runtime error: invalid memory address or nil pointer dereference
	println(viaIface())
	// CHECK-NEXT: runtime error: invalid memory address or nil pointer dereference
	v := &V{}
	println(v.M()) // CHECK-NEXT: called
}
