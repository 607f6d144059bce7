// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// Digits beyond the base of a binary or octal literal; the position is the
// first bad digit's.
package main

// CHECK: invalid_digit.go:[[@LINE+1]]:13: invalid digit '2' in binary literal
var x = 0b102

// CHECK: invalid_digit.go:[[@LINE+1]]:11: invalid digit '8' in octal literal
var y = 0o8

// CHECK: invalid_digit.go:[[@LINE+1]]:10: invalid digit '9' in octal literal
var z = 0912

// A float with a leading 0 is decimal.
var f = 0912.5
