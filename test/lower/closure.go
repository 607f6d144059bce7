// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A func literal is a function `main.f.func1` whose first parameter is the
// closure context (`ptr nest`, r10); its value is a heap funcval
// {code, cells...} holding the heap cells of the variables it captures (a
// static funcval when it captures nothing). Calling a func value loads the
// code from word 0 and passes the funcval as the nest argument. A declared
// function used as a value is the static funcval `main.f·f`, whose code is
// a wrapper `main.f-fv` taking the context first and tail-calling main.f.
package main

// CHECK-DAG: @"main.double\C2\B7f" = linkonce_odr constant { ptr } { ptr @main.double-fv }
// CHECK-DAG: @"main.counter.func2\C2\B7f" = internal constant { ptr } { ptr @main.counter.func2 }

func double(x int) int { return 2 * x }

// CHECK-LABEL: define { ptr, ptr } @main.counter(
// n is captured: it lives in a heap cell.
// CHECK: %[[N:.*]] = call ptr @runtime.newobject(ptr @type.int)
// CHECK: store ptr %[[N]], ptr %n.cell
// CHECK: %[[CELL:.*]] = load ptr, ptr %n.cell
// CHECK-NEXT: %funcval = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 *int }", i1 zeroext true)
// CHECK-NEXT: store ptr @main.counter.func1, ptr %funcval
// CHECK-NEXT: %[[X0:.*]] = getelementptr inbounds { i64, ptr }, ptr %funcval, i32 0, i32 1
// CHECK-NEXT: store ptr %[[CELL]], ptr %[[X0]]
func counter() (func() int, func(int) int) {
	n := 0
	inc := func() int {
		n++
		return n
	}
	return inc, func(x int) int { return x + 1 }
}

// CHECK-LABEL: define internal i64 @main.counter.func1(ptr nest %ctx)
// CHECK: %[[CELLP:.*]] = getelementptr inbounds { i64, ptr }, ptr %ctx, i32 0, i32 1
// CHECK-NEXT: %n.cell = load ptr, ptr %[[CELLP]]
// CHECK: load i64, ptr %n.cell

// CHECK-LABEL: define internal i64 @main.counter.func2(ptr nest %ctx, i64 %x)

// CHECK-LABEL: define i64 @main.apply(ptr %f, i64 %x)
// CHECK: %[[F:.*]] = load ptr, ptr %f.addr
// CHECK: %code = load ptr, ptr %[[F]]
// CHECK-NEXT: call i64 %code(ptr nest %[[F]], i64 %{{.*}})
func apply(f func(int) int, x int) int {
	return f(x)
}

// CHECK-LABEL: define void @main.main()
// CHECK: call i64 @main.apply(ptr @"main.double\C2\B7f", i64 3)
func main() {
	println(apply(double, 3))
	inc, next := counter()
	println(inc(), next(1))
}

// CHECK-LABEL: define linkonce_odr i64 @main.double-fv(ptr nest %0, i64 %1)
// CHECK-NEXT: entry:
// CHECK-NEXT: %[[R:.*]] = tail call i64 @main.double(i64 %1)
// CHECK-NEXT: ret i64 %[[R]]
