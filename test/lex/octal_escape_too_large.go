// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// An octal escape is one byte.
package main

// CHECK: octal_escape_too_large.go:[[@LINE+1]]:14: octal escape value 256 > 255
var x = "\400"

// CHECK: octal_escape_too_large.go:[[@LINE+1]]:14: octal escape value 511 > 255
var y = '\777'
