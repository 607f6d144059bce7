// RUN: %gorun --stdin %S/Inputs/stdlib_fmt_scan.txt %s | FileCheck %s
// Package fmt, scanning: Scan reading numbers and words from standard
// input (newlines are space), Scanln stopping at a line's end, Sscan,
// Sscanf with literal text, widths and %%, Sscanln, into variables of
// basic and named types, with gc's errors and counts.
package main

import (
	"fmt"
	"os"
)

type Celsius float64

func main() {
	var n int
	fmt.Scan(&n)
	sum := 0
	for i := 0; i < n; i++ {
		var x int
		fmt.Scan(&x)
		sum += x
	}
	fmt.Println("sum of", n, "numbers:", sum) // CHECK: sum of 5 numbers: 150
	var word string
	var f float64
	var ok bool
	c, err := fmt.Scan(&word, &f, &ok)
	fmt.Println(c, err, word, f, ok) // CHECK-NEXT: 3 <nil> hello 2.5 true
	var a, b string
	c, err = fmt.Scanln(&a, &b)
	fmt.Printf("%d %v %q %q\n", c, err, a, b) // CHECK-NEXT: 0 unexpected newline "" ""
	c, err = fmt.Scanln(&a, &b)
	fmt.Printf("%d %v %q %q\n", c, err, a, b) // CHECK-NEXT: 2 <nil> "first" "second"
	var last int
	c, err = fmt.Fscan(os.Stdin, &last)
	fmt.Println(c, err, last) // CHECK-NEXT: 0 expected integer 0
	c, err = fmt.Scan(&last)
	fmt.Println(c, err) // CHECK-NEXT: 0 expected integer

	var x, y int
	var name string
	c, err = fmt.Sscanf("point(3, -4) named origin", "point(%d, %d) named %s", &x, &y, &name)
	fmt.Println(c, err, x, y, name) // CHECK-NEXT: 3 <nil> 3 -4 origin
	var hex, oct int
	var pct float64
	c, err = fmt.Sscanf("ff 0755 12.5%", "%x %o %f%%", &hex, &oct, &pct)
	fmt.Println(c, err, hex, oct, pct) // CHECK-NEXT: 3 <nil> 255 493 12.5
	var d1, d2 int
	c, err = fmt.Sscanf("123456", "%3d%3d", &d1, &d2)
	fmt.Println(c, err, d1, d2) // CHECK-NEXT: 2 <nil> 123 456
	c, err = fmt.Sscanf("7 x", "%d %d", &d1, &d2)
	fmt.Println(c, err) // CHECK-NEXT: 1 expected integer
	c, err = fmt.Sscanf("1 2", "%d", &d1, &d2)
	fmt.Println(c, err) // CHECK-NEXT: 1 too many operands
	var t Celsius
	var q string
	c, err = fmt.Sscan("36.6 \"quoted word\"", &t, &q)
	fmt.Println(c, err, float64(t)) // CHECK-NEXT: 2 <nil> 36.6
	c, err = fmt.Sscanf("\"a b\"", "%q", &q)
	fmt.Println(c, err, q) // CHECK-NEXT: 1 <nil> a b
	c, err = fmt.Sscan("0x1F 0b11 1_000 -0o17", &x, &y, &d1, &d2)
	fmt.Println(c, err, x, y, d1, d2) // CHECK-NEXT: 4 <nil> 31 3 1000 -15
	var small int8
	c, err = fmt.Sscan("300", &small)
	fmt.Println(c, err, small) // CHECK-NEXT: 0 integer overflow on token 300 0
	c, err = fmt.Sscanln("1 2\n3", &x, &y, &d1)
	fmt.Println(c, err) // CHECK-NEXT: 2 unexpected newline
	c, err = fmt.Sscan("", &x)
	fmt.Println(c, err) // CHECK-NEXT: 0 EOF
}
