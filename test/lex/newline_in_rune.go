// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A rune literal may not span lines.
package main

// CHECK: newline_in_rune.go:[[@LINE+1]]:11: newline in rune literal
var x = 'a
