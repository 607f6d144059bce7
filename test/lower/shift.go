// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s --check-prefix=DECL
// Go shifts by any count: a count of the width or more gives 0 (or the sign
// for a signed >>), where LLVM's shifts give poison; a negative signed count
// calls runtime.panicshift. Constant counts are resolved at compile time.
package main

// CHECK-LABEL: define i64 @main.shl(i64 %x, i64 %n)
// CHECK: %[[N:.*]] = load i64, ptr %n.addr
// CHECK: %[[NEG:.*]] = icmp slt i64 %[[N]], 0
// CHECK: br i1 %[[NEG]], label %[[PANIC:.*]], label %[[OK:.*]], !prof
// CHECK: [[PANIC]]:
// CHECK-NEXT: call void @runtime.panicshift()
// CHECK-NEXT: unreachable
// CHECK: [[OK]]:
// CHECK-NEXT: %[[BIG:.*]] = icmp uge i64 %[[N]], 64
// CHECK-NEXT: %[[S:.*]] = shl i64 %{{.*}}, %[[N]]
// CHECK-NEXT: select i1 %[[BIG]], i64 0, i64 %[[S]]
func shl(x int, n int) int {
	return x << n
}

// An unsigned count cannot be negative; a narrow count is widened.
// CHECK-LABEL: define i32 @main.sar(i32 %x, i8 %n)
// CHECK-NOT: panicshift
// CHECK: %[[BIG:.*]] = icmp uge i8 %[[N:.*]], 32
// CHECK-NEXT: %[[W:.*]] = zext i8 %[[N]] to i32
// CHECK-NEXT: %[[C:.*]] = select i1 %[[BIG]], i32 31, i32 %[[W]]
// CHECK-NEXT: ashr i32 %{{.*}}, %[[C]]
func sar(x int32, n uint8) int32 {
	return x >> n
}

// A wide count is truncated after the range check.
// CHECK-LABEL: define i8 @main.shr8(i8 %x, i64 %n)
// CHECK: %[[BIG:.*]] = icmp uge i64 %[[N:.*]], 8
// CHECK-NEXT: %[[T:.*]] = trunc i64 %[[N]] to i8
// CHECK-NEXT: %[[S:.*]] = lshr i8 %{{.*}}, %[[T]]
// CHECK-NEXT: select i1 %[[BIG]], i8 0, i8 %[[S]]
func shr8(x uint8, n uint64) uint8 {
	return x >> n
}

// CHECK-LABEL: define i64 @main.consts(i64 %x)
// CHECK-NOT: select
// CHECK: store i64 0, ptr %big
// CHECK: ashr i64 %{{.*}}, 63
// CHECK: shl i64 %{{.*}}, 3
// CHECK-NOT: select
// CHECK: ret i64
func consts(x int) int {
	big := x << 70  // 0
	sign := x >> 99 // 0 or -1
	return x<<3 + big + sign
}

func main() {
	println(shl(1, 3), sar(-8, 40), shr8(255, 9), consts(5))
}

// DECL: declare void @runtime.panicshift() #[[NORET:[0-9]+]]
// DECL: attributes #[[NORET]] = { cold noreturn }
