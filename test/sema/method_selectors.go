// RUN: not %golc build -o %t %s 2>&1 | FileCheck %s --implicit-check-not=.go:
// Selecting methods: a pointer method needs an addressable operand (or a
// pointer), and is not in the method set of T for T.m.
package main

type S struct{ n int }

func (S) Get() int { return 0 }
func (*S) Set(int) {}

type Outer struct{ S }

func newS() S { return S{} }

func main() {
	var s S
	s.Set(1)   // &s taken automatically
	(&s).Set(2)
	_ = (*S).Get
	_ = S.Get
	o := Outer{}
	o.Set(3) // promoted, &o.S taken
	// CHECK: method_selectors.go:[[@LINE+1]]:6: cannot call pointer method Set on S
	S{}.Set(4)
	// CHECK: method_selectors.go:[[@LINE+1]]:9: cannot call pointer method Set on S
	newS().Set(5)
	// CHECK: method_selectors.go:[[@LINE+1]]:8: cannot call pointer method Set on S
	_ = S.Set
	// CHECK: method_selectors.go:[[@LINE+1]]:4: s.Put undefined (type S has no field or method Put)
	s.Put()
	// CHECK: method_selectors.go:[[@LINE+1]]:8: S.Put undefined (type S has no field or method Put)
	_ = S.Put
	// CHECK: method_selectors.go:[[@LINE+1]]:8: S.n undefined (type S has no method n)
	_ = S.n
	// CHECK: method_selectors.go:[[@LINE+1]]:4: s.get undefined (type S has no field or method get, but does have Get)
	s.get()
	// CHECK: method_selectors.go:[[@LINE+1]]:24: cannot use s.Get (value of type func() int) as type func() string in variable declaration
	var f func() string = s.Get
	_ = f
}
