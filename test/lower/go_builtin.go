// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// `go` of a builtin: its non-constant operands are evaluated now and
// packed after a thunk, which makes the builtin call with them (constants
// are left to the thunk); a tuple operand, println(two()), travels as its
// elements. With only constant operands, the thunk's static funcval is
// the goroutine's.
package main

func two() (int, string) { return 7, "seven" }

// CHECK-LABEL: define void @main.main()
// CHECK: %[[X:.*]] = load i64, ptr %x
// CHECK: %[[O1:.*]] = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 int }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap1, ptr %[[O1]]
// CHECK: store i64 %[[X]], ptr
// CHECK: call void @runtime.newproc(ptr %[[O1]])
// CHECK: %[[C:.*]] = load ptr, ptr %c
// CHECK: %[[O2:.*]] = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 chan int }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap2, ptr %[[O2]]
// CHECK: store ptr %[[C]], ptr
// CHECK: call void @runtime.newproc(ptr %[[O2]])
// CHECK: %[[T:.*]] = call { i64, { ptr, i64 } } @main.two()
// CHECK: %[[T0:.*]] = extractvalue { i64, { ptr, i64 } } %[[T]], 0
// CHECK: %[[T1:.*]] = extractvalue { i64, { ptr, i64 } } %[[T]], 1
// CHECK: %[[O3:.*]] = call ptr @runtime.mallocgc(i64 32, ptr @"type.struct { F uintptr; X0 int; X1 string }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap3, ptr %[[O3]]
// CHECK: store i64 %[[T0]], ptr
// CHECK: store { ptr, i64 } %[[T1]], ptr
// CHECK: call void @runtime.newproc(ptr %[[O3]])
// CHECK-NOT: mallocgc
// CHECK: call void @runtime.newproc(ptr @"main.main.gowrap4{{.*}}f")
func main() {
	x := 1
	c := make(chan int)
	go println("x is", x)
	go close(c)
	go println(two())
	go panic("boom")
	<-c
}

// CHECK-LABEL: define internal void @main.main.gowrap1(ptr nest %ctx)
// CHECK: %[[P:.*]] = getelementptr inbounds { i64, i64 }, ptr %ctx, i32 0, i32 1
// CHECK: %[[V:.*]] = load i64, ptr %[[P]]
// CHECK: call void @runtime.printlock()
// CHECK: call void @runtime.printstring({ ptr, i64 } { ptr @{{.*}}, i64 5 })
// CHECK: call void @runtime.printint(i64 %[[V]])
// CHECK: call void @runtime.printnl()
// CHECK: call void @runtime.printunlock()
// CHECK-NEXT: ret void

// CHECK-LABEL: define internal void @main.main.gowrap2(ptr nest %ctx)
// CHECK: %[[CP:.*]] = getelementptr inbounds { i64, ptr }, ptr %ctx, i32 0, i32 1
// CHECK: %[[CV:.*]] = load ptr, ptr %[[CP]]
// CHECK: call void @runtime.closechan(ptr %[[CV]])
// CHECK-NEXT: ret void

// CHECK-LABEL: define internal void @main.main.gowrap3(ptr nest %ctx)
// CHECK: load i64, ptr
// CHECK: load { ptr, i64 }, ptr
// CHECK: call void @runtime.printint(
// CHECK: call void @runtime.printsp()
// CHECK: call void @runtime.printstring(

// CHECK-LABEL: define internal void @main.main.gowrap4(ptr nest %ctx)
// CHECK: call void @runtime.gopanic(
// CHECK-NEXT: unreachable
