// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A Unicode digit may continue a name but not begin it.
package main

// CHECK: ident_starts_with_digit.go:[[@LINE+1]]:5: identifier cannot begin with digit U+0663 '٣'
var ٣x = 1
