// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// Escapes are \a \b \f \n \r \t \v \\, the literal's own quote, and
// numeric ones; anything else is reported at the character after '\'.
package main

// CHECK: unknown_escape.go:[[@LINE+1]]:12: unknown escape
var x = "a\qb"

// CHECK: unknown_escape.go:[[@LINE+1]]:11: unknown escape
var y = "\'"

// CHECK: unknown_escape.go:[[@LINE+1]]:11: unknown escape
var z = '\"'

// CHECK: unknown_escape.go:[[@LINE+1]]:11: unknown escape
var w = "\8"
