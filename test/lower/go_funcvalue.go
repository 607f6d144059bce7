// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// `go fv(x)` for a func value fv: fv and x are evaluated now and packed
// into the object, fv in field 1; the thunk calls through fv's funcval.
// `go fv()` passes fv itself to newproc. A method value mv = t.Val is a
// func value like any other (its receiver was bound when it was made); a
// method expression T.Val is one too, its static funcval main.T.Val·f, and
// takes the receiver as its first argument.
package main

type T struct{ v int }

func (t T) Val(x int) { println(t.v, x) }

func f(x int) { println(x) }

func pick() func(int) { return f }

// CHECK-LABEL: define void @main.main()
// CHECK: store ptr @"main.f{{.*}}f", ptr %fv
// CHECK: %[[F1:.*]] = load ptr, ptr %fv
// CHECK: %[[O1:.*]] = call ptr @runtime.mallocgc(i64 24, ptr @"type.struct { F uintptr; X0 func(int); X1 int }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap1, ptr %[[O1]]
// CHECK: %[[P1:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %[[O1]], i32 0, i32 1
// CHECK: store ptr %[[F1]], ptr %[[P1]]
// CHECK: %[[P2:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %[[O1]], i32 0, i32 2
// CHECK: store i64 1, ptr %[[P2]]
// CHECK: call void @runtime.newproc(ptr %[[O1]])
// The callee is itself a call, made here, before the arguments.
// CHECK: %[[F2:.*]] = call ptr @main.pick()
// CHECK: %[[A2:.*]] = call i64 @main.arg()
// CHECK: %[[O2:.*]] = call ptr @runtime.mallocgc(i64 24,
// CHECK: store ptr @main.main.gowrap2, ptr %[[O2]]
// CHECK: store ptr %[[F2]], ptr
// CHECK: store i64 %[[A2]], ptr
// CHECK: call void @runtime.newproc(ptr %[[O2]])
// No arguments: the func value is the goroutine's funcval.
// CHECK: %[[G:.*]] = load ptr, ptr %g
// CHECK-NEXT: call void @runtime.newproc(ptr %[[G]])
// A method value.
// CHECK: store ptr @main.T.Val-fm, ptr
// CHECK: %[[MV:.*]] = load ptr, ptr %mv
// CHECK: %[[O3:.*]] = call ptr @runtime.mallocgc(i64 24,
// CHECK: store ptr @main.main.gowrap3, ptr %[[O3]]
// CHECK: store ptr %[[MV]], ptr
// CHECK: store i64 3, ptr
// CHECK: call void @runtime.newproc(ptr %[[O3]])
// A method expression: the receiver is an argument.
// CHECK: %[[T:.*]] = load { i64 }, ptr %t
// CHECK: %[[O4:.*]] = call ptr @runtime.mallocgc(i64 32, ptr @"type.struct { F uintptr; X0 func(main.T, int); X1 main.T; X2 int }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap4, ptr %[[O4]]
// CHECK: store ptr @"main.T.Val{{.*}}f", ptr
// CHECK: store { i64 } %[[T]], ptr
// CHECK: store i64 4, ptr
// CHECK: call void @runtime.newproc(ptr %[[O4]])
func main() {
	fv := f
	go fv(1)
	go pick()(arg())
	g := func() { println("g") }
	go g()
	t := T{2}
	mv := t.Val
	go mv(3)
	go T.Val(t, 4)
	c := make(chan int)
	<-c
}

func arg() int { return 2 }

// CHECK-LABEL: define internal void @main.main.gowrap1(ptr nest %ctx)
// CHECK: %[[Q1:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %ctx, i32 0, i32 1
// CHECK: %[[F:.*]] = load ptr, ptr %[[Q1]]
// CHECK: %[[Q2:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %ctx, i32 0, i32 2
// CHECK: %[[X:.*]] = load i64, ptr %[[Q2]]
// CHECK: %[[CODE:.*]] = load ptr, ptr %[[F]]
// CHECK: call void %[[CODE]](ptr nest %[[F]], i64 %[[X]])
// CHECK-NEXT: ret void

// CHECK-LABEL: define internal void @main.main.gowrap4(ptr nest %ctx)
// CHECK: %[[R1:.*]] = getelementptr inbounds { i64, ptr, { i64 }, i64 }, ptr %ctx, i32 0, i32 1
// CHECK: %[[ME:.*]] = load ptr, ptr %[[R1]]
// CHECK: %[[R2:.*]] = getelementptr inbounds { i64, ptr, { i64 }, i64 }, ptr %ctx, i32 0, i32 2
// CHECK: %[[RECV:.*]] = load { i64 }, ptr %[[R2]]
// CHECK: %[[R3:.*]] = getelementptr inbounds { i64, ptr, { i64 }, i64 }, ptr %ctx, i32 0, i32 3
// CHECK: %[[Y:.*]] = load i64, ptr %[[R3]]
// CHECK: %[[CODE4:.*]] = load ptr, ptr %[[ME]]
// CHECK: call void %[[CODE4]](ptr nest %[[ME]], { i64 } %[[RECV]], i64 %[[Y]])
// CHECK-NEXT: ret void
