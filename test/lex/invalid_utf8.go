// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// Bytes that are not UTF-8 are reported and skipped, in code and in
// comments; overlong forms and encoded surrogates are invalid too.
package main

// CHECK: invalid_utf8.go:[[@LINE+1]]:11: invalid UTF-8 encoding
var x = 1 ÿ

// CHECK: invalid_utf8.go:[[@LINE+1]]:6: invalid UTF-8 encoding
/* a À¯ slash, too long */

// CHECK: invalid_utf8.go:[[@LINE+1]]:10: invalid UTF-8 encoding
var s = "í €"
