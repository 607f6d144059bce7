// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// An 'e' exponent needs a decimal (or legacy octal) mantissa.
package main

// CHECK: exponent_needs_decimal.go:[[@LINE+1]]:12: 'e' exponent requires decimal mantissa
var x = 0b1e3

// CHECK: exponent_needs_decimal.go:[[@LINE+1]]:12: 'E' exponent requires decimal mantissa
var y = 0o7E3
