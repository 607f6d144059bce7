// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A go statement evaluates its operands as gc does: the callee, then each
// argument in turn as if assigned to a temporary by a statement of its
// own, the calls inside that argument first. So `go f(x, g())` reads x
// before g runs, but `go h(x + g())` reads x after it.
package main

var x int

func g() int { x++; return x }

func f(a, b int) { println(a, b) }

func h(a int) { println(a) }

// CHECK-LABEL: define void @main.main()
// CHECK: %[[X1:.*]] = load i64, ptr @main.x
// CHECK-NEXT: %[[G1:.*]] = call i64 @main.g()
// CHECK: store ptr @main.main.gowrap1, ptr
// CHECK: store i64 %[[X1]], ptr
// CHECK: store i64 %[[G1]], ptr
// CHECK: call void @runtime.newproc(
// CHECK: %[[G2:.*]] = call i64 @main.g()
// CHECK-NEXT: %[[X2:.*]] = load i64, ptr @main.x
// CHECK-NEXT: %[[SUM:.*]] = add i64 %[[X2]], %[[G2]]
// CHECK: store ptr @main.main.gowrap2, ptr
// CHECK: store i64 %[[SUM]], ptr
// CHECK: call void @runtime.newproc(
func main() {
	go f(x, g())
	go h(x + g())
	c := make(chan int)
	<-c
}
