// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// `go x.m(a)` evaluates the method value x.m in the caller, binding its
// receiver there (a copy of t for a value method, &t for a pointer method
// of an addressable t, the embedded T of o for a promoted method), then
// packs that func value and the arguments into the go statement's object;
// the thunk calls the method value through its funcval.
package main

type T struct{ v int }

func (t T) Val(x int)  { println(t.v, x) }
func (t *T) Ptr(x int) { println(t.v, x) }

type Outer struct {
	s string
	T
}

// CHECK-LABEL: define void @main.main()
// A value receiver: t is copied into the method value now.
// CHECK: %[[T:.*]] = load { i64 }, ptr %t
// CHECK: %[[MV1:.*]] = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 main.T }", i1 zeroext true)
// CHECK: store ptr @main.T.Val-fm, ptr %[[MV1]]
// CHECK: store { i64 } %[[T]], ptr
// CHECK: %[[FV1:.*]] = call ptr @runtime.mallocgc(i64 24, ptr @"type.struct { F uintptr; X0 func(int); X1 int }", i1 zeroext true)
// CHECK: store ptr @main.main.gowrap1, ptr %[[FV1]]
// CHECK: %[[P1:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %[[FV1]], i32 0, i32 1
// CHECK: store ptr %[[MV1]], ptr %[[P1]]
// CHECK: %[[P2:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %[[FV1]], i32 0, i32 2
// CHECK: store i64 2, ptr %[[P2]]
// CHECK: call void @runtime.newproc(ptr %[[FV1]])
// A pointer receiver of a pointer variable: the pointer is bound.
// CHECK: %[[PP:.*]] = load ptr, ptr %p
// CHECK: %[[MV2:.*]] = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 *main.T }", i1 zeroext true)
// CHECK: store ptr @"main.(*T).Ptr-fm", ptr %[[MV2]]
// CHECK: store ptr %[[PP]], ptr
// CHECK: %[[FV2:.*]] = call ptr @runtime.mallocgc(i64 24,
// CHECK: store ptr @main.main.gowrap2, ptr %[[FV2]]
// CHECK: store ptr %[[MV2]], ptr
// CHECK: store i64 4, ptr
// CHECK: call void @runtime.newproc(ptr %[[FV2]])
// A pointer method of an addressable value: &t (t lives in a heap cell).
// CHECK: %[[TC:.*]] = load ptr, ptr %t.cell
// CHECK: %[[MV3:.*]] = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 *main.T }", i1 zeroext true)
// CHECK: store ptr @"main.(*T).Ptr-fm", ptr %[[MV3]]
// CHECK: store ptr %[[TC]], ptr
// CHECK: store ptr @main.main.gowrap3, ptr
// CHECK: call void @runtime.newproc(
// A promoted value method through a pointer: the embedded T is copied.
// CHECK: %[[O:.*]] = load ptr, ptr %o
// CHECK: %[[EMB:.*]] = getelementptr inbounds { { ptr, i64 }, { i64 } }, ptr %[[O]], i32 0, i32 1
// CHECK: %[[EV:.*]] = load { i64 }, ptr %[[EMB]]
// CHECK: %[[MV4:.*]] = call ptr @runtime.mallocgc(i64 16, ptr @"type.struct { F uintptr; X0 main.T }", i1 zeroext true)
// CHECK: store ptr @main.T.Val-fm, ptr %[[MV4]]
// CHECK: store { i64 } %[[EV]], ptr
// CHECK: store ptr @main.main.gowrap4, ptr
// CHECK: call void @runtime.newproc(
func main() {
	t := T{1}
	go t.Val(2)
	p := &T{3}
	go p.Ptr(4)
	go t.Ptr(5)
	o := &Outer{"o", T{6}}
	go o.Val(7)
	c := make(chan int)
	<-c
}

// CHECK-LABEL: define internal void @main.main.gowrap1(ptr nest %ctx)
// CHECK: %[[Q1:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %ctx, i32 0, i32 1
// CHECK: %[[F:.*]] = load ptr, ptr %[[Q1]]
// CHECK: %[[Q2:.*]] = getelementptr inbounds { i64, ptr, i64 }, ptr %ctx, i32 0, i32 2
// CHECK: %[[X:.*]] = load i64, ptr %[[Q2]]
// CHECK: %[[CODE:.*]] = load ptr, ptr %[[F]]
// CHECK: call void %[[CODE]](ptr nest %[[F]], i64 %[[X]])
// CHECK-NEXT: ret void
