// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A 'p' exponent needs a hexadecimal mantissa.
package main

// CHECK: exponent_needs_hex.go:[[@LINE+1]]:10: 'p' exponent requires hexadecimal mantissa
var x = 1p3

// CHECK: exponent_needs_hex.go:[[@LINE+1]]:12: 'P' exponent requires hexadecimal mantissa
var y = 0o1P3
