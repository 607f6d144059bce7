// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Interface values are {itab or type, data} (docs/runtime-abi.md). A
// conversion T -> I copies the value to the heap and pairs it with the
// static itab `go.itab.T,I`, whose fun[] holds the `·i` wrapper that loads
// the receiver from the data word; a constant goes to interface{} without
// allocating. A call i.M() nil-checks the itab, loads fun[k] and passes the
// data word. x.(T) compares the type word with &type.T; a type switch case
// of interface type asks runtime.getitab (canfail).
package main

type Shape interface{ Area() int }

type Square int

func (s Square) Area() int { return int(s * s) }

// CHECK: @"go.itab.main.Square,main.Shape" = linkonce_odr constant { ptr, ptr, i32, [4 x i8], [1 x ptr] } { ptr @type.main.Shape, ptr @type.main.Square, i32 {{-?[0-9]+}}, [4 x i8] zeroinitializer, [1 x ptr] [ptr @"main.Square.Area\C2\B7i"] }

// CHECK-LABEL: define i64 @main.area({ ptr, ptr } %s)
// CHECK: %itab = extractvalue { ptr, ptr } %{{.*}}, 0
// CHECK-NEXT: %data = extractvalue { ptr, ptr } %{{.*}}, 1
// CHECK-NEXT: %nilcheck = load volatile i8, ptr %itab
// CHECK-NEXT: %[[SLOT:.*]] = getelementptr inbounds i8, ptr %itab, i64 24
// CHECK-NEXT: %Area = load ptr, ptr %[[SLOT]]
// CHECK-NEXT: call i64 %Area(ptr %data)
func area(s Shape) int { return s.Area() }

// CHECK-LABEL: define { ptr, ptr } @main.box(i64 %n)
// CHECK: %[[OBJ:.*]] = call ptr @runtime.newobject(ptr @type.main.Square)
// CHECK-NEXT: store i64 %{{.*}}, ptr %[[OBJ]]
// CHECK-NEXT: insertvalue { ptr, ptr } { ptr @"go.itab.main.Square,main.Shape", ptr poison }, ptr %[[OBJ]], 1
func box(n int) Shape { return Square(n) }

// CHECK-LABEL: define linkonce_odr i64 @"main.Square.Area\C2\B7i"(ptr %data)
// CHECK-NEXT: entry:
// CHECK-NEXT: %[[V:.*]] = load i64, ptr %data
// CHECK-NEXT: call i64 @main.Square.Area(i64 %[[V]])

// CHECK-LABEL: define i1 @main.isSquare({ ptr, ptr } %e)
// CHECK: %[[T:.*]] = extractvalue { ptr, ptr } %{{.*}}, 0
// CHECK: icmp eq ptr %[[T]], @type.main.Square
func isSquare(e interface{}) bool {
	_, ok := e.(Square)
	return ok
}

// CHECK-LABEL: define i64 @main.kind({ ptr, ptr } %e)
// CHECK: call ptr @runtime.getitab(ptr @type.main.Shape, ptr %{{.*}}, i1 zeroext true)
// CHECK: icmp eq ptr %{{.*}}, null
func kind(e interface{}) int {
	switch e.(type) {
	case Shape:
		return 1
	case nil:
		return 2
	}
	return 0
}

// CHECK-LABEL: define void @main.main()
// CHECK: call i1 @main.isSquare({ ptr, ptr } { ptr @type.int, ptr @go.const })
func main() { println(area(box(2)), isSquare(3), kind(nil)) }
