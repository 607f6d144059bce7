// RUN: %gorun %s | FileCheck %s
// The builtins print and println write to stderr: println separates operands
// with spaces and ends the line, print writes them back to back; integers
// print in decimal (bytes and runes too), bools as true/false, strings raw.
package main

func main() {
	println("ints", 0, -1, 42, int8(-128), uint8(255))                         // CHECK: ints 0 -1 42 -128 255
	println("wide", int64(-9223372036854775808), uint64(18446744073709551615)) // CHECK-NEXT: wide -9223372036854775808 18446744073709551615
	println("bools", true, false, 1 < 2)                                       // CHECK-NEXT: bools true false true
	var b byte = 'A'
	var r rune = '世'
	println("byte rune", b, r, 'x')            // CHECK-NEXT: byte rune 65 19990 120
	println("strings", "", "a b", "tab\there") // CHECK-NEXT: strings  a b tab	here
	print("no", "spaces", 1, 2, true, "\n")    // CHECK-NEXT: nospaces12true
	print()                                    // prints nothing
	println()                                  // CHECK-EMPTY:
	print("same ")
	print("line")
	println(" end") // CHECK-NEXT: same line end
	var u uintptr = 4096
	var u16 uint16 = 65535
	var i32 int32 = -2147483648
	println("more", u, u16, i32)                   // CHECK-NEXT: more 4096 65535 -2147483648
	println("expr", 3+4, "x"+"y", 10 > 3 && 2 > 3) // CHECK-NEXT: expr 7 xy false
	println("unicode", "日本語", "\u00e9")            // CHECK-NEXT: unicode 日本語 é
}
