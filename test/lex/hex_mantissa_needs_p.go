// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A hexadecimal float must have a 'p' exponent.
package main

// CHECK: hex_mantissa_needs_p.go:[[@LINE+1]]:14: hexadecimal mantissa requires a 'p' exponent
var x = 0x1.5

// CHECK: hex_mantissa_needs_p.go:[[@LINE+1]]:13: hexadecimal mantissa requires a 'p' exponent
var y = 0x.8i
