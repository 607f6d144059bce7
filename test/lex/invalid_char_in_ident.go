// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// Any non-ASCII character continues a name, as in gc; one that is neither
// a letter nor a digit is reported (unprintable ones without the glyph).
package main

// CHECK: invalid_char_in_ident.go:[[@LINE+1]]:6: invalid character U+00B7 '·' in identifier
var a·b = 1

// CHECK: invalid_char_in_ident.go:[[@LINE+1]]:6: invalid character U+00A0 in identifier{{$}}
var x  = 1

// CHECK: invalid_char_in_ident.go:[[@LINE+1]]:9: invalid character U+20AC '€' in identifier
var y = € + 1
