// RUN: not %golc build -emit-tokens %s 2>&1 | FileCheck %s
// A numeric escape needs exactly its number of digits of its base.
package main

// CHECK: invalid_escape_char.go:[[@LINE+1]]:12: invalid character 'g' in hexadecimal escape
var a = "\xg0"

// CHECK: invalid_escape_char.go:[[@LINE+1]]:14: invalid character '"' in hexadecimal escape
var b = "\u12"

// CHECK: invalid_escape_char.go:[[@LINE+1]]:12: invalid character '8' in octal escape
var c = '\18'

// CHECK: invalid_escape_char.go:[[@LINE+1]]:12: invalid character '\n' in hexadecimal escape
var d = "\x
