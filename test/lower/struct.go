// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Structs are literal LLVM structs of their fields. p.f through a pointer
// is a load of p and a GEP per field along the selection path; a
// composite literal assigned to a new variable is built in place, zeroed
// fields untouched in fresh heap memory; a variable whose address is taken
// lives in a runtime.newobject cell; == of small structs compares field by
// field, of larger ones calls the generated type..eq.T.
package main

type P struct{ x, y int }

type Box struct {
	min, max P
	name     string
	on       bool
}

// CHECK-LABEL: define i64 @main.maxY(ptr %b)
// CHECK: %[[B:.*]] = load ptr, ptr %b.addr
// CHECK-NEXT: %max = getelementptr inbounds { { i64, i64 }, { i64, i64 }, { ptr, i64 }, i8 }, ptr %[[B]], i32 0, i32 1
// CHECK-NEXT: %y = getelementptr inbounds { i64, i64 }, ptr %max, i32 0, i32 1
// CHECK-NEXT: load i64, ptr %y
func maxY(b *Box) int { return b.max.y }

// CHECK-LABEL: define ptr @main.escape()
// CHECK: %p = call ptr @runtime.newobject(ptr @type.main.P)
// CHECK-NEXT: store ptr %p, ptr %p.cell
// CHECK-NEXT: %[[X:.*]] = getelementptr inbounds { i64, i64 }, ptr %p, i32 0, i32 0
// CHECK-NEXT: store i64 1, ptr %[[X]]
// CHECK-NOT: store i64 0
// CHECK: ret ptr
func escape() *P {
	p := P{x: 1}
	return &p
}

// CHECK-LABEL: define i1 @main.eqP(
// CHECK: %[[AX:.*]] = extractvalue { i64, i64 } %{{.*}}, 0
// CHECK-NEXT: %[[BX:.*]] = extractvalue { i64, i64 } %{{.*}}, 0
// CHECK-NEXT: icmp eq i64 %[[AX]], %[[BX]]
// CHECK: extractvalue { i64, i64 } %{{.*}}, 1
func eqP(a, b P) bool { return a == b }

// CHECK-LABEL: define i1 @main.eqBox(
// CHECK: call zeroext i1 @type..eq.main.Box(ptr %{{.*}}, ptr %{{.*}})
func eqBox(a, b Box) bool { return a == b }

// CHECK-LABEL: define linkonce_odr zeroext i1 @type..eq.main.Box(ptr %p, ptr %q)
// CHECK: call zeroext i1 @runtime.memequal128(ptr
// CHECK: call zeroext i1 @runtime.eqstring(
// CHECK: load i8

// new(T) is runtime.newobject(type.T); q itself does not escape.
// CHECK-LABEL: define void @main.main()
// CHECK: %[[Q:.*]] = call ptr @runtime.newobject(ptr @type.main.P)
// CHECK-NEXT: store ptr %[[Q]], ptr %q
func main() {
	b := Box{max: P{3, 4}, name: "b"}
	q := new(P)
	println(maxY(&b), escape().x, eqP(*q, P{}), eqBox(b, b))
}
