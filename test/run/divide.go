// RUN: %gorun %s | FileCheck %s
// Integer division truncates toward zero and % takes the dividend's sign, so
// (a/b)*b + a%b == a; the most negative value divided by -1 wraps to itself
// with remainder 0 at every signed width instead of trapping.
package main

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func main() {
	q, r := divmod(7, 2)
	println("7 2", q, r) // CHECK: 7 2 3 1
	q, r = divmod(-7, 2)
	println("-7 2", q, r) // CHECK-NEXT: -7 2 -3 -1
	q, r = divmod(7, -2)
	println("7 -2", q, r) // CHECK-NEXT: 7 -2 -3 1
	q, r = divmod(-7, -2)
	println("-7 -2", q, r) // CHECK-NEXT: -7 -2 3 -1
	q, r = divmod(-1, 5)
	println("-1 5", q, r, q*5+r) // CHECK-NEXT: -1 5 0 -1 -1

	var m8, d8 int8 = -128, -1
	println("int8", m8/d8, m8%d8) // CHECK-NEXT: int8 -128 0
	var m16, d16 int16 = -32768, -1
	println("int16", m16/d16, m16%d16) // CHECK-NEXT: int16 -32768 0
	var m32, d32 int32 = -2147483648, -1
	println("int32", m32/d32, m32%d32) // CHECK-NEXT: int32 -2147483648 0
	var m64, d64 int64 = -9223372036854775808, -1
	println("int64", m64/d64, m64%d64) // CHECK-NEXT: int64 -9223372036854775808 0
	mi, di := -9223372036854775807-1, -1
	println("int", mi/di, mi%di) // CHECK-NEXT: int -9223372036854775808 0
	m64 /= d64
	println("assign", m64) // CHECK-NEXT: assign -9223372036854775808

	// Unsigned division sees all 64 bits as magnitude.
	var u uint64 = 18446744073709551615
	var v uint64 = 10
	println("uint64", u/v, u%v) // CHECK-NEXT: uint64 1844674407370955161 5
	var b8, c8 uint8 = 250, 7
	println("uint8", b8/c8, b8%c8) // CHECK-NEXT: uint8 35 5
	var neg int8 = -7
	println("int8 small", neg/2, neg%2, neg/-7, neg%7) // CHECK-NEXT: int8 small -3 -1 1 0

	// Constant divisors take the same path as variable ones.
	x := -17
	println("const", x/4, x%4, x/-4, x%-4, x/1, x%1) // CHECK-NEXT: const -4 -1 4 -1 -17 0
	var ux uint32 = 4000000001
	println("const unsigned", ux/3, ux%3, ux/65536) // CHECK-NEXT: const unsigned 1333333333 2 61035
}
