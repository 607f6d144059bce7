// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// An exponent needs digits after its sign.
package main

// CHECK: exponent_no_digits.go:[[@LINE+1]]:12: exponent has no digits
var x = 1e+

// CHECK: exponent_no_digits.go:[[@LINE+1]]:14: exponent has no digits
var y = 0x1p_
