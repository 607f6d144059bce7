// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// Only decimal and hexadecimal numbers may have a fractional part.
package main

// CHECK: invalid_radix_point.go:[[@LINE+1]]:12: invalid radix point in binary literal
var x = 0b1.0

// CHECK: invalid_radix_point.go:[[@LINE+1]]:13: invalid radix point in octal literal
var y = 0o17.5
