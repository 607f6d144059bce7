// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// `go func(){...}()` passes the literal's func value to newproc as it is:
// a funcval already, {main.main.func1, cells of c and x} when it captures
// them (so the goroutine shares them with main), the static
// main.main.func2·f when it captures nothing. With arguments,
// `go func(a int){...}(x)` evaluates x now and packs it after the
// literal's func value, which the thunk calls.
package main

// CHECK-LABEL: define void @main.main()
// CHECK: %[[C1:.*]] = load ptr, ptr %c.cell
// CHECK: %[[X1:.*]] = load ptr, ptr %x.cell
// CHECK: %[[FL1:.*]] = call ptr @runtime.mallocgc(i64 24, ptr @"type.struct { F uintptr; X0 *chan int; X1 *int }", i1 zeroext true)
// CHECK: store ptr @main.main.func1, ptr %[[FL1]]
// CHECK: store ptr %[[C1]], ptr
// CHECK: store ptr %[[X1]], ptr
// CHECK-NEXT: call void @runtime.newproc(ptr %[[FL1]])
// CHECK-NOT: mallocgc
// CHECK: call void @runtime.newproc(ptr @"main.main.func2{{.*}}f")
// CHECK: %[[FL3:.*]] = call ptr @runtime.mallocgc(i64 24, ptr @"type.struct { F uintptr; X0 *chan int; X1 *int }", i1 zeroext true)
// CHECK: store ptr @main.main.func3, ptr %[[FL3]]
// CHECK: %[[XC:.*]] = load ptr, ptr %x.cell
// CHECK: %[[X:.*]] = load i64, ptr %[[XC]]
// CHECK: %[[FV:.*]] = call ptr @runtime.mallocgc(i64 24, ptr @"type.struct { F uintptr; X0 func(int); X1 int }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap1, ptr %[[FV]]
// CHECK: %[[P1:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %[[FV]], i32 0, i32 1
// CHECK: store ptr %[[FL3]], ptr %[[P1]]
// CHECK: %[[P2:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %[[FV]], i32 0, i32 2
// CHECK: store i64 %[[X]], ptr %[[P2]]
// CHECK: call void @runtime.newproc(ptr %[[FV]])
func main() {
	x := 1
	c := make(chan int)
	go func() { c <- x }()
	go func() { println("none") }()
	go func(a int) { c <- a + x }(x)
	<-c
	<-c
}

// The literal reads x through its cell, when the goroutine runs.
// CHECK-LABEL: define internal void @main.main.func1(ptr nest %ctx)
// CHECK: %[[XP:.*]] = getelementptr inbounds { i64, ptr, ptr }, ptr %ctx, i32 0, i32 2
// CHECK: %[[XCELL:.*]] = load ptr, ptr %[[XP]]
// CHECK: load i64, ptr %[[XCELL]]
// CHECK: call void @runtime.chansend1(

// CHECK-LABEL: define internal void @main.main.gowrap1(ptr nest %ctx)
// CHECK: %[[Q1:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %ctx, i32 0, i32 1
// CHECK: %[[F:.*]] = load ptr, ptr %[[Q1]]
// CHECK: %[[Q2:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %ctx, i32 0, i32 2
// CHECK: %[[A:.*]] = load i64, ptr %[[Q2]]
// CHECK: %[[CODE:.*]] = load ptr, ptr %[[F]]
// CHECK: call void %[[CODE]](ptr nest %[[F]], i64 %[[A]])
// CHECK-NEXT: ret void
