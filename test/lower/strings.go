// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s --check-prefix=DECL
// Strings are {ptr, i64}. A chain of + is one runtime call
// (concatstring2/3, or concatstrings over a stack array beyond three);
// == compares lengths before calling runtime.eqstring; ordering uses
// runtime.cmpstring; s[i] and s[lo:hi] are bounds-checked.
package main

// CHECK-LABEL: define { ptr, i64 } @main.cat2(
// CHECK: call { ptr, i64 } @runtime.concatstring2({ ptr, i64 } %{{.*}}, { ptr, i64 } %{{.*}})
func cat2(a, b string) string { return a + b }

// CHECK-LABEL: define { ptr, i64 } @main.cat3(
// CHECK: call { ptr, i64 } @runtime.concatstring3({ ptr, i64 } %{{.*}}, { ptr, i64 } { ptr @{{.*}}, i64 1 }, { ptr, i64 } %{{.*}})
// CHECK-NOT: concatstring
// CHECK: ret
func cat3(a, b string) string { return a + "-" + b }

// CHECK-LABEL: define { ptr, i64 } @main.cat5(
// CHECK: %[[PARTS:.*]] = alloca [5 x { ptr, i64 }]
// CHECK: getelementptr inbounds [5 x { ptr, i64 }], ptr %[[PARTS]], i64 0, i64 4
// CHECK: call { ptr, i64 } @runtime.concatstrings(ptr %[[PARTS]], i64 5)
func cat5(a, b, c, d, e string) string { return a + b + (c + d) + e }

// CHECK-LABEL: define i1 @main.eq(
// CHECK: %[[LA:.*]] = extractvalue { ptr, i64 } %[[A:.*]], 1
// CHECK: %[[LB:.*]] = extractvalue { ptr, i64 } %[[B:.*]], 1
// CHECK: %[[SAME:.*]] = icmp eq i64 %[[LA]], %[[LB]]
// CHECK: br i1 %[[SAME]], label %[[BYTES:.*]], label %[[END:.*]]
// CHECK: [[BYTES]]:
// CHECK: %[[EQ:.*]] = call zeroext i1 @runtime.eqstring({ ptr, i64 } %[[A]], { ptr, i64 } %[[B]])
// CHECK: [[END]]:
// CHECK: phi i1 [ false, %{{.*}} ], [ %[[EQ]], %[[BYTES]] ]
func eq(a, b string) bool { return a == b }

// CHECK-LABEL: define i1 @main.less(
// CHECK: %[[C:.*]] = call i64 @runtime.cmpstring(
// CHECK: icmp slt i64 %[[C]], 0
func less(a, b string) bool { return a < b }

// CHECK-LABEL: define i8 @main.at(
// CHECK: %[[I:.*]] = load i64, ptr %i.addr
// CHECK: %[[LEN:.*]] = extractvalue { ptr, i64 } %{{.*}}, 1
// CHECK: %[[OOB:.*]] = icmp uge i64 %[[I]], %[[LEN]]
// CHECK: br i1 %[[OOB]], label %[[PANIC:.*]], label %[[OK:.*]], !prof
// CHECK: [[PANIC]]:
// CHECK-NEXT: call void @runtime.panicIndex(i64 %[[I]], i64 %[[LEN]])
// CHECK-NEXT: unreachable
// CHECK: [[OK]]:
// CHECK: %[[P:.*]] = getelementptr inbounds i8, ptr %{{.*}}, i64 %[[I]]
// CHECK: load i8, ptr %[[P]]
func at(s string, i int) byte { return s[i] }

// A narrower index is widened by its signedness first.
// CHECK-LABEL: define i8 @main.at8(
// CHECK: sext i8 %{{.*}} to i64
// CHECK: call void @runtime.panicIndex(
func at8(s string, i int8) byte { return s[i] }

// CHECK-LABEL: define { ptr, i64 } @main.sub(
// CHECK: %[[LEN:.*]] = extractvalue { ptr, i64 } %{{.*}}, 1
// CHECK: %[[HIOOB:.*]] = icmp ugt i64 %[[HI:.*]], %[[LEN]]
// CHECK: br i1 %[[HIOOB]]
// CHECK: call void @runtime.panicSliceAlen(i64 %[[HI]], i64 %[[LEN]])
// CHECK: %[[INV:.*]] = icmp ugt i64 %[[LO:.*]], %[[HI]]
// CHECK: br i1 %[[INV]]
// CHECK: call void @runtime.panicSliceB(i64 %[[LO]], i64 %[[HI]])
// CHECK: %[[N:.*]] = sub i64 %[[HI]], %[[LO]]
// CHECK: %[[ADV:.*]] = getelementptr inbounds i8, ptr %[[PTR:.*]], i64 %[[LO]]
// CHECK: %[[EMPTY:.*]] = icmp eq i64 %[[N]], 0
// CHECK: select i1 %[[EMPTY]], ptr %[[PTR]], ptr %[[ADV]]
func sub(s string, lo, hi int) string { return s[lo:hi] }

// s[lo:] checks lo against the length only.
// CHECK-LABEL: define { ptr, i64 } @main.tail(
// CHECK-NOT: panicSliceAlen
// CHECK: call void @runtime.panicSliceB(
func tail(s string, lo int) string { return s[lo:] }

// CHECK-LABEL: define i64 @main.count(
// CHECK: store i64 0, ptr %range.index
// CHECK: range.cond:
// CHECK: %[[I:.*]] = load i64, ptr %range.index
// CHECK: icmp slt i64 %[[I]], %{{.*}}
// CHECK: range.body:
// CHECK: %[[C:.*]] = load i8, ptr
// CHECK: %[[ASCII:.*]] = icmp ult i8 %[[C]], -128
// CHECK: br i1 %[[ASCII]], label %range.ascii, label %range.multi, !prof
// CHECK: range.ascii:
// CHECK: zext i8 %[[C]] to i32
// CHECK: add i64 %[[I]], 1
// CHECK: range.multi:
// CHECK: %[[D:.*]] = call { i32, i64 } @runtime.decoderune({ ptr, i64 } %{{.*}}, i64 %[[I]])
// CHECK: range.next:
// CHECK: %[[R:.*]] = phi i32
// CHECK: %[[NEXT:.*]] = phi i64
// CHECK: store i64 %[[NEXT]], ptr %range.index
// CHECK: store i64 %[[I]], ptr %i
// CHECK: store i32 %[[R]], ptr %r
func count(s string) int {
	n := 0
	for i, r := range s {
		if r > 127 {
			n += i
		}
	}
	return n
}

func main() {
	s := cat3(cat2("a", "b"), cat5("c", "d", "e", "f", "g"))
	println(s, eq(s, "ab-cdefg"), less("a", "b"), at(s, 1), at8(s, 0), sub(s, 1, 3), tail(s, 2), count("héllo"))
}

// DECL-DAG: declare void @runtime.panicIndex(i64, i64) #[[NORET:[0-9]+]]
// DECL-DAG: declare zeroext i1 @runtime.eqstring({ ptr, i64 }, { ptr, i64 }) #[[RO:[0-9]+]]
// DECL-DAG: attributes #[[NORET]] = { cold noreturn }
// DECL-DAG: attributes #[[RO]] = { {{.*}}memory(read){{.*}} }
