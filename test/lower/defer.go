// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// A defer statement packs its call into a funcval as a go statement does
// (a func literal is its own funcval; println gets a `deferwrap` thunk) and
// registers it with runtime.deferproc, which is returns_twice: a second
// return (nonzero) means a deferred call recovered a panic, and the frame
// goes to its return path. Every return stores the results in their slots
// (here r's heap cell, which the deferred closure shares; the slots escape
// through an empty asm) and branches to defer.return, which runs the
// frame's deferred calls before loading and returning the results.
package main

// CHECK-LABEL: define i64 @main.work(i64 %n)
// CHECK: call void asm sideeffect "", "r,~{memory}"(ptr %[[CELL:r.cell[0-9]*]])
// CHECK: store ptr @main.work.func1, ptr %[[FV1:funcval[0-9]*]]
// CHECK: %[[R1:[0-9]+]] = call i32 @runtime.deferproc(ptr %[[FV1]]) #[[RT:[0-9]+]]
// CHECK-NEXT: %recovered = icmp ne i32 %[[R1]], 0
// CHECK-NEXT: br i1 %recovered, label %defer.return, label %defer.cont
// CHECK: store ptr @main.work.deferwrap1, ptr %[[FV2:funcval[0-9]+]]
// CHECK: call i32 @runtime.deferproc(ptr %[[FV2]])
// CHECK: if.then:
// CHECK-NEXT: store i64 0, ptr %[[CELL]]
// CHECK-NEXT: br label %defer.return
// CHECK: if.end:
// CHECK: store i64 %{{.*}}, ptr %[[CELL]]
// CHECK-NEXT: br label %defer.return
// CHECK: defer.return:
// CHECK-NEXT: call void @runtime.deferreturn()
// CHECK-NEXT: %[[RES:[0-9]+]] = load i64, ptr %[[CELL]]
// CHECK-NEXT: ret i64 %[[RES]]
// The thunk is a wrapper, which recover looks through.
// CHECK: define internal void @main.work.deferwrap1(ptr nest %ctx) {{.*}}section "golc_wrapper"
func work(n int) (r int) {
	defer func() { r *= 2 }()
	defer println("done", n)
	if n < 0 {
		return 0
	}
	return n + 1
}

// A function that calls recover is never inlined: recover must see the
// frame of the deferred call.
// CHECK: define internal void @main.main.func1(ptr nest %ctx) #[[NOINLINE:[0-9]+]]
// CHECK: call { ptr, ptr } @runtime.gorecover()
func main() {
	defer func() { println(recover() == nil) }()
	println(work(3))
}

// CHECK-DAG: attributes #[[NOINLINE]] = { noinline
// CHECK-DAG: attributes #[[RT]] = { returns_twice }
