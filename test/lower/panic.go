// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s --check-prefix=DECL
// panic(v) boxes v into an interface{} {type.T, data} and calls the
// noreturn runtime.gopanic. A variable is copied into a runtime.newobject
// allocation; a constant points at a read-only copy. Each T gets one
// linkonce_odr descriptor `type.T` (runtime._type: size, ptrdata, hash,
// tflag, align, fieldAlign, kind, equal, gcdata, name, uncommon).
package main

type code int

// CHECK-DAG: @type.string = linkonce_odr constant %runtime._type { i64 16, i64 8, i32 {{-?[0-9]+}}, i8 4, i8 8, i8 8, i8 24, ptr @runtime.strequal, ptr null, { ptr, i64 } { ptr @{{.*}}, i64 6 }, ptr null }
// CHECK-DAG: @type.int = linkonce_odr constant %runtime._type { i64 8, i64 0, i32 {{-?[0-9]+}}, i8 12, i8 8, i8 8, i8 2, ptr @runtime.memequal64, ptr null, { ptr, i64 } { ptr @{{.*}}, i64 3 }, ptr null }
// CHECK-DAG: @type.main.code = linkonce_odr constant %runtime._type { i64 8, i64 0, i32 {{-?[0-9]+}}, i8 12, i8 8, i8 8, i8 2, ptr @runtime.memequal64, ptr null, { ptr, i64 } { ptr @{{.*}}, i64 9 }, ptr null }
// CHECK-DAG: @[[BOOM:go.const[.0-9]*]] = private unnamed_addr constant { ptr, i64 } { ptr @{{.*}}, i64 4 }

// CHECK-LABEL: define void @main.fail(i64 %n)
// CHECK: %[[BOX:.*]] = call ptr @runtime.newobject(ptr @type.int)
// CHECK-NEXT: store i64 %{{.*}}, ptr %[[BOX]]
// CHECK-NEXT: %[[E:.*]] = insertvalue { ptr, ptr } { ptr @type.int, ptr poison }, ptr %[[BOX]], 1
// CHECK-NEXT: call void @runtime.gopanic({ ptr, ptr } %[[E]])
// CHECK-NEXT: unreachable
func fail(n int) {
	if n > 2 {
		panic(n)
	}
	// CHECK: call void @runtime.gopanic({ ptr, ptr } { ptr @type.string, ptr @[[BOOM]] })
	// CHECK-NEXT: unreachable
	panic("boom")
}

// CHECK-LABEL: define void @main.failcode(
// CHECK: call ptr @runtime.newobject(ptr @type.main.code)
func failcode(c code) {
	panic(c)
}

func main() {
	failcode(3)
	fail(1)
}

// DECL: declare void @runtime.gopanic({ ptr, ptr }) #[[NORET:[0-9]+]]
// DECL: attributes #[[NORET]] = { cold noreturn }
