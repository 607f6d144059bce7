// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A rune literal holds exactly one character; '' is reported at its
// closing quote.
package main

// CHECK: empty_rune.go:[[@LINE+1]]:10: empty rune literal or unescaped '
var x = ''
