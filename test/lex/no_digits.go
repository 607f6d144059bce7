// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A base prefix must be followed by digits.
package main

// CHECK: no_digits.go:[[@LINE+1]]:11: hexadecimal literal has no digits
var x = 0x

// CHECK: no_digits.go:[[@LINE+1]]:12: binary literal has no digits
var y = 0b_

// CHECK: no_digits.go:[[@LINE+1]]:11: octal literal has no digits
var z = 0o + 1
