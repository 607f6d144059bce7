// RUN: %golc build -emit-llvm -O0 -o - %s | FileCheck %s
// Several results are returned as one literal struct, which the caller takes
// apart with extractvalue; f(g()) spreads g's results over f's parameters.
// Named results live in slots zeroed on entry, which a bare return reads.
package main

// CHECK-LABEL: define { i64, i64 } @main.divmod(i64 %a, i64 %b)
// CHECK: %[[Q:.*]] = insertvalue { i64, i64 } poison, i64 %{{.*}}, 0
// CHECK: %[[R:.*]] = insertvalue { i64, i64 } %[[Q]], i64 %{{.*}}, 1
// CHECK: ret { i64, i64 } %[[R]]
func divmod(a, b int) (int, int) {
	return a / b, a % b
}

// CHECK-LABEL: define { { ptr, i64 }, i1 } @main.named(i64 %n)
// CHECK: %s = alloca { ptr, i64 }
// CHECK: %ok = alloca i8
// CHECK: store { ptr, i64 } zeroinitializer, ptr %s
// CHECK: store i8 0, ptr %ok
// CHECK: load { ptr, i64 }, ptr %s
// CHECK: load i8, ptr %ok
// CHECK: ret { { ptr, i64 }, i1 }
func named(n int) (s string, ok bool) {
	if n > 0 {
		s, ok = "positive", true
	}
	return
}

func add(x, y int) int { return x + y }

// CHECK-LABEL: define void @main.main()
func main() {
	// CHECK: %[[QR:.*]] = call { i64, i64 } @main.divmod(i64 7, i64 2)
	// CHECK: %[[Q:.*]] = extractvalue { i64, i64 } %[[QR]], 0
	// CHECK: %[[R:.*]] = extractvalue { i64, i64 } %[[QR]], 1
	// CHECK: store i64 %[[Q]], ptr %q
	// CHECK: store i64 %[[R]], ptr %r
	q, r := divmod(7, 2)
	// CHECK: %[[QR2:.*]] = call { i64, i64 } @main.divmod(i64 9, i64 4)
	// CHECK: %[[X:.*]] = extractvalue { i64, i64 } %[[QR2]], 0
	// CHECK: %[[Y:.*]] = extractvalue { i64, i64 } %[[QR2]], 1
	// CHECK: call i64 @main.add(i64 %[[X]], i64 %[[Y]])
	s := add(divmod(9, 4))
	_, ok := named(s)
	println(q, r, ok)
}
