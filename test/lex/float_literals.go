// RUN: %golc build -emit-tokens %s | FileCheck %s
// Decimal and hexadecimal floating-point literals, and imaginary literals
// (any number followed by 'i').
package main

var _ = []float64{
	0., 72.40, 072.40, 2.71828, 1.e+0, 6.67428e-11, 1E6, .25, .12345E+5,
	// CHECK:      [[@LINE-1]]:2 float_lit '0.'
	// CHECK-NEXT: [[@LINE-2]]:4 comma ','
	// CHECK-NEXT: [[@LINE-3]]:6 float_lit '72.40'
	// CHECK-NEXT: [[@LINE-4]]:11 comma ','
	// CHECK-NEXT: [[@LINE-5]]:13 float_lit '072.40'
	// CHECK-NEXT: [[@LINE-6]]:19 comma ','
	// CHECK-NEXT: [[@LINE-7]]:21 float_lit '2.71828'
	// CHECK-NEXT: [[@LINE-8]]:28 comma ','
	// CHECK-NEXT: [[@LINE-9]]:30 float_lit '1.e+0'
	// CHECK-NEXT: [[@LINE-10]]:35 comma ','
	// CHECK-NEXT: [[@LINE-11]]:37 float_lit '6.67428e-11'
	// CHECK-NEXT: [[@LINE-12]]:48 comma ','
	// CHECK-NEXT: [[@LINE-13]]:50 float_lit '1E6'
	// CHECK-NEXT: [[@LINE-14]]:53 comma ','
	// CHECK-NEXT: [[@LINE-15]]:55 float_lit '.25'
	// CHECK-NEXT: [[@LINE-16]]:58 comma ','
	// CHECK-NEXT: [[@LINE-17]]:60 float_lit '.12345E+5'
	// CHECK-NEXT: [[@LINE-18]]:69 comma ','
	1_5., 0.15e+0_2, 089.5, 1e0_1,
	// CHECK:      [[@LINE-1]]:2 float_lit '1_5.'
	// CHECK-NEXT: [[@LINE-2]]:6 comma ','
	// CHECK-NEXT: [[@LINE-3]]:8 float_lit '0.15e+0_2'
	// CHECK-NEXT: [[@LINE-4]]:17 comma ','
	// CHECK-NEXT: [[@LINE-5]]:19 float_lit '089.5'
	// CHECK-NEXT: [[@LINE-6]]:24 comma ','
	// CHECK-NEXT: [[@LINE-7]]:26 float_lit '1e0_1'
	// CHECK-NEXT: [[@LINE-8]]:31 comma ','
	0x1p-2, 0x2.p10, 0x1.Fp+0, 0X.8p-0, 0X_1FFFP-16,
	// CHECK:      [[@LINE-1]]:2 float_lit '0x1p-2'
	// CHECK-NEXT: [[@LINE-2]]:8 comma ','
	// CHECK-NEXT: [[@LINE-3]]:10 float_lit '0x2.p10'
	// CHECK-NEXT: [[@LINE-4]]:17 comma ','
	// CHECK-NEXT: [[@LINE-5]]:19 float_lit '0x1.Fp+0'
	// CHECK-NEXT: [[@LINE-6]]:27 comma ','
	// CHECK-NEXT: [[@LINE-7]]:29 float_lit '0X.8p-0'
	// CHECK-NEXT: [[@LINE-8]]:36 comma ','
	// CHECK-NEXT: [[@LINE-9]]:38 float_lit '0X_1FFFP-16'
	// CHECK-NEXT: [[@LINE-10]]:49 comma ','
}

var _ = []complex128{
	0i, 0123i, 0o123i, 0xabci, 0.i, 2.71828i, 1.e+0i, 1E6i, .25i, 0x1p-2i,
	// CHECK:      [[@LINE-1]]:2 imag_lit '0i'
	// CHECK-NEXT: [[@LINE-2]]:4 comma ','
	// CHECK-NEXT: [[@LINE-3]]:6 imag_lit '0123i'
	// CHECK-NEXT: [[@LINE-4]]:11 comma ','
	// CHECK-NEXT: [[@LINE-5]]:13 imag_lit '0o123i'
	// CHECK-NEXT: [[@LINE-6]]:19 comma ','
	// CHECK-NEXT: [[@LINE-7]]:21 imag_lit '0xabci'
	// CHECK-NEXT: [[@LINE-8]]:27 comma ','
	// CHECK-NEXT: [[@LINE-9]]:29 imag_lit '0.i'
	// CHECK-NEXT: [[@LINE-10]]:32 comma ','
	// CHECK-NEXT: [[@LINE-11]]:34 imag_lit '2.71828i'
	// CHECK-NEXT: [[@LINE-12]]:42 comma ','
	// CHECK-NEXT: [[@LINE-13]]:44 imag_lit '1.e+0i'
	// CHECK-NEXT: [[@LINE-14]]:50 comma ','
	// CHECK-NEXT: [[@LINE-15]]:52 imag_lit '1E6i'
	// CHECK-NEXT: [[@LINE-16]]:56 comma ','
	// CHECK-NEXT: [[@LINE-17]]:58 imag_lit '.25i'
	// CHECK-NEXT: [[@LINE-18]]:62 comma ','
	// CHECK-NEXT: [[@LINE-19]]:64 imag_lit '0x1p-2i'
	// CHECK-NEXT: [[@LINE-20]]:71 comma ','
}
