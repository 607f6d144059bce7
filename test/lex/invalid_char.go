// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A character that starts no token is reported and skipped.
package main

// CHECK: invalid_char.go:[[@LINE+1]]:11: invalid character U+0040 '@'
var x = 1 @ 2

// CHECK: invalid_char.go:[[@LINE+1]]:9: invalid character U+0023 '#'
var y = #include

// A control character has no printable form.
// CHECK: invalid_char.go:[[@LINE+1]]:9: invalid character U+0007{{$}}
var z = 
