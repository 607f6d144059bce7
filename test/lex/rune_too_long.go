// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A rune literal holds one character (or one escape); more is reported at
// its start.
package main

// CHECK: rune_too_long.go:[[@LINE+1]]:9: more than one character in rune literal
var x = 'ab'

// CHECK: rune_too_long.go:[[@LINE+1]]:9: more than one character in rune literal
var y = '\n\t'
