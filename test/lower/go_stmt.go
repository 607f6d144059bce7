// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// `go f(a, s)` evaluates the arguments in the caller and packs them, after
// a thunk's address, into a funcval-shaped heap object that newproc gets;
// the thunk receives the object as its `nest` context (r10) and calls f.
// `go g()` carries nothing: g's static funcval is passed as it is.
package main

func f(a int, s string) { println(a, s) }

func g() {}

func arg() int { return 7 }

// CHECK-LABEL: define void @main.main()
// CHECK: %[[A:.*]] = call i64 @main.arg()
// CHECK: %[[FV:.*]] = call ptr @runtime.mallocgc(i64 32, ptr @"type.struct { F uintptr; X0 int; X1 string }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap1, ptr %[[FV]]
// CHECK: %[[P1:.*]] = getelementptr inbounds { i64, i64, { ptr, i64 } }, ptr %[[FV]], i32 0, i32 1
// CHECK: store i64 %[[A]], ptr %[[P1]]
// CHECK: %[[P2:.*]] = getelementptr inbounds { i64, i64, { ptr, i64 } }, ptr %[[FV]], i32 0, i32 2
// CHECK: store { ptr, i64 } { ptr @{{.*}}, i64 1 }, ptr %[[P2]]
// CHECK: call void @runtime.newproc(ptr %[[FV]])
// CHECK-NOT: mallocgc
// CHECK: call void @runtime.newproc(ptr @"main.g{{.*}}f")
func main() {
	go f(arg(), "a")
	go g()
	c := make(chan int)
	<-c
}

// CHECK-LABEL: define internal void @main.main.gowrap1(ptr nest %ctx)
// CHECK: %[[Q1:.*]] = getelementptr inbounds { i64, i64, { ptr, i64 } }, ptr %ctx, i32 0, i32 1
// CHECK: %[[X0:.*]] = load i64, ptr %[[Q1]]
// CHECK: %[[Q2:.*]] = getelementptr inbounds { i64, i64, { ptr, i64 } }, ptr %ctx, i32 0, i32 2
// CHECK: %[[X1:.*]] = load { ptr, i64 }, ptr %[[Q2]]
// CHECK: call void @main.f(i64 %[[X0]], { ptr, i64 } %[[X1]])
// CHECK-NEXT: ret void
