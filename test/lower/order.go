// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// As in gc, a statement first runs its calls, len()s, string slices and
// && / || in source order; variables are read after, so `g + f()` sees
// what f stored in g. The right operand of && runs only when needed, with
// its own calls first. `var a, b = x, y` assigns a before evaluating y.
package main

var g = 1
var s = "hello"

func f() int { g = 10; return 1 }

func t() bool { return true }

// CHECK-LABEL: define void @main.main()
func main() {
	// CHECK: %[[F:.*]] = call i64 @main.f()
	// CHECK-NEXT: %[[G:.*]] = load i64, ptr @main.g
	// CHECK-NEXT: add i64 %[[G]], %[[F]]
	x := g + f()

	// len(s) is taken before f runs.
	// CHECK: %[[S:.*]] = load { ptr, i64 }, ptr @main.s
	// CHECK-NEXT: %[[LEN:.*]] = extractvalue { ptr, i64 } %[[S]], 1
	// CHECK-NEXT: %[[F2:.*]] = call i64 @main.f()
	// CHECK-NEXT: add i64 %[[LEN]], %[[F2]]
	y := len(s) + f()

	// CHECK: %[[G3:.*]] = load i64, ptr @main.g
	// CHECK-NEXT: %[[EQ:.*]] = icmp eq i64 %[[G3]], 1
	// CHECK-NEXT: br i1 %[[EQ]], label %[[RHS:land.rhs[0-9]*]], label %[[END:land.end[0-9]*]]
	// CHECK: [[RHS]]:
	// CHECK-NEXT: %[[T:.*]] = call i1 @main.t()
	// CHECK: [[END]]:
	// CHECK-NEXT: %[[AND:.*]] = phi i1 [ false, %{{.*}} ], [ %[[T]], %[[RHS]] ]
	// CHECK-NEXT: br i1 %[[AND]], label %[[RHS2:land.rhs[0-9]*]], label %[[END2:land.end[0-9]*]]
	// CHECK: [[RHS2]]:
	// CHECK-NEXT: call i64 @main.f()
	// CHECK: [[END2]]:
	// CHECK-NEXT: %[[AND2:.*]] = phi i1
	// CHECK-NEXT: br i1 %[[AND2]], label %[[END3:lor.end[0-9]*]], label %[[RHS3:lor.rhs[0-9]*]]
	// CHECK: [[RHS3]]:
	// CHECK-NEXT: load i64, ptr @main.g
	b := g == 1 && t() && f() > 0 || g > 5

	// CHECK: %[[G5:.*]] = load i64, ptr @main.g
	// CHECK-NEXT: store i64 %[[G5]], ptr %a
	// CHECK-NEXT: %[[F4:.*]] = call i64 @main.f()
	// CHECK-NEXT: store i64 %[[F4]], ptr %c
	var a, c = g, f()
	println(x, y, b, a, c)
}
