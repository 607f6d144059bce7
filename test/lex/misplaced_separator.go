// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// '_' may only stand between digits (a base prefix counts as a digit).
package main

// CHECK: misplaced_separator.go:[[@LINE+1]]:11: '_' must separate successive digits
var a = 1__0

// CHECK: misplaced_separator.go:[[@LINE+1]]:11: '_' must separate successive digits
var b = 10_

// CHECK: misplaced_separator.go:[[@LINE+1]]:14: '_' must separate successive digits
var c = 0x_1__2

// CHECK: misplaced_separator.go:[[@LINE+1]]:11: '_' must separate successive digits
var d = 1._5

// CHECK: misplaced_separator.go:[[@LINE+1]]:10: '_' must separate successive digits
var e = 1_e5

// Allowed: between digits and after a prefix.
var f = 0x_1_2 + 0_7 + 1_0.2_5e1_0
