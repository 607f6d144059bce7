// RUN: %golc build -emit-tokens %s | FileCheck %s
// Integer literals in every base, with and without '_' separators.
package main

var _ = []uint64{
	0, 42, 1_000_000, 0600, 0_600, 01_7,
	// CHECK:      [[@LINE-1]]:2 int_lit '0'
	// CHECK-NEXT: [[@LINE-2]]:3 comma ','
	// CHECK-NEXT: [[@LINE-3]]:5 int_lit '42'
	// CHECK-NEXT: [[@LINE-4]]:7 comma ','
	// CHECK-NEXT: [[@LINE-5]]:9 int_lit '1_000_000'
	// CHECK-NEXT: [[@LINE-6]]:18 comma ','
	// CHECK-NEXT: [[@LINE-7]]:20 int_lit '0600'
	// CHECK-NEXT: [[@LINE-8]]:24 comma ','
	// CHECK-NEXT: [[@LINE-9]]:26 int_lit '0_600'
	// CHECK-NEXT: [[@LINE-10]]:31 comma ','
	// CHECK-NEXT: [[@LINE-11]]:33 int_lit '01_7'
	// CHECK-NEXT: [[@LINE-12]]:37 comma ','
	0x1F, 0XdeadBEEF, 0x_ff, 0xF_F,
	// CHECK:      [[@LINE-1]]:2 int_lit '0x1F'
	// CHECK-NEXT: [[@LINE-2]]:6 comma ','
	// CHECK-NEXT: [[@LINE-3]]:8 int_lit '0XdeadBEEF'
	// CHECK-NEXT: [[@LINE-4]]:18 comma ','
	// CHECK-NEXT: [[@LINE-5]]:20 int_lit '0x_ff'
	// CHECK-NEXT: [[@LINE-6]]:25 comma ','
	// CHECK-NEXT: [[@LINE-7]]:27 int_lit '0xF_F'
	// CHECK-NEXT: [[@LINE-8]]:32 comma ','
	0o17, 0O7_7, 0o_1,
	// CHECK:      [[@LINE-1]]:2 int_lit '0o17'
	// CHECK-NEXT: [[@LINE-2]]:6 comma ','
	// CHECK-NEXT: [[@LINE-3]]:8 int_lit '0O7_7'
	// CHECK-NEXT: [[@LINE-4]]:13 comma ','
	// CHECK-NEXT: [[@LINE-5]]:15 int_lit '0o_1'
	// CHECK-NEXT: [[@LINE-6]]:19 comma ','
	0b101, 0B1_1, 0b_1,
	// CHECK:      [[@LINE-1]]:2 int_lit '0b101'
	// CHECK-NEXT: [[@LINE-2]]:7 comma ','
	// CHECK-NEXT: [[@LINE-3]]:9 int_lit '0B1_1'
	// CHECK-NEXT: [[@LINE-4]]:14 comma ','
	// CHECK-NEXT: [[@LINE-5]]:16 int_lit '0b_1'
	// CHECK-NEXT: [[@LINE-6]]:20 comma ','
	18446744073709551615,
	// CHECK:      [[@LINE-1]]:2 int_lit '18446744073709551615'
	// CHECK-NEXT: [[@LINE-2]]:22 comma ','
}
