// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Map operations are runtime calls with the map's descriptor: string keys
// and 8-byte keys use the _faststr / _fast64 variants, taking the key by
// value; other keys go through a temporary and the descriptor's hasher, a
// generated type..hash.K. m[k]++ updates the slot of one mapassign; v, ok
// uses mapaccess2; range keeps an hiter on the stack.
package main

type P struct {
	x, y int32
	name string
}

// CHECK-DAG: @"type.map[main.P]bool" = linkonce_odr constant { %runtime._type, ptr, ptr, ptr, i8, i8, i16, i32 } { %runtime._type { {{.*}}, i8 21, ptr null, {{.*}} }, ptr @type.main.P, ptr @type.bool, ptr @type..hash.main.P, i8 24, i8 1, i16 216, i32 12 }

// CHECK-LABEL: define void @main.count(
// CHECK: %[[SLOT:.*]] = call ptr @runtime.mapassign_faststr(ptr @"type.map[string]int", ptr %{{.*}}, { ptr, i64 } %{{.*}})
// CHECK-NEXT: %[[OLD:.*]] = load i64, ptr %[[SLOT]]
// CHECK-NEXT: %[[NEW:.*]] = add i64 %[[OLD]], 1
// CHECK-NEXT: store i64 %[[NEW]], ptr %[[SLOT]]
func count(m map[string]int, w string) { m[w]++ }

// CHECK-LABEL: define { { ptr, i64 }, i1 } @main.get(
// CHECK: %[[R:.*]] = call { ptr, i8 } @runtime.mapaccess2_fast64(ptr @"type.map[int]string", ptr %{{.*}}, i64 %{{.*}})
// CHECK-NEXT: %[[OKB:.*]] = extractvalue { ptr, i8 } %[[R]], 1
// CHECK-NEXT: icmp ne i8 %[[OKB]], 0
// CHECK-NEXT: %[[ELEM:.*]] = extractvalue { ptr, i8 } %[[R]], 0
// CHECK-NEXT: load { ptr, i64 }, ptr %[[ELEM]]
func get(m map[int]string, k int) (string, bool) {
	v, ok := m[k]
	return v, ok
}

// CHECK-LABEL: define i1 @main.byPoint(
// CHECK: store { i32, i32, { ptr, i64 } } %{{[0-9]+}}, ptr %[[KEY:[a-z0-9.]+]],
// CHECK-NEXT: call ptr @runtime.mapaccess1(ptr @"type.map[main.P]bool", ptr %{{.*}}, ptr %[[KEY]])
func byPoint(m map[P]bool, p P) bool { return m[p] }

// The key's hash chains the fields' hashes through the seed.
// CHECK-LABEL: define linkonce_odr i64 @type..hash.main.P(ptr %p, i64 %h)
// CHECK: %[[H1:.*]] = call i64 @runtime.memhash32(ptr %{{.*}}, i64 %h)
// CHECK: %[[H2:.*]] = call i64 @runtime.memhash32(ptr %{{.*}}, i64 %[[H1]])
// CHECK: %[[H3:.*]] = call i64 @runtime.strhash(ptr %{{.*}}, i64 %[[H2]])
// CHECK-NEXT: ret i64 %[[H3]]

// CHECK-LABEL: define void @main.del(
// CHECK: call void @runtime.mapdelete(ptr @"type.map[main.P]bool", ptr %{{.*}}, ptr %{{.*}})
func del(m map[P]bool, p P) { delete(m, p) }

// CHECK-LABEL: define i64 @main.sum(
// CHECK: call void @llvm.memset.p0.i64(ptr align 8 %hiter, i8 0, i64 96, i1 false)
// CHECK-NEXT: call void @runtime.mapiterinit(ptr @"type.map[string]int", ptr %{{.*}}, ptr %hiter)
// CHECK: range.cond:
// CHECK: %key = load ptr, ptr
// CHECK-NEXT: %[[DONE:.*]] = icmp eq ptr %key, null
// CHECK-NEXT: br i1 %[[DONE]], label %range.end, label %range.body
// CHECK: %elem = load ptr, ptr
// CHECK: range.next:
// CHECK-NEXT: call void @runtime.mapiternext(ptr %hiter)
func sum(m map[string]int) int {
	t := 0
	for k, v := range m {
		t += len(k) * v
	}
	return t
}

// CHECK-LABEL: define ptr @main.lit(
// CHECK: %[[M:.*]] = call ptr @runtime.makemap(ptr @"type.map[string]int", i64 1)
// CHECK-NEXT: %[[S:.*]] = call ptr @runtime.mapassign_faststr(ptr @"type.map[string]int", ptr %[[M]], { ptr, i64 } { ptr @{{.*}}, i64 1 })
// CHECK-NEXT: store i64 1, ptr %[[S]]
func lit() map[string]int { return map[string]int{"a": 1} }

func main() {}
