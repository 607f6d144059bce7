// RUN: %gorun %s | FileCheck %s
// Variable declarations: zero values of every basic type, var blocks, type
// taken from the initialiser (an untyped constant's default type), several
// names per declaration, block scoping and shadowing of package variables.
package main

var (
	gi   int
	gs   string
	gb   bool
	gf   float64
	gu8  uint8
	gptr uintptr
)

var level = "package"

var p, q = 1, "two"

func main() {
	println("zero", gi, "["+gs+"]", gb, gf, gu8, gptr) // CHECK: zero 0 [] false +0.000000e+000 0 0
	var (
		i8  int8
		u64 uint64
		r   rune
	)
	println("local zero", i8, u64, r) // CHECK-NEXT: local zero 0 0 0
	a := 1                            // int
	b := 2.0                          // float64
	c := 'c'                          // rune
	d := "d"                          // string
	e := 1 << 3                       // int
	f := 3 / 2.0                      // float64
	var g = 7 / 2
	println("defaults", a, b, c, d, e, f, g) // CHECK-NEXT: defaults 1 +2.000000e+000 99 d 8 +1.500000e+000 3
	// int is 64 bits wide.
	big := 1 << 62
	println("int width", big-1+big) // CHECK-NEXT: int width 9223372036854775807
	var x, y, z int = 1, 2, 3
	var m, n = "m", 4.5
	println("multi", x+y+z, m, n, p, q) // CHECK-NEXT: multi 6 m +4.500000e+000 1 two

	println("scope", level) // CHECK-NEXT: scope package
	level := "function"
	{
		level := "block"
		println("scope", level) // CHECK-NEXT: scope block
	}
	println("scope", level) // CHECK-NEXT: scope function
	setGlobal()
	println("global", gi, gs) // CHECK-NEXT: global 99 set
	var h uint16 = 'A'
	h += 0x100
	println("typed", h) // CHECK-NEXT: typed 321
}

func setGlobal() {
	gi = 99
	gs = "set"
}
