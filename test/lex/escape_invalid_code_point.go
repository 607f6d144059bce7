// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// \u and \U escapes must name a code point: not a surrogate half, not
// past U+10FFFF.
package main

// CHECK: escape_invalid_code_point.go:[[@LINE+1]]:16: escape is invalid Unicode code point U+D800
var x = "\uD800"

// CHECK: escape_invalid_code_point.go:[[@LINE+1]]:20: escape is invalid Unicode code point U+110000
var y = '\U00110000'

// CHECK: escape_invalid_code_point.go:[[@LINE+1]]:20: escape is invalid Unicode code point U+FFFFFFFF
var z = "\UFFFFFFFF"
