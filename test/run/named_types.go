// RUN: %gorun %s | FileCheck %s
// Named types defined over basic types: they behave like their underlying
// type (arithmetic, wrapping, comparison, indexing, printing), need explicit
// conversions to mix with it, and accept untyped constants directly.
package main

type Celsius float64
type Fahrenheit float64
type Small int8
type Mask uint16
type Name string
type Flag bool
type Counter Small // a named type over another named type

func toF(c Celsius) Fahrenheit {
	return Fahrenheit(c*9/5 + 32)
}

func initial(n Name) byte {
	return n[0]
}

func main() {
	var boiling Celsius = 100
	println("temp", toF(boiling), toF(-40)) // CHECK: temp +2.120000e+002 -4.000000e+001
	var s Small = 120
	s += 10
	println("small", s, s/3, -s) // CHECK-NEXT: small -126 -42 126
	var m Mask = 0xF00F
	m = ^m &^ 0x00F0
	println("mask", m, m>>4, uint16(m)+1) // CHECK-NEXT: mask 3840 240 3841
	n := Name("gopher")
	greeting := "hello, " + string(n)
	println("name", n, initial(n), len(n), n[1:3], greeting)     // CHECK-NEXT: name gopher 103 6 op hello, gopher
	println("compare", n < "golang", n == Name("gopher"), n+"s") // CHECK-NEXT: compare false true gophers
	var f Flag = 3 > 2
	if f {
		println("flag", f, !f) // CHECK-NEXT: flag true false
	}
	var c Counter = Counter(s)
	c--
	println("counter", c, int(c)*2, Small(c) == s-1) // CHECK-NEXT: counter -127 -254 true
	type local int32                                 // a type declared inside a function
	var l local = 1 << 30
	l *= 4
	println("local", l) // CHECK-NEXT: local 0
}
