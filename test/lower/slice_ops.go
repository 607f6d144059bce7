// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Slice operations: s[i] checks i <u len (runtime.panicIndex), append grows
// through runtime.growslice only when the new length exceeds the capacity,
// append(s, t...) and copy move elements with memmove, slicing checks its
// bounds in gc's order with gc's panics (a pointer to an array is checked
// for nil first), make calls runtime.makeslice, and a slice literal fills a
// new backing array.
package main

// CHECK-LABEL: define i64 @main.index(
// CHECK: %[[LEN:.*]] = extractvalue { ptr, i64, i64 } %[[S:.*]], 1
// CHECK-NEXT: %[[BAD:.*]] = icmp uge i64 %[[I:.*]], %[[LEN]]
// CHECK-NEXT: br i1 %[[BAD]], label %panic, label %ok
// CHECK: call void @runtime.panicIndex(i64 %[[I]], i64 %[[LEN]])
// CHECK: %[[ARR:.*]] = extractvalue { ptr, i64, i64 } %[[S]], 0
// CHECK-NEXT: getelementptr inbounds i64, ptr %[[ARR]], i64 %[[I]]
func index(s []int, i int) int { return s[i] }

// CHECK-LABEL: define { ptr, i64, i64 } @main.push(
// CHECK: %newlen = add i64 %[[LEN:.*]], 2
// CHECK-NEXT: %[[GROW:.*]] = icmp ugt i64 %newlen, %[[CAP:.*]]
// CHECK-NEXT: br i1 %[[GROW]], label %append.grow, label %append.store
// CHECK: append.grow:
// CHECK-NEXT: call { ptr, i64 } @runtime.growslice(ptr %{{.*}}, i64 %newlen, i64 %[[CAP]], i64 2, ptr @type.string)
// CHECK: append.store:
// CHECK-NEXT: %array = phi ptr
// CHECK-NEXT: %cap = phi i64
// CHECK-NEXT: %[[DST:.*]] = getelementptr inbounds { ptr, i64 }, ptr %array, i64 %[[LEN]]
func push(s []string, a, b string) []string { return append(s, a, b) }

// CHECK-LABEL: define { ptr, i64, i64 } @main.concat(
// CHECK: call { ptr, i64 } @runtime.growslice(
// CHECK: %[[BYTES:.*]] = mul i64 %{{.*}}, 8
// CHECK-NEXT: call void @llvm.memmove.p0.p0.i64(ptr align 8 %{{.*}}, ptr align 8 %{{.*}}, i64 %[[BYTES]], i1 false)
func concat(s, t []int) []int { return append(s, t...) }

// s[lo:hi] of a slice: hi against the capacity, then lo against hi.
// CHECK-LABEL: define { ptr, i64, i64 } @main.window(
// CHECK: call void @runtime.panicSliceAcap(
// CHECK: call void @runtime.panicSliceB(
// CHECK: %slice.len = sub i64 %[[HI:.*]], %[[LO:.*]]
// CHECK-NEXT: %slice.cap = sub i64 %{{.*}}, %[[LO]]
// CHECK-NEXT: %[[NEXT:.*]] = getelementptr inbounds i64, ptr %{{.*}}, i64 %[[LO]]
// CHECK-NEXT: %[[EMPTY:.*]] = icmp eq i64 %slice.cap, 0
// CHECK-NEXT: select i1 %[[EMPTY]], ptr %{{.*}}, ptr %[[NEXT]]
func window(s []int, lo, hi int) []int { return s[lo:hi] }

// a[lo:hi:max] of a pointer to an array: nil, max against the length, hi
// against max, lo against hi.
// CHECK-LABEL: define { ptr, i64, i64 } @main.full(
// CHECK: icmp eq ptr %{{.*}}, null
// CHECK: call void @runtime.panicmem()
// CHECK: call void @runtime.panicSlice3Alen(i64 %{{.*}}, i64 8)
// CHECK: call void @runtime.panicSlice3B(
// CHECK: call void @runtime.panicSlice3C(
func full(a *[8]byte, lo, hi, max int) []byte { return a[lo:hi:max] }

// CHECK-LABEL: define i64 @main.dup(
// CHECK: %n = select i1
// CHECK: call void @llvm.memmove.p0.p0.i64(
// CHECK: ret i64 %n
func dup(dst, src []int) int { return copy(dst, src) }

// CHECK-LABEL: define { ptr, i64, i64 } @main.mk(
// CHECK: call ptr @runtime.makeslice(ptr @type.float64, i64 %{{.*}}, i64 %{{.*}})
func mk(n int) []float64 { return make([]float64, n, 2*n) }

// CHECK-LABEL: define { ptr, i64, i64 } @main.lit(
// CHECK: %[[A:.*]] = call ptr @runtime.newobject(ptr @"type.[3]int")
// CHECK: store i64 3, ptr
// CHECK: insertvalue { ptr, i64, i64 } poison, ptr %[[A]], 0
func lit() []int { return []int{1, 2, 3} }

func main() {}
