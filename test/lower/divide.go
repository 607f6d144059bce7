// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s --check-prefix=DECL
// Integer division by a variable checks for zero (runtime.panicdivide on an
// unlikely branch); signed division divides by 1 instead of -1 and negates,
// since MinInt / -1 must wrap where x86's idiv traps. Unsigned division and
// constant divisors need neither.
package main

// CHECK-LABEL: define i64 @main.div(i64 %a, i64 %b)
// CHECK: %[[A:.*]] = load i64, ptr %a.addr
// CHECK: %[[B:.*]] = load i64, ptr %b.addr
// CHECK: %[[Z:.*]] = icmp eq i64 %[[B]], 0
// CHECK: br i1 %[[Z]], label %[[PANIC:.*]], label %[[OK:.*]], !prof ![[UNLIKELY:[0-9]+]]
// CHECK: [[PANIC]]:
// CHECK-NEXT: call void @runtime.panicdivide()
// CHECK-NEXT: unreachable
// CHECK: [[OK]]:
// CHECK-NEXT: %[[M1:.*]] = icmp eq i64 %[[B]], -1
// CHECK-NEXT: %[[SAFE:.*]] = select i1 %[[M1]], i64 1, i64 %[[B]]
// CHECK-NEXT: %[[NEG:.*]] = sub i64 0, %[[A]]
// CHECK-NEXT: %[[Q:.*]] = sdiv i64 %[[A]], %[[SAFE]]
// CHECK-NEXT: %[[R:.*]] = select i1 %[[M1]], i64 %[[NEG]], i64 %[[Q]]
// CHECK-NEXT: ret i64 %[[R]]
func div(a, b int) int {
	return a / b
}

// The remainder by 1 is already 0: no negation.
// CHECK-LABEL: define i8 @main.rem8(i8 %a, i8 %b)
// CHECK: icmp eq i8 %[[B:.*]], 0
// CHECK: call void @runtime.panicdivide()
// CHECK: %[[M1:.*]] = icmp eq i8 %[[B]], -1
// CHECK-NEXT: %[[SAFE:.*]] = select i1 %[[M1]], i8 1, i8 %[[B]]
// CHECK-NEXT: %[[R:.*]] = srem i8 %{{.*}}, %[[SAFE]]
// CHECK-NEXT: ret i8 %[[R]]
func rem8(a, b int8) int8 {
	return a % b
}

// CHECK-LABEL: define i32 @main.udiv(i32 %a, i32 %b)
// CHECK: call void @runtime.panicdivide()
// CHECK: udiv i32
// CHECK-NOT: select
// CHECK: ret i32
func udiv(a, b uint32) uint32 {
	return a / b
}

// CHECK-LABEL: define i64 @main.byconst(i64 %a)
// CHECK-NOT: panicdivide
// CHECK: sdiv i64 %{{.*}}, 7
// CHECK: srem i64 %{{.*}}, -3
// CHECK: sub i64 0, %{{.*}}
// CHECK-NOT: panicdivide
// CHECK: ret i64
func byconst(a int) int {
	return a/7 + a%-3 + a/-1
}

// CHECK-LABEL: define void @main.main()
func main() {
	x := 10
	// x /= y takes the same path.
	// CHECK: call void @runtime.panicdivide()
	// CHECK: sdiv i64
	x /= div(x, 3)
	println(x, rem8(-128, -1), udiv(7, 2), byconst(100))
}

// DECL: declare void @runtime.panicdivide() #[[NORET:[0-9]+]]
// DECL: attributes #[[NORET]] = { cold noreturn }
// CHECK: ![[UNLIKELY]] = !{!"branch_weights", i32 1, i32 {{[0-9]+}}}
