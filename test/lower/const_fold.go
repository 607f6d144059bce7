// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Constant expressions were evaluated exactly by sema; lowering emits their
// values and never recomputes them, even at -O0: no arithmetic, no shifts,
// no string concatenation, no runtime calls.
package main

const (
	kb    = 1 << 10
	big   = 1 << 100
	ratio = big / (big >> 3) // 8, through a 101-bit intermediate
	name  = "go" + "lc"
	pi    = 3.14159
)

type weekday int

const (
	sunday weekday = iota
	monday
	tuesday
)

// CHECK-LABEL: define void @main.main()
// CHECK: store i64 3072, ptr %a
// CHECK: store i64 8, ptr %b
// CHECK: store { ptr, i64 } { ptr @{{.*}}, i64 4 }, ptr %s
// CHECK: store double 3.141590e+00, ptr %f
// CHECK: store i64 2, ptr %d
// CHECK: store i8 -6, ptr %u
// CHECK: store i64 4, ptr %n
// CHECK: store i8 1, ptr %t
// CHECK-NOT: shl
// CHECK-NOT: concatstring
// CHECK: ret void
func main() {
	a := kb * 3
	b := ratio
	s := name
	f := pi
	d := tuesday
	var u uint8 = 250
	n := len(name)
	t := kb > 1000 && name == "golc"
	println(a, b, s, f, d, u, n, t)
}
