// RUN: %gorun %s | FileCheck %s
// Package fmt, basic values: each verb with flags, widths and precisions
// (also from arguments and with argument indexes), Print/Println spacing,
// the Sprint/Fprint/Errorf variants, and gc's texts for bad verbs, missing
// and extra arguments.
package main

import (
	"errors"
	"fmt"
	"os"
)

func main() {
	fmt.Println("hello", 42, -7, true, 'x', 3.5, "") // CHECK: hello 42 -7 true 120 3.5
	fmt.Print("a", "b", 1, 2, "c", 3.0, "\n") // CHECK-NEXT: ab1 2c3
	fmt.Printf("%d|%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o|%O|%b|%#b\n", 42, 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 8, 5, 5) // CHECK-NEXT: 42|   42|42   |00042|+42| 42|ff|FF|0xff|10|010|0o10|101|0b101
	fmt.Printf("%d %d %d %d %d %x\n", int8(-128), uint8(255), int64(-1<<63), uint64(1<<64-1), uintptr(10), -255) // CHECK-NEXT: -128 255 -9223372036854775808 18446744073709551615 10 -ff
	fmt.Printf("%.3d|%8.3d|%-8.3d|%08.3d|%.0d|%5.0d|\n", 7, 7, 7, 7, 0, 0) // CHECK-NEXT: 007|     007|007     |     007||     |
	fmt.Printf("%c|%c|%q|%q|%U|%#U|%U\n", 'A', 0x4E16, 'x', '\n', 0x1F600, 'é', -1) // CHECK-NEXT: A|世|'x'|'\n'|U+1F600|U+00E9 'é'|U+FFFFFFFFFFFFFFFF
	fmt.Printf("%s|%10s|%-10s|%.3s|%q|%+q|%#q|%x|% x|%X|% #x\n", "go", "go", "go", "golang", "hi\t\"there\"", "héllo", "back`tick", "hi", "hi", "hi", "hi") // CHECK-NEXT: go|        go|go        |gol|"hi\t\"there\""|"h\u00e9llo"|"back`tick"|6869|68 69|6869|0x68 0x69
	fmt.Printf("%t|%v|%5t|%-6t|\n", true, false, true, false) // CHECK-NEXT: true|false| true|false |
	fmt.Printf("%v|%.2f|%8.3f|%-8.2f|%08.2f|%+.1f|% .1f|%e|%E|%.2e|%g|%G|%.3g\n", 3.14159, 3.14159, 3.14159, 3.14159, -3.14159, 2.0, 2.0, 1234.5678, 1234.5678, 1234.5678, 0.000012345, 1e21, 1234.5678) // CHECK-NEXT: 3.14159|3.14|   3.142|3.14    |-0003.14|+2.0| 2.0|1.234568e+03|1.234568E+03|1.23e+03|1.2345e-05|1E+21|1.23e+03
	fmt.Printf("%v %v %v %v %v %v %v\n", 1e6, 1e20, 1e21, 1e-4, 1e-5, 100.0, float32(0.1)) // CHECK-NEXT: 1e+06 1e+20 1e+21 0.0001 1e-05 100 0.1
	fmt.Printf("%f %.0f %.0f %.0f %#.0f %#g %#.3x\n", 1.0/3, 0.5, 1.5, 2.5, 3.0, 1.0, 1.0) // CHECK-NEXT: 0.333333 0 2 2 3. 1.00000 0x1.000p+00
	fmt.Printf("%6.2f%%|%*d|%-*d|%.*f|%[2]d %[1]d|%[1]*[2]d\n", 99.5, 5, 42, 5, 42, 2, 3.14159, 5, 7) // CHECK-NEXT:  99.50%|   42|42   |3.14|5 %!d(float64=99.5)|%!(BADWIDTH)5
	fmt.Printf("%T %T %T %T %T %T %T\n", 1, "s", 2.5, true, 'r', nil, uint8(1)) // CHECK-NEXT: int string float64 bool int32 <nil> uint8

	fmt.Printf("%d %s\n", "str", 5) // CHECK-NEXT: %!d(string=str) %!s(int=5)
	fmt.Printf("%d\n") // CHECK-NEXT: %!d(MISSING)
	fmt.Printf("%d\n", 1, "extra", 2.5) // CHECK-NEXT: 1
	fmt.Printf("%z %!|%[5]d|%-\n", 1, 2) // CHECK-NEXT: %!(EXTRA string=extra, float64=2.5)%!z(int=1) %!!(int=2)|%!d(BADINDEX)|%!
	fmt.Printf("%.*d|%*d\n", "x", 1, 1e6, 2) // CHECK-NEXT: (MISSING)%!(BADPREC)1|%!(BADWIDTH)2
	fmt.Printf("%v %d %s\n", nil, nil, nil) // CHECK-NEXT: <nil> %!d(<nil>) %!s(<nil>)

	s := fmt.Sprint("x", 1, 2, "y", 3.5, true, false)
	fmt.Println(s, len(s)) // CHECK-NEXT: x1 2y3.5 true false 19
	s = fmt.Sprintln("a", 1, nil)
	fmt.Print(s) // CHECK-NEXT: a 1 <nil>
	s = fmt.Sprintf("%08.3f|%x", -3.14159, "\xff\x00")
	fmt.Println(s) // CHECK-NEXT: -003.142|ff00
	b := fmt.Appendf([]byte("pre:"), "%d-%d", 1, 2)
	fmt.Println(string(b)) // CHECK-NEXT: pre:1-2

	base := errors.New("disk full")
	err := fmt.Errorf("write %s: %w", "/tmp/x", base)
	fmt.Println(err, errors.Unwrap(err) == base, errors.Is(err, base)) // CHECK-NEXT: write /tmp/x: disk full true true
	err = fmt.Errorf("plain %d", 7)
	fmt.Println(err, errors.Unwrap(err) == nil) // CHECK-NEXT: plain 7 true
	fmt.Println(fmt.Errorf("%w", "not an error")) // CHECK-NEXT: %!w(string=not an error)

	n, werr := fmt.Fprintf(os.Stdout, "to stdout %d\n", 1) // CHECK-NEXT: to stdout 1
	fmt.Println(n, werr) // CHECK-NEXT: 12 <nil>
	fmt.Fprintln(os.Stderr, "to stderr", 2) // CHECK-NEXT: to stderr 2
}
